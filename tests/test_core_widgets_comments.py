"""The native core's comment-stub patterns against their oracle.

`cleaner._core.CommentStubMatcher` must give the verdict ("disclaimer",
"count", "comment_header" or None) of the last Python patterns
(`tests/reference_widgets_comments.py`) for every string: every line of the four
bench renderings and of the gold texts, stripped as the filter sees them and as
they stand, and generated lines made of the patterns' own words, with the
characters where the two engines could part (case folding, the Unicode versions
of `\\d` and `\\w`, `re`'s `\\w` beside `regex`'s, lone surrogates).
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from cleaner import _core, lexicons
from cleaner.filters import comments
from tests import reference_widgets_comments as reference
from tests.test_bench_idempotence import BENCH

MATCHER = _core.CommentStubMatcher()


@cache
def oracle() -> reference.ReferenceCommentStubs:
    return reference.ReferenceCommentStubs(lexicons.merged())


def expected_rule(text: str) -> str | None:
    # The oracle's `pattern_rule_for` reads only `line.stripped`: give it `text` as it is.
    line: Any = SimpleNamespace(stripped=text)
    return oracle().pattern_rule_for(line)


def differences(texts: list[str]) -> list[tuple[str, object, object]]:
    found: list[tuple[str, object, object]] = []
    for text in texts:
        verdict, expected = MATCHER.rule_for(text), expected_rule(text)
        if verdict != expected:
            found.append((text, verdict, expected))
        count, expected_count = MATCHER.is_count(text), bool(reference._COUNT_RE.fullmatch(text))
        if count != expected_count:
            found.append((text, ("is_count", count), expected_count))
        bare, expected_bare = comments.is_bare_count(text), reference.is_bare_count(text)
        if bare != expected_bare:
            found.append((text, ("is_bare_count", bare), expected_bare))
    return found


# --- Every line of the bench ------------------------------------------------------


def bench_lines() -> Iterator[str]:
    for rendering in ("inscriptis", "naive", "lynx", "markdown"):
        path = Path(BENCH) / f"render-{rendering}.jsonl.gz"
        with gzip.open(path, "rt", encoding="utf-8") as records:
            for record in map(json.loads, records):
                yield from record["text"].split("\n")
    with (Path(BENCH) / "ground-truth.jsonl").open(encoding="utf-8") as records:
        for record in map(json.loads, records):
            yield from record["articleBody"].split("\n")


@pytest.mark.skipif(not (BENCH / "ground-truth.jsonl").exists(), reason="benchmark not present")
def test_every_bench_line_gets_the_oracles_verdict() -> None:
    raw = set(bench_lines())
    lines = sorted(raw | {line.strip() for line in raw})
    assert len(lines) > 40_000
    assert differences(lines) == []
    rules = [MATCHER.rule_for(line.strip()) for line in lines]
    assert rules.count("count") > 50  # the bench holds counts and comment headers
    assert "comment_header" in rules


# --- Generated lines ---------------------------------------------------------------

WORDS = st.sampled_from(
    [
        *"view show read see all k no one two three to on the these in by any we".split(),
        *"comment comments replies reply responses response thoughts thought reactions".split(),
        *"reaction views opinions expressed commenters readers are will be may moderated".split(),
        *"reviewed checked editors reserve right remove delete edit says said wrote".split(),
        *"writes replied told according am pm at".split(),
        *"kommentar kommentare commentaire commentaires comentario comentarios".split(),
        *"comentário comentários commenti reacties komentarz komentarze komentarzy".split(),
        *"комментарий комментария комментариев комментарии комментари yorum yorumlar".split(),
        *"komentar 评论 評論 留言 跟帖 コメント 댓글 تعليق تعليقات".split(),
        *"条 條 则 則 件の 개의 개".split(),
        *"已有 共有 共 人 参与 參與 网友 網友 用户 用戶 读者 讀者 仅供 僅供 仅代表 只代表".split(),
        *"文明上网 理性发言 Title".split(),
        *"REPLİES replıes saıd SAİD ſays commentſ Komentarz KOMMENTARE СОММЕНТ".split(),
        *"\u1c80 \u1c82 \u1c84 \u1c85".split(),  # old Cyrillic forms that fold to в, о, т
    ]
)
NUMBERS = st.sampled_from(
    [
        *["12", "1.2", "1,234", "0", "2018", "1999", "10:58", "4", "12.", "١٢", "߀", "𝟎", "²"],
        *["\U00011de0\U00011de1", "\U00011de0"],  # digits of Unicode 17, which `regex` knows
    ]
) | st.integers(0, 99999).map(str)
SEPARATORS = st.sampled_from(
    [
        *[
            " ",
            "",
            "  ",
            ", ",
            ",",
            ".",
            ": ",
            ":",
            "：",
            "|",
            " | ",
            "(",
            ")",
            "（",
            "）",
            "[",
            "]",
        ],
        *['"', "“", "'", "‘", "«", "„", "!", "?", "\t", "\xa0", "\u3000", "\n", "_", "-", "'s"],
        *["\u0301", "\u088f", "\u1acf", "\ud800", "\u200d", "\ufe0f", "x", "é", "٫", "\x1c"],
    ]
)


def _case(word: str, how: int) -> str:
    return [word, word.lower(), word.upper(), word.title(), word.swapcase()][how]


TOKENS = st.one_of(
    WORDS.flatmap(lambda w: st.integers(0, 4).map(lambda i: _case(w, i))), NUMBERS, SEPARATORS
)
LINES = st.lists(TOKENS, max_size=14).map("".join) | st.lists(TOKENS, max_size=10).map(" ".join)

# Whole lines of every rule, to be cased and cut and spliced with the tokens above.
SEEDS = st.sampled_from(
    [
        "12 comments",
        "View all 1.2k comments",
        "[ 167 comments ]",
        "Comments (12)",
        "(12) Comments",
        "Comments: 12",
        '34 responses to "Title"',
        "评论(12)",
        "评论：12",
        "12条评论",
        "3件のコメント",
        "已有12人参与",
        "网友评论仅供其表达个人看法",
        "文明上网，理性发言",
        "The views expressed in the comments are their own",
        "Opinions expressed by commenters are theirs",
        "Comments are moderated.",
        "Comments will be reviewed before they appear",
        "We reserve the right to delete comments",
        "The editors reserve the right to edit any comments.",
        "12. thelastchargersfan says:",
        "Olivia on October 4, 2018 at 10:58 am said:",
        "Ann, 2019-01-02 10:30 wrote :",
        "Posted in Open thread | Permalink | 10 Comments",
        "Comments are moderated, Ann said",
    ]
)


def _splice(seed: str, how: int, at: int, token: str, replace: bool) -> str:
    line = _case(seed, how)
    return line[:at] + token + line[at + (1 if replace else 0) :]


SPLICED = st.builds(_splice, SEEDS, st.integers(0, 4), st.integers(0, 60), TOKENS, st.booleans())


@given(LINES | SPLICED | SEEDS.map(lambda seed: seed.upper()))
@example("12 comments")
@example("View all 1.2k comments!!")
@example("[ 167 comments ]")
@example('34 responses to "Title"')
@example("Three thoughts on «Title»")
@example("已有12人参与")
@example("Comments are moderated, the minister said.")
@example("Comments are moderated, they saıd")
@example("The views expressed by readers")
@example("The views expressed in the comments_ are")
@example("Olivia on October 4, 2018 at 10:58 am said:")
@example("12. thelastchargersfan says:")
@example("Posted in Open thread | Permalink | 10 Comments")
@example("12 REPLİES")
@example("\u00a012 comments\u3000")
@example("12 comments\ud800")
@example("1" * 300)
def test_generated_lines_get_the_oracles_verdict(text: str) -> None:
    assert differences([text, text.strip()]) == []


@given(st.text(alphabet=st.sampled_from("0123456789١٢٣߀𝟎²a \U00011de0\ud800"), max_size=8))
@example("1234567")
@example("")
def test_is_bare_count_agrees_with_the_pattern(text: str) -> None:
    assert comments.is_bare_count(text) == bool(reference._BARE_COUNT_RE.fullmatch(text))

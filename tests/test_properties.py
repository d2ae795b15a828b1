"""Properties of `clean` over generated text (STYLE.md 4.8, hypothesis properties).

Counterexamples that hypothesis found are pinned with `@example`; where they
show a bug, the property is a strict xfail naming it, and a narrower property
that holds today keeps guarding the rest.
"""

from __future__ import annotations

import pytest
import regex
from hypothesis import example, given
from hypothesis import strategies as st

import cleaner
from cleaner import DEFAULT_ORDER, CleanerConfig, apply_removals
from tests.strategies import articles, boilerplate_lines, rejoin_text

NO_REJOIN = CleanerConfig(rejoin={"enabled": False})

_WORD_RE = regex.compile(r"\w+")
_CJK_RE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")

texts = st.one_of(
    st.text(),
    rejoin_text,
    st.lists(st.one_of(boilerplate_lines, rejoin_text, st.text(max_size=20)), max_size=8).map(
        "\n".join
    ),
)


# --- never raises -----------------------------------------------------------------


@given(st.text())
@example("")
@example("\r\n\r\n")
@example("\x00\x1f\u2028\u0085")
def test_clean_never_raises(text: str) -> None:
    assert isinstance(cleaner.clean(text), str)


@pytest.mark.parametrize("text", ["", " ", "\n", "\n\n\n", " \t \r\n \u00a0\u3000\n"])
def test_empty_and_whitespace_only_give_nothing(text: str) -> None:
    assert cleaner.clean(text) == ""
    assert cleaner.clean_and_explain(text).removals == ()


# --- idempotence ------------------------------------------------------------------


@given(texts)
@example("0")
@example("The council met.\n\nFacebook")
@example("u\x0cs\nVideo\nC")  # a menu entry once rejoin wrote its form feed as a space (atheris)
def test_idempotent(text: str) -> None:
    once = cleaner.clean(text)
    assert cleaner.clean(once) == once


@pytest.mark.parametrize(
    "text",
    [
        "4 minutes ago\nWEATHER\nThe council met on Monday to discuss the budget.\n",
        "The mill opened in spring.\n12\n4 minutes ago\n12\nThe end came quickly.\n",
        "The guide ends here.\nPrevious\n© 2026 Example Media Ltd. All rights reserved.\n"
        "Installing Ferrule\nThe end came quickly.\n",
    ],
    ids=["section-label-after-date", "counts-around-date", "pager-around-footer"],
)
def test_idempotent_when_later_filters_remove_neighbours(text: str) -> None:
    once = cleaner.clean(text)
    assert cleaner.clean(once) == once


# Found by fuzz/clean_atheris.py. main_content finds no clear article while the line that
# captions removed ("Photo:D") counts against a region reaching across it, and finds one in
# the output, where that line is gone (and the page is shorter): the second pass then drops
# the ten one-letter lines above it as outside the article.
SECOND_LOOK_FINDS_A_REGION = (
    "e\nP\nP\nP\nS\nG\nF\nR\nS\nS\n#\n"
    "Aeles TuAutomotive Andreas Thurner, Vice President for Global Design and Architecture, "
    "left, and Todd George, VP of Platform Engineering at Karma Automotive, unveil Karman "
    "Vision SC2 concept vehicle at... more\nPhoto:D\n"
    "New SUVectric vehicles highlight L.A. Auto Show\n1\n/\n3\nBest car, a plug-inow.\n"
    "ing a rechargeable hybrid version of the RAV4 — the top-selling vehicle in the U.S. "
    "that’s not a pickup truck — while Ford is rolling out an all-new electric SUV that "
    "carries the Mustang performance car brand name. There also is aic on Friday. Here are "
    "some of the hiNiss"
)


@pytest.mark.xfail(
    strict=True,
    reason="main_content: a removed line counts against the region in the first pass only, "
    "so the output can hold a clear article that the input did not",
)
def test_idempotent_when_main_content_looks_again() -> None:
    once = cleaner.clean(SECOND_LOOK_FINDS_A_REGION)
    assert cleaner.clean(once) == once


@pytest.mark.xfail(
    strict=True,
    reason="format sniffing: a linked image broken over two lines reads as text, rejoin "
    "mends it into one line, and the output reads as Markdown, whose image line goes",
)
def test_idempotent_when_rejoin_mends_markdown() -> None:
    """Found by fuzz/clean_atheris.py."""
    once = cleaner.clean("[![](g)](z\n)")
    assert cleaner.clean(once) == once


@pytest.mark.xfail(
    strict=True,
    reason="widgets: the prompt patterns' bounded gaps count the spaces of a run that "
    "rejoin writes as one space, so the output's line can be a newsletter prompt",
)
def test_idempotent_when_rejoin_collapses_spaces() -> None:
    """Found by fuzz/clean_atheris.py."""
    once = cleaner.clean(
        "Sign up newsletter r exclusive updates and enhanced conte   I understand that I  "
        "updates and enhanced conte   I understand that I cany time"
    )
    assert cleaner.clean(once) == once


# --- never invents a word ----------------------------------------------------------


def _may_merge(text: str, left: regex.Match[str], right: regex.Match[str]) -> bool:
    """Whether rejoin may glue the words `left` and `right` of `text` into one.

    Two cases, both across a line break (lines removed in between are fine):
    a hyphenated word mended ("recruit-" / "ment"), and a line break beside
    Chinese or Japanese text, where lines join without a space ("使用" / "Python").
    """
    gap = text[left.end() : right.start()]
    if "\n" not in gap and "\r" not in gap:
        return False
    if gap.startswith("-"):
        return True
    return bool(_CJK_RE.match(left.group()[-1]) or _CJK_RE.match(right.group()[0]))


def invented_words(source: str, output: str) -> list[str]:
    """Output words that are not input words in order (allowing the merges above).

    Each output word must be an input word, or input words glued as `_may_merge`
    allows, taken left to right from the input without reuse. Returns the output
    words from the first one that cannot be matched ([] when all can).
    """
    words_in = list(_WORD_RE.finditer(source))
    words_out = _WORD_RE.findall(output)
    # reachable: the indices j such that the output words so far used input words before j.
    reachable = {0}
    for index, word in enumerate(words_out):
        ends: set[int] = set()
        for start in range(min(reachable), len(words_in)):  # words before start are dropped
            # glue words_in[start], then further words that may merge, while a prefix
            stack = [(start, len(words_in[start].group()))]
            if not word.startswith(words_in[start].group()):
                continue
            while stack:
                last, used = stack.pop()
                if used == len(word):
                    ends.add(last + 1)
                    continue
                for following in range(last + 1, len(words_in)):
                    piece = words_in[following].group()
                    if word.startswith(piece, used) and _may_merge(
                        source, words_in[last], words_in[following]
                    ):
                        stack.append((following, used + len(piece)))
        if not ends:
            return words_out[index:]
        reachable = ends
    return []


@pytest.mark.parametrize(
    ("source", "output", "invented"),
    [
        ("The council met.", "The council met.\n", []),
        ("Advertisement\nThe council met.", "The council met.\n", []),
        ("the recruit-\nment drive", "the recruitment drive\n", []),
        ("the recruit-\nAdvertisement\nment drive", "the recruitment drive\n", []),
        ("阿里巴巴的\n招聘", "阿里巴巴的招聘\n", []),
        ("The council met.", "The council met again.\n", ["again"]),
        ("met council", "council met\n", ["met"]),
        ("the recruit ment drive", "the recruitment drive\n", ["recruitment", "drive"]),
        ("the council", "the the council\n", ["the", "council"]),
    ],
    ids=[
        "same",
        "removed-line",
        "mended",
        "mended-across-removed-line",
        "cjk",
        "new-word",
        "reordered",
        "merge-without-line-break",
        "reused",
    ],
)
def test_invented_words_oracle(source: str, output: str, invented: list[str]) -> None:
    """The oracle itself: accepts what rejoin may do, and catches what it may not."""
    assert invented_words(source, output) == invented


@given(texts)
@example("the recruit-\nment drive")
@example("a-\nb-\nc")
@example("(BUTTON)________0)r e t a s m t")  # a text field cut out of "________0" (atheris)
def test_never_invents_a_word(text: str) -> None:
    assert invented_words(text, cleaner.clean(text)) == []


# --- removal only, with rejoin off ---------------------------------------------------


@given(st.one_of(texts, articles().map(lambda article: article[0])))
@example("A trend. Advertisement The plan.\nAdvertisement")
def test_removals_are_sorted_disjoint_in_bounds_and_exact(text: str) -> None:
    result = cleaner.clean_and_explain(text, NO_REJOIN)
    assert result.text == apply_removals(text, result.removals)
    previous_end = 0
    for removal in result.removals:
        assert previous_end <= removal.start < removal.end <= len(text)
        assert removal.evidence == text[removal.start : removal.end]
        assert removal.filter in DEFAULT_ORDER
        previous_end = removal.end
    assert sum(result.stats.counts.values()) == len(result.removals)


# --- metamorphic: boilerplate injected into an article ----------------------------------


@pytest.mark.parametrize(
    "text",
    ["Advertisement\rThe council met on Monday.", "The council met.\rComments\r"],
    ids=["label-first", "stub-last"],
)
def test_carriage_returns_are_line_breaks(text: str) -> None:
    once = cleaner.clean(text)
    assert once == cleaner.clean(text.replace("\r", "\n"))
    assert cleaner.clean(once) == once


def test_repeated_paragraph_is_kept() -> None:
    first = "By the time the ferry docked, the storm had passed."
    repeated = "The council met on Monday to discuss the new budget for the harbour."
    last = "By 1950 the village had lost half of its population to the cities."
    cleaned = cleaner.clean(f"{first}\n{repeated}\n{repeated}\n{last}")
    assert [s for s in (first, repeated, last) if s not in cleaned] == []


@given(articles())
def test_injected_boilerplate_goes_and_article_stays(
    article: tuple[str, list[str], list[str]],
) -> None:
    """Also checks, on the same articles, idempotence and that no word is invented."""
    text, sentences, injected = article
    result = cleaner.clean_and_explain(text)
    removed = [r.evidence.strip() for r in result.removals]
    assert [line for line in injected if line not in removed] == []
    assert [s for s in sentences if s not in result.text] == []
    assert len(result.removals) == len(injected)
    assert cleaner.clean(result.text) == result.text
    assert invented_words(text, result.text) == []

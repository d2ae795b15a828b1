"""The native core's comment-stub and widget patterns against their oracle.

`cleaner._core.CommentStubMatcher` must give the verdict ("disclaimer",
"count", "comment_header" or None), and `cleaner._core.WidgetMatcher` the verdict
("share_bar", "reaction_bar", "prompt", "newsletter", "app_prompt" or None) of
the last Python patterns
(`tests/reference_widgets_comments.py`) for every string: every line of the four
bench renderings and of the gold texts, stripped as the filter sees them and as
they stand, and generated lines made of the patterns' own words, with the
characters where the two engines could part (case folding, the Unicode versions
of `\\d` and `\\w`, `re`'s `\\w` beside `regex`'s, lone surrogates).
"""

from __future__ import annotations

import pickle
from functools import cache
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from cleaner import _core, lexicons
from cleaner.filters import comments, widgets
from tests import reference_widgets_comments as reference
from tests.bench_texts import HAVE_BENCH, raw_bench_lines

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


@pytest.mark.skipif(not HAVE_BENCH, reason="benchmark not present")
def test_every_bench_line_gets_the_oracles_verdict() -> None:
    raw = set(raw_bench_lines())
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


# --- widgets --------------------------------------------------------------------------

WIDGETS = widgets.Widgets(lexicons.merged())


@cache
def widgets_oracle() -> reference.ReferenceWidgets:
    return reference.ReferenceWidgets(lexicons.merged())


def widget_differences(lines: list[tuple[str, str]]) -> list[tuple[str, str, object, object]]:
    """Each (stripped text, key) where the filter's core verdict is not the oracle's."""
    found: list[tuple[str, str, object, object]] = []
    for text, key in lines:
        # Both read only `line.stripped` and `line.key`.
        line: Any = SimpleNamespace(stripped=text, key=key)
        verdict, expected = WIDGETS.pattern_rule_for(line), widgets_oracle().pattern_rule_for(line)
        if verdict != expected:
            found.append((text, key, verdict, expected))
    return found


def _key(text: str) -> str:
    """The phrase key; a lone surrogate (which `Pipeline.run` refuses) read as U+FFFD."""
    return lexicons.phrase_key("".join("\ufffd" if "\ud800" <= c <= "\udfff" else c for c in text))


def widget_cases(text: str) -> list[tuple[str, str]]:
    """A line as the filter sees it (stripped, with the key of the line) and as it stands."""
    key = _key(text)
    return [(text.strip(), key), (text, key), (text.strip(), _key(text.strip()))]


@pytest.mark.skipif(not HAVE_BENCH, reason="benchmark not present")
def test_every_bench_line_gets_the_widget_oracles_verdict() -> None:
    lines = sorted(set(raw_bench_lines()))
    assert len(lines) > 40_000
    cases = sorted({case for line in lines for case in widget_cases(line)})
    assert widget_differences(cases) == []
    lines_of: list[Any] = [SimpleNamespace(stripped=t, key=k) for t, k in cases]
    rules = [WIDGETS.pattern_rule_for(line) for line in lines_of]
    for rule in ("share_bar", "prompt", "newsletter", "app_prompt"):
        assert rule in rules, rule  # the bench holds every kind but reaction bars


def _networks() -> list[str]:
    return sorted(lexicons.merged().phrases("widgets_context"))


WIDGET_WORDS = st.sampled_from(
    [
        *"explore what can do for you ai article generated summary listen to this".split(),
        *"story min".split(),
        *"minutes mins click share email print tweet pin please enable turn on javascript".split(),
        *"need is disabled required ask our the assistant chatbot copilot about page topic".split(),
        *"anything answers response responses summaries content results features may might".split(),
        *"could will sometimes contain include make have be was has been created produced".split(),
        *"written summarised summarized by with using an artificial".split(),
        *"intelligence like liked".split(),
        *"enjoy enjoyed post send it a friend friends follow us twitter facebook instagram".split(),
        *"linkedin tiktok youtube all more of latest coverage here at read see find get".split(),
        *"here sign up subscribe register opt in newsletter newsletters daily morning".split(),
        *"evening weekly free briefing briefings mailing list alerts want deals join".split(),
        *"fill out form subscription delivered door home letterbox mailbox through weekday".split(),
        *"mornings every day week month breaking news forums forum community no spam".split(),
        *"unsubscribe straight right directly into inbox signing subscribing clicking".split(),
        *"registering privacy terms thanks thank already subscriber account log enter".split(),
        *"address receiving received message because change how receive these emails".split(),
        *"update preferences mailing forwarded got from download install open try app".split(),
        *"tap mobile new official now today available store google play SCMP NYT App".split(),
        *"copy forward via or someone link likes love comments comment reply replies".split(),
        *"save saved bookmark views view reactions react clap repost retweet upvote".split(),
        *"vote gift respond said says told according k K m M opens window tab".split(),
        *"分享 转发 轉發 シェア 到 至 する ： : 微信 朋友圈 微博 QQ空间 、 ，".split(),
        *"İnstall ınstall ſign KLICK clıck İ ı ſ \u212a É é Ä ß ẞ ﬁ".split(),
    ]
) | st.sampled_from(_networks())
WIDGET_MARKS = st.sampled_from(
    [
        *"❤️ ❤ 💬 🔗 👍 👍🏽 🎄 ★ ☆ ♥ ♡ ✓ ✔ © ® ™ ‼ \ufe0f \u200d 🏽 ⭐".split(),
        *["12", "1.2k", "3K", "1,234", "0", "5", "١٢", "²", "12.5M", "1.2 k", "100"],
        *[" ", "  ", "|", " | ", "·", " · ", "•", "/", ",", ".", ":", "?", "!", "(", ")", "-", "’"],
        *["'s", "’s", "@", "www.", "https://", "(Opens in new window)", "\xa0", "\u3000", "\t"],
        *["\u0301", "\u0903", "_", "\ud800", "\n", "\x1c", "\u2028", "\u0660"],
    ]
)
WIDGET_TOKENS = st.one_of(
    WIDGET_WORDS.flatmap(lambda w: st.integers(0, 4).map(lambda i: _case(w, i))),
    WIDGET_MARKS,
    st.characters(exclude_categories=("Cs", "Cn")),
)
WIDGET_LINES = st.lists(WIDGET_TOKENS, max_size=16).map("".join) | st.lists(
    WIDGET_TOKENS, max_size=12
).map(" ".join)
WIDGET_SEEDS = st.sampled_from(
    [
        "Explore what Daily8 AI can do for you:",
        "AI-generated summary",
        "Listen to this article · 5 min",
        "Click to share on Facebook (Opens in new window)",
        "Please enable JavaScript to use this feature.",
        "JavaScript is disabled in your browser",
        "Ask AI about this article",
        "Ask our Example.com assistant anything",
        "AI answers may contain mistakes. Check important info.",
        "This summary was generated by AI from the article",
        "This article was partly written with the help of an AI tool",
        "Like this story? Share it with a friend!",
        "Follow us on Twitter @Example and on Facebook.",
        "Follow our coverage of the election at https://example.com/live",
        "Read all of Reuters’s live coverage on the war here: www.example.com",
        "Sign up for our daily newsletter",
        "Click here to subscribe to our morning briefing",
        "Please, fill the form to subscribe to the mailing list",
        "Want more deals? Join the newsletter",
        "Get our free daily newsletter",
        "Need more space? Subscribe to our sister title",
        "Get Example Monthly delivered to your door",
        "Get breaking news alerts and special reports.",
        "Join our Space Forums to keep talking space",
        "No spam, we promise. You can unsubscribe at any time.",
        "Get the latest news delivered to your inbox. Sign up",
        "By signing up, you agree to our Privacy Policy and Terms",
        "Thanks for signing up!",
        "Already a subscriber? Sign in",
        "Enter your email address",
        "You are receiving this email because you opted in",
        "Want to change how you receive these emails?",
        "Update your preferences or unsubscribe",
        "Our mailing address is:",
        "Was this forwarded to you? Sign up here",
        "CLICK HERE TO GET THE FOX NEWS APP",
        "Download the free Example app for the latest news",
        "Get the SCMP app",
        "Open in app",
        "Download on the App Store",
        "Get it on Google Play",
        "Share on Facebook",
        "0 Share on Facebook",
        "Facebook Twitter Email",
        "Share | Facebook | X",
        "Share this article on WhatsApp",
        "Copy the link",
        "Send this by email",
        "❤️ 12 💬 4 comments",
        "👍 1.2K Likes",
        "🔗 Copy link",
        "★★★★ 4",
        "分享到微信朋友圈",
        "シェアする LINE",
        "转发：微博、微信",
    ]
)
WIDGET_SPLICED = st.builds(
    _splice, WIDGET_SEEDS, st.integers(0, 4), st.integers(0, 70), WIDGET_TOKENS, st.booleans()
)


@given(WIDGET_LINES | WIDGET_SPLICED | WIDGET_SEEDS | WIDGET_SEEDS.map(str.upper))
@example("Get the SCMP app for the latest news, the minister said")
@example("Get the Ｆoo app")
@example("Get the Éé app now!")
@example("İnstall the app")
@example("Clıck to share")
@example("12,5abc 3k")
@example("❤️ 12,5likes")
@example("Share on WhatsApp (Opens in new window) (Opens in new window)")
@example("Listen to this article ١٢ min")
@example("分享到微信朋友圈\ud800")
@example("follow us on twitter_")
def test_generated_lines_get_the_widget_oracles_verdict(text: str) -> None:
    assert widget_differences(widget_cases(text)) == []


def test_widget_matcher_pickles() -> None:
    line: Any = SimpleNamespace(stripped="Share on Facebook", key="share on facebook")
    assert pickle.loads(pickle.dumps(WIDGETS)).pattern_rule_for(line) == "share_bar"

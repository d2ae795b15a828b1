"""comment_stubs: comment headings, prompts and counts left by script-loaded comments."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import cleaner
from cleaner import CleanerConfig, Doc, Pipeline
from cleaner.config import validate_config
from cleaner.filters import comments as comments_module
from tests.filters import assert_verdict


def keys(text: str, config: CleanerConfig | None = None) -> list[str]:
    return [r.key for r in cleaner.clean_and_explain(text, config).removals]


def comment_stubs() -> cleaner.Filter:
    return next(f for f in Pipeline.from_config().filters if f.name == "comment_stubs")


ROWS = [
    ("Comments", "comment_stubs.stub"),
    ("Comment", "comment_stubs.stub"),
    ("No comments yet...", "comment_stubs.stub"),
    ("Be the first to comment", "comment_stubs.stub"),
    ("Leave a Reply", "comment_stubs.stub"),
    ("Comments are closed.", "comment_stubs.stub"),
    ("Join the conversation", "comment_stubs.stub"),
    ("You must be logged in to post a comment.", "comment_stubs.stub"),
    ("12 comments", "comment_stubs.count"),
    ("1 Comment", "comment_stubs.count"),
    ("Comments (12)", "comment_stubs.count"),
    ("(12) Comments", "comment_stubs.count"),
    ("Comments: 12", "comment_stubs.count"),
    ("View all 1.2k comments", "comment_stubs.count"),
    ("348 replies", "comment_stubs.count"),
    ("[ 167 comments ]", "comment_stubs.count"),
    ("(3 replies)", "comment_stubs.count"),
    ("Top Rated Comments", "comment_stubs.stub"),
    ("Recent Comments", "comment_stubs.stub"),
    ("[ 167 comments were read out at the hearing ]", None),
    ("12. thelastchargersfan says:", "comment_stubs.comment_header"),
    ("Olivia (GiveWell) on October 4, 2018 at 10:58 am said:", "comment_stubs.comment_header"),
    ("Posted in Open thread | Permalink | 10 Comments", "comment_stubs.count"),
    ("The minister said:", None),
    ("In 2019 the minister said:", None),
    ("At 10:30 the minister said:", None),
    ("Posted in Open thread | Permalink", None),
    ("Comments from the minister came late on Friday.", None),
    ("Comments made at the hearing were later withdrawn.", None),
    ("12 comments were received by the council before the deadline.", None),
    ("Leave the tubers in the ground until the first frost.", None),
    ("No comment, the spokesman said when asked about the deal.", None),
    ("Two comments on the budget came from the mayor.", None),
    ("34 responses to “We needed to win this game”", "comment_stubs.count"),
]


@pytest.mark.parametrize(("line", "rule"), ROWS, ids=[row[0] for row in ROWS])
def test_line(line: str, rule: str | None) -> None:
    assert_verdict(line, rule)


@pytest.mark.parametrize(("line", "rule"), ROWS, ids=[row[0] for row in ROWS])
def test_find_directly(line: str, rule: str | None) -> None:
    found = [r.key for r in comment_stubs().find(Doc.from_text(f"Prose.\n{line}\nMore prose."))]
    assert found == ([rule] if rule else [])


# A bare number is a comment count only beside other stubs.
@pytest.mark.parametrize(
    ("text", "rules", "cleaned"),
    [
        (
            "The council met.\nComments\n12\nIt voted.",
            ["comment_stubs.stub", "comment_stubs.stub"],
            "The council met.\n\nIt voted.\n",
        ),
        (
            "The score after the first half was\n12\nto the visitors.",
            [],
            "The score after the first half was 12 to the visitors.\n",
        ),
    ],
    ids=["count-beside-stub", "number-alone"],
)
def test_bare_count(text: str, rules: list[str], cleaned: str) -> None:
    result = cleaner.clean_and_explain(text)
    assert [r.key for r in result.removals] == rules
    assert result.text == cleaned


def test_custom_phrase() -> None:
    config = validate_config({"custom": {"comment_stubs": {"phrases": ["Kommentare"]}}})
    assert keys("The council met.\nKommentare\nIt voted.", config) == [
        "comment_stubs.custom_phrase"
    ]


def test_a_column_of_figures_is_a_table_not_comment_counts() -> None:
    table = "Standings after 36 races:\n1\nKyle Busch\n5040\n5\n2\nMartin Truex Jr.\n5035\n7\n"
    assert not [key for key in keys(table) if key.startswith("comment_stubs")]


def test_a_count_beside_its_heading_is_still_a_stub() -> None:
    assert keys("The council met on Monday.\nComments\n12\nIt voted on Tuesday.") == [
        "comment_stubs.stub",
        "comment_stubs.stub",
    ]


COUNT_WORDS = st.sampled_from(
    [
        "12",
        "١٢",
        "no",
        "one",
        "Three",
        "comments",
        "Replies",
        "responses",
        "thoughts",
        "to",
        "on",
        "view all",
        "k",
        "(",
        ")",
        "[",
        "]",
        ":",
        "|",
        '"',
        "“",
        "«",
        "'",
        "Title",
        " ",
    ]
)


@given(st.lists(COUNT_WORDS, max_size=8).map(" ".join))
@example('No responses to "Title"')
@example("Three thoughts on «Title»")
def test_every_count_holds_a_hint(text: str) -> None:
    # The core skips the patterns on a line without a digit or an opening quote:
    # no whole-line count is lost to that.
    if comments_module._MATCHER.is_count(text):
        assert comments_module._MATCHER.rule_for(text) == "count"


# Comment counters in other languages and comment disclaimers: (line, rule or None).
COUNTERS_AND_DISCLAIMERS = [
    ("评论(12)", "comment_stubs.count"),
    ("评论（12）", "comment_stubs.count"),
    ("12条评论", "comment_stubs.count"),
    ("已有12人参与", "comment_stubs.count"),
    ("コメント(3)", "comment_stubs.count"),
    ("3件のコメント", "comment_stubs.count"),
    ("Kommentare (12)", "comment_stubs.count"),
    ("12 Kommentare", "comment_stubs.count"),
    ("5개의 댓글", "comment_stubs.count"),
    ("Комментарии (7)", "comment_stubs.count"),
    ("网友评论仅供其表达个人看法，并不表明本网同意其观点或证实其描述", "comment_stubs.disclaimer"),
    ("文明上网，理性发言", "comment_stubs.disclaimer"),
    ("Comments are moderated and will appear after approval.", "comment_stubs.disclaimer"),
    (
        "The views expressed in the comments do not reflect those of the newspaper.",
        "comment_stubs.disclaimer",
    ),
    # Sentences that look like them.
    ("Comments from the minister came late on Monday.", None),
    ("The council received 12 comments from residents before the vote.", None),
    ("评论家认为这部电影很好。", None),
    ("The views expressed by the minister surprised the council on Monday.", None),
    ("12 Kommentare gingen bis Montag beim Rat ein, sagte die Sprecherin.", None),
    ("Comments are reviewed by a team of 40 moderators, the company said.", None),
]


@pytest.mark.parametrize(
    ("line", "rule"), COUNTERS_AND_DISCLAIMERS, ids=[row[0] for row in COUNTERS_AND_DISCLAIMERS]
)
def test_counters_and_disclaimers(line: str, rule: str | None) -> None:
    assert_verdict(line, rule)

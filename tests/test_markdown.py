"""Markdown input: the plain view the filters judge, the way back, and Markdown out."""

from __future__ import annotations

import gzip
import json
import os
import re
from collections.abc import Iterable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import cleaner
from cleaner import markdown as markdown_module
from cleaner import markdown_syntax
from cleaner.document import Line
from cleaner.markdown import MarkdownView, block_links, looks_like_markdown, resolve_format
from cleaner.models import Removal
from cleaner.pipeline import Pipeline
from cleaner.rejoin import rejoin

BENCH = Path(os.environ.get("CLEANER_BENCH", Path(__file__).resolve().parents[2] / "shared/bench"))

# --- the view --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "view", "kind", "link_chars"),
    [
        ("* [Home](/)", "* Home", "text", 4),
        ("  * [News](/news 'All news')", "  * News", "text", 4),
        ("#### [Storm closes ferries](/news/storm)", "Storm closes ferries", "heading", 20),
        ("## Storm closes ferries ##", "Storm closes ferries", "heading", 0),
        ("[Subscribe](/s)[Sign In](/l)", "Subscribe Sign In", "text", 16),
        ("See [the report](https://x.org/a_(b)) now.", "See the report now.", "text", 10),
        ("It is **very** _cold_ and ~~warm~~.", "It is very cold and warm.", "text", 0),
        ("snake_case and 2 * 3 stay", "snake_case and 2 * 3 stay", "text", 0),
        ("> A quoted *line*", "A quoted line", "text", 0),
        ("\\* not a list item, \\[not a link\\]", "* not a list item, [not a link]", "text", 0),
        (
            "Mail <news@example.org> or <https://x.org>",
            "Mail news@example.org or https://x.org",
            "text",
            29,
        ),
        ("Use `pip install` here", "Use pip install here", "text", 0),
        ("[See the index][1]", "See the index", "text", 13),
        ("![A ferry](ferry.jpg)", "", "syntax", 0),
        ("[![logo](logo.png)](/)", "", "syntax", 0),
        ("[1]: https://example.org/a", "", "syntax", 0),
        ("* * *", "", "syntax", 0),
        ("[](/empty)", "", "syntax", 0),
        ("  * ## [Storm closes ferries](/s)", "  * Storm closes ferries", "heading", 20),
        ("![\\[https://x.org/a.jpg\\]](https://x.org/a.jpg)", "", "syntax", 0),
        ("  * __", "  * ", "text", 0),
        ("2 ** 3 and 2 * 3", "2 ** 3 and 2 * 3", "text", 0),
    ],
    ids=lambda value: str(value)[:24],
)
def test_view_of_a_line(line: str, view: str, kind: str, link_chars: int) -> None:
    read = MarkdownView.of(line).lines[0]
    assert (read.text, read.kind, read.link_chars) == (view, kind, link_chars)


def test_view_keeps_one_line_per_source_line_and_code_verbatim() -> None:
    source = "# Title\n\n```python\nx = [a](b)\n\n```\nText\n---\n| a | b |\n|---|---|\n"
    view = MarkdownView.of(source)
    assert view.text.split("\n") == [
        "Title",
        "",
        "```python",
        "x = [a](b)",
        "",
        "```",
        "Text",
        "",
        "| a | b |",
        "|---|---|",
    ]
    kinds = [line.kind for line in view.lines]
    assert kinds == [
        "heading",
        "blank",
        "fence",
        "code",
        "code",
        "fence",
        "text",
        "setext",
        "text",
        "table_delimiter",
    ]


def _removal(start: int, end: int, view: MarkdownView) -> Removal:
    return Removal(filter="f", rule="r", start=start, end=end, evidence=view.text[start:end])


def test_a_whole_view_line_maps_to_the_whole_source_line() -> None:
    source = "Intro.\n  * [Home](/)\nEnd."
    view = MarkdownView.of(source)
    start = view.text.index("  * Home")
    mapped = view.to_source(_removal(start, start + len("  * Home"), view))
    assert mapped.evidence == "  * [Home](/)"
    assert source[mapped.start : mapped.end] == "  * [Home](/)"


def test_a_removal_inside_a_line_takes_the_syntax_of_the_links_it_covers() -> None:
    source = "The council met. [Advertisement](/ads) It voted."
    view = MarkdownView.of(source)
    start = view.text.index("Advertisement")
    mapped = view.to_source(_removal(start, start + len("Advertisement"), view))
    assert mapped.evidence == "[Advertisement](/ads)"


def test_a_removal_of_part_of_a_link_text_leaves_its_syntax() -> None:
    source = "Read [the long report](/r) today."
    view = MarkdownView.of(source)
    start = view.text.index("long")
    mapped = view.to_source(_removal(start, start + len("long"), view))
    assert mapped.evidence == "long"


# --- sniffing ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "markdown"),
    [
        ("* [Home](/)\n* [News](/news)", True),
        ("# Title\n\nSee [the report](https://example.org).", True),
        ("## One\n\n## Two", True),
        ("```\ncode\n```", True),
        ("| | ![](a.png)|\n---|---|---", True),
        ("* Home\n* News\nThe council met (on Monday).", False),
        ("Only one [link](https://example.org) here.", False),
        ("#hashtag and a # sign", False),
        ("", False),
    ],
    ids=[
        "menu",
        "heading-link",
        "headings",
        "fence",
        "table",
        "bullets",
        "one-link",
        "hashtags",
        "empty",
    ],
)
def test_looks_like_markdown(text: str, markdown: bool) -> None:
    assert looks_like_markdown(text) is markdown


def test_a_requested_format_overrides_the_sniff() -> None:
    assert resolve_format("* [Home](/)\n* [News](/n)", "text") == "text"
    assert resolve_format("plain words", "markdown") == "markdown"


# --- rejoin of Markdown --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("## The ferry\nruns at noon", "## The ferry\n\nruns at noon\n"),
        ("Title\n=====\nText", "Title\n=====\n\nText\n"),
        ("| a | b |\n|---|---|\n| 1 | 2 |", "| a | b |\n|---|---|\n| 1 | 2 |\n"),
        ("> one\n> two", "> one\n> two\n"),
        ("```\nx = 1\n\n\ny = 2\n```", "```\nx = 1\n\n\ny = 2\n```\n"),
        ("It runs at\n[noon](/n) daily.", "It runs at [noon](/n) daily.\n"),
        ("* [A](/a)\n\n* [B](/b)", "* [A](/a)\n* [B](/b)\n"),
    ],
    ids=["heading", "setext", "table", "quote", "fence", "prose", "list"],
)
def test_rejoin_keeps_markdown_blocks(text: str, expected: str) -> None:
    assert rejoin(text, markdown=True) == expected
    assert rejoin(expected, markdown=True) == expected


# --- the pipeline ----------------------------------------------------------------------

PAGE = "\n".join(
    [
        "* [Home](/)",
        "* [World](/world)",
        "* [Sport](/sport)",
        "",
        "# Storm closes ferries",
        "",
        "![The harbour](harbour.jpg)",
        "",
        "Gales forced the ferry company to cancel every sailing on Tuesday, and the "
        "[harbour master](/people/hm) said that the piers would stay shut until the wind dropped.",
        "",
        "Advertisement",
        "",
        "Passengers who had booked a crossing will be moved to the **first** sailings of "
        "the next morning, the company said in a statement on its website.",
        "",
        "## Most popular",
        "",
        "#### [Cheap flights to the sun](/travel/flights)",
        "#### [Ten gadgets for the kitchen](/shop/gadgets)",
    ]
)


def test_markdown_in_markdown_out() -> None:
    result = cleaner.clean_and_explain(PAGE)
    assert result.format == "markdown"
    assert result.text == (
        "# Storm closes ferries\n\n"
        "Gales forced the ferry company to cancel every sailing on Tuesday, and the "
        "[harbour master](/people/hm) said that the piers would stay shut until the wind "
        "dropped.\n\n"
        "Passengers who had booked a crossing will be moved to the **first** sailings of "
        "the next morning, the company said in a statement on its website.\n"
    )
    for removal in result.removals:  # every removal points into the Markdown input
        assert PAGE[removal.start : removal.end] == removal.evidence
    assert ("markdown", "image") in {(r.filter, r.rule) for r in result.removals}


def test_plain_output_drops_the_syntax() -> None:
    text = Pipeline.from_config().clean(PAGE, plain=True)
    assert text.startswith("Storm closes ferries\n\nGales forced")
    assert "harbour master said" in text
    assert not set("[*#") & set(text)


def test_markdown_output_is_read_as_markdown_and_is_stable() -> None:
    once = cleaner.clean(PAGE)
    assert cleaner.clean(once) == once


def test_text_format_leaves_the_syntax_to_the_text_rules() -> None:
    result = Pipeline.from_config().run(
        "* [Home](/)\n* [News](/n)\nThe council met.", format="text"
    )
    assert result.format == "text"
    assert all(removal.filter != "markdown" for removal in result.removals)


def _reference_sniff(text: str) -> bool:
    """The sniff written plainly: every link and every block opening, counted by pattern."""
    signs = len(markdown_module._SNIFF_LINK_RE.findall(text))
    signs += len(markdown_module._SNIFF_BLOCK_RE.findall(text))
    return signs >= markdown_module.MIN_MARKDOWN_SIGNS


@given(st.text(alphabet="[]()#`~|:-* \nab.", max_size=60))
def test_the_fast_sniff_agrees_with_its_patterns(text: str) -> None:
    assert looks_like_markdown(text) == _reference_sniff(text)


@given(
    st.text(alphabet="[]()!<>\\`*_~ :/@.ab\n\"'", max_size=40),
    st.integers(0, 5),
    st.integers(0, 45),
)
def test_inline_matches_are_those_of_finditer(text: str, start: int, end: int) -> None:
    pattern = markdown_module._INLINE_RE

    def spans(matches: Iterable[re.Match[str]]) -> list[tuple[str | None, tuple[int, int]]]:
        return [(match.lastgroup, match.span()) for match in matches]

    assert spans(markdown_module._inline_matches(text, start, end)) == spans(
        pattern.finditer(text, start, end)
    )


# The inline patterns as first written, one character per step of each repetition:
# the plain reference for `_INLINE_RE`, which takes runs of plain characters whole.
_PLAIN_IMAGE = (
    r"!\[(?:\\.|[^\[\]\\\n])*\]"
    r"\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:\"[^\"\n]*\"|'[^'\n]*'))?\s*\)"
)
_PLAIN_DESTINATION = (
    r"\((?:<[^>\n]*>|(?:[^()\s]|\([^()\s]*\))*)(?:\s+(?:\"[^\"\n]*\"|'[^'\n]*'))?\s*\)"
)
_PLAIN_INLINE_RE = re.compile(
    rf"(?P<image>{_PLAIN_IMAGE})"
    rf"|(?P<link>\[(?P<text>(?:\\.|[^\[\]\\\n]|{_PLAIN_IMAGE})*)\]"
    rf"(?:(?P<dest>{_PLAIN_DESTINATION})|\[(?P<ref>[^\]\n]*)\]))"
    r"|(?P<auto><(?P<url>(?:https?|ftp)://[^\s<>]+|[^\s<>@]+@[^\s<>@]+\.\w+)>)"
    r"|(?P<escape>\\[!-/:-@\[-`{-~])"
    r"|(?P<code>`+)"
    r"|(?P<emphasis>\*+|_+|~~)"
)
_PLAIN_BLOCK_LINK_CLOSE_RE = re.compile(rf"\]{_PLAIN_DESTINATION}")


def _same_matches(text: str) -> None:
    """Both inline patterns, and both block-link closings, match alike at every position."""

    def found(match: re.Match[str] | None) -> object:
        if match is None:
            return None
        return match.lastgroup, [match.span(group) for group in range(match.re.groups + 1)]

    for fast, plain in (
        (markdown_module._INLINE_RE, _PLAIN_INLINE_RE),
        (markdown_module._BLOCK_LINK_CLOSE_RE, _PLAIN_BLOCK_LINK_CLOSE_RE),
    ):
        for position in range(len(text)):
            assert found(fast.match(text, position)) == found(plain.match(text, position)), (
                text,
                position,
            )


@given(
    st.lists(
        st.sampled_from(
            [*"[]()!<>\\`*_~ :/@.ab\n\"'", "![", "](", "\\]", "(a b)", "https://", "x@y.org"]
        ),
        max_size=30,
    ).map("".join)
)
def test_the_inline_patterns_match_as_their_plain_references(text: str) -> None:
    _same_matches(text)


@pytest.mark.skipif(not (BENCH / "ground-truth.jsonl").exists(), reason="benchmark not present")
def test_the_inline_patterns_match_as_their_plain_references_on_the_bench() -> None:
    with gzip.open(BENCH / "render-markdown.jsonl.gz", "rt", encoding="utf-8") as pages:
        for page in pages:
            for line in json.loads(page)["text"].split("\n"):
                if markdown_module._INLINE_START_RE.search(line):
                    _same_matches(line)


@given(st.text(alphabet=" \t\u00a0\u2003`~=-*_[]|:#>+.)1\u0663ab", max_size=12))
def test_every_line_a_block_pattern_takes_may_open_a_block(raw: str) -> None:
    patterns = [
        markdown_syntax.FENCE_RE,
        markdown_syntax.ATX_HEADING_RE,
        markdown_syntax.SETEXT_UNDERLINE_RE,
        markdown_syntax.TABLE_DELIMITER_RE,
        markdown_module._THEMATIC_BREAK_RE,
        markdown_module._REFERENCE_RE,
        markdown_module._QUOTE_RE,
        markdown_module._LIST_MARKER_RE,
    ]
    if any(pattern.match(raw) for pattern in patterns):
        assert markdown_module._may_open_block(Line.of(0, 0, raw))


def test_a_link_over_several_lines_is_link_text() -> None:
    # A teaser card: picture, headline and byline inside one link.
    card = (
        "[ ![](/pic.jpg) ](/a) [\n\n\nCouncil approves the budget for the new library\n\n"
        "* By Jane Doe\n\n](/news/budget)"
    )
    view = MarkdownView.of(card)
    linked = view.link_chars
    headline = next(line for line in view.lines if "Council" in line.text)
    assert linked[headline.source.number] == len(headline.text.strip())


def test_an_empty_or_address_link_over_two_lines_is_no_card() -> None:
    for text in (
        "<http://example.com/a>[\n](http://example.com/a)",
        "[**http://example.com/a\n**](http://example.com/a)",
    ):
        view = MarkdownView.of(text)
        assert list(block_links(view.lines)) == []

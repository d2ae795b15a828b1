"""related_links: related-article headings with their teaser blocks, and one-line teasers."""

from __future__ import annotations

import dataclasses

import pytest

import cleaner
from cleaner import CleanerConfig, Doc, Line, Pipeline
from cleaner.config import validate_config
from cleaner.filters.related import RelatedLinks
from cleaner.lexicons import merged
from tests.filters import assert_verdict

KEEP_RELATED = CleanerConfig(related_links={"keep": True})


def keys(text: str, config: CleanerConfig | None = None) -> list[str]:
    return [r.key for r in cleaner.clean_and_explain(text, config).removals]


def related_links(config: CleanerConfig | None = None) -> cleaner.Filter:
    return next(f for f in Pipeline.from_config(config).filters if f.name == "related_links")


ROWS = [
    ("Related Articles", "related_links.heading"),
    ("Most Read", "related_links.heading"),
    ("Other news in this section", "related_links.heading"),
    ("On Our Radar", "related_links.heading"),
    ("You may also like", "related_links.heading"),
    ("More on this story", "related_links.heading"),
    ("More from Reuters", "related_links.heading"),
    ("More from Space...", "related_links.heading"),
    ("More Great WIRED Stories", "related_links.heading"),
    ("* More Business News", "related_links.heading"),
    ("Most read in world news", "related_links.heading"),
    ("Our Latest Stories", "related_links.heading"),
    ("More News from Sci-Tech", "related_links.heading"),
    ("Top Stories in Business", "related_links.heading"),
    ("More news from the council is expected on Tuesday.", None),
    ("latest news on AI", None),
    ("Our top stories", "related_links.heading"),
    ("Our latest stories are below, the editor said.", None),
    ("Read more", "related_links.heading"),
    ("READ MORE: Budget talks stall as deadline nears", "related_links.teaser_line"),
    ("Related: Council approves new bridge", "related_links.teaser_line"),
    ("Also read: How the river was tamed", "related_links.teaser_line"),
    ("WATCH: The moment the bridge opened", "related_links.teaser_line"),
    ("More from the minister was expected on Friday.", None),
    ("Read more about the plan on the council website.", None),
    ("Related research suggests that the effect is larger in older adults.", None),
    ("Most residents said they would vote for the new park.", None),
    ("Trending topics on the forum included the weather.", None),
    ("More news is expected later today, officials said.", None),
    ("More stories like hers are emerging.", None),
    ("Most read in silence, the report says.", None),
    ("Watch out for falling branches, the ranger told the visitors.", None),
    ("Note: the figures for 2025 are provisional.", None),
]


@pytest.mark.parametrize(("line", "rule"), ROWS, ids=[row[0] for row in ROWS])
def test_line(line: str, rule: str | None) -> None:
    assert_verdict(line, rule)


CONTEXT = [
    pytest.param(
        "The council met on Monday.\nREAD MORE: Budget talks stall\nIt voted on Tuesday.",
        ["related_links.teaser_line"],
        "The council met on Monday.\n\nIt voted on Tuesday.\n",
        id="teaser-line-between-paragraphs",
    ),
    pytest.param(
        "The council met on Monday.\nRelated Articles\nBudget talks stall as deadline nears\n"
        "Floods hit the valley again",
        ["related_links.heading"] + ["related_links.teaser_block"] * 2,
        "The council met on Monday.\n",
        id="heading-and-teasers-at-end",
    ),
    pytest.param(
        "The council met on Monday.\nRelated Articles\nBudget talks stall as deadline nears\n"
        "The council voted on Tuesday to approve the plan.",
        ["related_links.heading", "related_links.teaser_block"],
        "The council met on Monday.\n\nThe council voted on Tuesday to approve the plan.\n",
        id="article-resumes-after-block",
    ),
    pytest.param(
        "The council met on Monday.\nMost Read\nBudget talks stall\n\n"
        "It was a long night, the chair said afterwards.",
        ["related_links.heading", "related_links.teaser_block"],
        "The council met on Monday.\n\nIt was a long night, the chair said afterwards.\n",
        id="article-resumes-after-blank-line",
    ),
    pytest.param(
        "The council met on Monday.\nRelated Articles\n- Budget talks stall\n"
        "- Floods hit the valley\nIt voted on Tuesday.",
        ["related_links.heading"] + ["related_links.teaser_block"] * 2,
        "The council met on Monday.\n\nIt voted on Tuesday.\n",
        id="bulleted-teasers",
    ),
    pytest.param(
        "The council met on Monday.\nYou may also like\nBudget talks stall\nMost Read\n"
        "Floods hit the valley",
        ["related_links.heading"] + ["related_links.teaser_block"] * 3,
        "The council met on Monday.\n",
        id="stacked-headings",
    ),
    pytest.param(
        "The council met on Monday.\nMost Read\n\nSouth China Morning Post\n4 minutes ago\n"
        "Budget talks stall\nThe talks stalled on Friday. Both sides blamed the other.\n\n"
        "The Post\n2 hours ago\nFloods hit the valley\nRivers rose overnight.",
        ["related_links.heading"] + ["related_links.teaser_block"] * 8,
        "The council met on Monday.\n",
        id="teaser-units-with-source-date-and-body",
    ),
]


@pytest.mark.parametrize(("text", "rules", "cleaned"), CONTEXT)
def test_context(text: str, rules: list[str], cleaned: str) -> None:
    result = cleaner.clean_and_explain(text)
    assert [r.key for r in result.removals] == rules
    assert result.text == cleaned


KEEP_CONTEXT = [
    pytest.param(
        "The council met on Monday.\nRelated Articles\nBudget talks stall as deadline nears\n"
        "Floods hit the valley again",
        ["related_links.heading"],
        "The council met on Monday.\n\nBudget talks stall as deadline nears\n\n"
        "Floods hit the valley again\n",
        id="heading-only",
    ),
    pytest.param(
        "The council met on Monday.\nMost Read\n\nSouth China Morning Post\n4 minutes ago\n"
        "Budget talks stall\nThe talks stalled on Friday. Both sides blamed the other.",
        ["related_links.heading", "bylines.source_line", "timestamps.relative_time"],
        "The council met on Monday.\n\nBudget talks stall\n\n"
        "The talks stalled on Friday. Both sides blamed the other.\n",
        id="source-and-date-left-to-their-filters",
    ),
    pytest.param(
        "The council met on Monday.\nREAD MORE: Budget talks stall\nIt voted on Tuesday.",
        ["related_links.teaser_line"],
        "The council met on Monday.\n\nIt voted on Tuesday.\n",
        id="teaser-line-still-removed",
    ),
]


@pytest.mark.parametrize(("text", "rules", "cleaned"), KEEP_CONTEXT)
def test_keep_mode(text: str, rules: list[str], cleaned: str) -> None:
    result = cleaner.clean_and_explain(text, KEEP_RELATED)
    assert [r.key for r in result.removals] == rules
    assert result.text == cleaned


def test_keep_mode_find_directly_removes_only_the_heading() -> None:
    doc = Doc.from_text("Related Articles\nBudget talks stall\nFloods hit the valley")
    assert [r.rule for r in related_links(KEEP_RELATED).find(doc)] == ["heading"]
    assert [r.rule for r in related_links().find(doc)] == [
        "heading",
        "teaser_block",
        "teaser_block",
    ]


SUMMARIES = [
    "Life asks for optimism and the courage to hope for the best and to make it happen.",
    "Blessed are those who walk straight paths and keep the law with all their heart.",
    "What holds a family together is love, care and wishing each other well every day.",
]


def test_cards_that_repeat_their_first_line_go_whole() -> None:
    # A grid of cards under the heading: a share row over each card's prose summary.
    cards = [line for summary in SUMMARIES for line in ("Whatsapp Facebook Pin Save", summary)]
    text = "\n\n".join(["You may also like", *cards, "The council met again on Friday."])
    doc = Doc.from_text(text)
    gone = [doc.text[r.start : r.end] for r in related_links().find(doc)]
    assert gone == ["You may also like", *cards]


def test_cards_of_a_wrapped_dump_count_their_paragraphs_not_their_lines() -> None:
    # lynx wraps each summary over several lines; a card is still one paragraph.
    summary = [
        "   Life asks for optimism and the courage to hope for the best and to make",
        "   it happen, and to get up again after a fall without losing heart, and to",
        "   go on with the same hope that the good is just ahead of us, waiting",
        "   for those who are truly dedicated to pursuing it, with a plan to adapt",
        "   to a bad situation by drawing up another one beside it, day by day.",
    ]
    card = ["        Whatsapp   Facebook   Pin   Save", "", *summary, ""]
    text = "\n".join(["You may also like", "", *card * 3, "The council met again on Friday."])
    width = max(map(len, summary))  # as `wrap_width` finds it
    doc = dataclasses.replace(Doc.from_text(text), wrap=width)
    gone = [doc.text[r.start : r.end].strip() for r in related_links().find(doc)]
    assert gone[-1] == summary[-1].strip()
    assert len(gone) == 1 + 3 * 6


def test_two_cards_are_no_grid() -> None:
    # Under MIN_CARDS repeats, the summaries are judged as prose, and stay.
    cards = [line for summary in SUMMARIES[:2] for line in ("Whatsapp Facebook Pin Save", summary)]
    doc = Doc.from_text("\n\n".join(["You may also like", *cards]))
    gone = [doc.text[r.start : r.end] for r in related_links().find(doc)]
    assert SUMMARIES[0] not in gone


def test_custom_phrase_removes_only_its_line() -> None:
    config = validate_config({"custom": {"related_links": {"phrases": ["Weitere Artikel"]}}})
    text = "The council met.\nWeitere Artikel\nBudget talks stall\nFloods hit the valley"
    assert keys(text, config) == ["related_links.custom_phrase"]
    assert cleaner.clean(text, config) == (
        "The council met.\n\nBudget talks stall\n\nFloods hit the valley\n"
    )


def test_teaser_sources_are_told_by_the_configured_bylines_rules() -> None:
    config = CleanerConfig(custom={"bylines": {"phrases": ["filed by the harbour desk"]}})
    related = RelatedLinks.from_config(config, merged())
    line = Line.of(0, 0, "filed by the harbour desk")
    assert related._is_metadata((line,), 0)
    assert not RelatedLinks.from_config(CleanerConfig(), merged())._is_metadata((line,), 0)

"""Main-content detection on whole-page text (cleaner/filters/content.py)."""

from __future__ import annotations

import re

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

import cleaner
from cleaner import _core
from cleaner.filters import content as content_module
from cleaner.filters.content import (
    CHROME_MAX_CHARS,
    CHROME_WEIGHT,
    _cut_teaser_tail,
    _discount_isolated,
    _discount_repeats,
    densest_region,
    is_legal,
    is_link_list_item,
)
from cleaner.rejoin import Paragraph, is_list_item, looks_like_code
from cleaner.shape import ends_sentence
from tests import reference_score as reference

# The screens and the decision list of `score` are the core's now (src/score.rs); the
# tests of their Python versions (tests/reference_score.py, the oracle the core is held
# to in tests/test_core_score.py) keep checking that the oracle's fast paths are right.
_ASCII_CASE_VARIANTS = reference._ASCII_CASE_VARIANTS
_LEGAL_PHRASE_RE = reference._LEGAL_PHRASE_RE
_LEGAL_START_RE = reference._LEGAL_START_RE
FIRST_SYLLABIC = reference.FIRST_SYLLABIC
_words = reference._words
could_hold_legal_phrase = reference.could_hold_legal_phrase
could_open_legal = reference.could_open_legal


def score(text: str, stopwords: frozenset[str]) -> float:
    """The core's weight of `text` against `stopwords`."""
    return _core.ParagraphScorer(sorted(stopwords)).score(text)


ARTICLE = [
    "Storm closes the island ferries",
    "Gales forced the ferry company to cancel every sailing on Tuesday, and the harbour "
    "master said that the piers would stay shut until the wind dropped in the evening.",
    "Passengers who had booked a crossing will be moved to the first sailings of the next "
    "morning, the company said in a statement that it posted on its website at noon.",
    "The last time the service stopped for a whole day was in the winter of 2014, when a "
    "storm of the same strength tore the roof off the waiting room at the northern pier.",
    "Islanders who rely on the morning boat to reach the hospital on the mainland were told "
    "that a helicopter would be on call for emergencies, as it was during the last closure.",
    "The forecast for the rest of the week is calmer, and the company expects that it will "
    "run its full timetable again from Thursday if the wind keeps dropping as expected.",
]
MENU = ["* " + item for item in ("Home", "World", "Business", "Sport", "Travel", "Weather")]
SECTIONS = [
    "* " + item
    for item in ("Opinion", "Culture", "Science", "Health", "Money", "Video", "Podcasts")
]
TEASERS = [
    "* Volker Saw No Harm in Investigating Unfounded Theories",
    "* Standoff at a Hong Kong University Following Night of Violence",
    "* Arizona Development Bans Residents From Bringing Cars",
]


def cleaned(lines: list[str]) -> str:
    return cleaner.clean("\n".join(lines))


def outside_main(lines: list[str]) -> list[str]:
    result = cleaner.clean_and_explain("\n".join(lines))
    return [r.evidence for r in result.removals if r.key == "main_content.outside_main"]


def test_keeps_the_article_of_a_page_with_a_header_of_menus() -> None:
    out = cleaned([*MENU, *SECTIONS, *ARTICLE, "Most popular", *TEASERS])
    assert out.startswith(ARTICLE[0] + "\n\n")
    assert all(paragraph in out for paragraph in ARTICLE)
    assert "Business" not in out
    assert "Volker" not in out


def test_leaves_an_article_alone() -> None:
    assert outside_main(ARTICLE) == []
    assert cleaned(ARTICLE) == "\n\n".join(ARTICLE) + "\n"


def test_leaves_an_article_that_closes_with_a_short_list_alone() -> None:
    # A few chrome-like lines are no page header: only a page has ten above its article.
    lines = [*ARTICLE, "Sailings resume from:", "* Northport", "* Easthaven", "* Kirkby"]
    assert outside_main(lines) == []


def test_an_article_opened_by_a_short_list_is_no_page() -> None:
    lines = ["* Ferries", "* Weather", "* Islands", *ARTICLE]
    assert outside_main(lines) == []


def test_cuts_a_teaser_list_of_titles_after_the_article() -> None:
    removed = outside_main([*MENU, *SECTIONS, *ARTICLE, *TEASERS])
    assert TEASERS[0] in removed


def test_runs_on_over_a_subheading_whose_section_follows() -> None:
    # An article that goes on as a list under a title-cased subheading (a meal plan, a
    # spec sheet): the subheading heads the article's own text, so the region runs on,
    # over the list and over the prose inside it, up to what an earlier filter removed.
    plan = ["Meal Prep Menu for Eating Plan A", "Pre-workout meal",
            "Eat 60 to 90 minutes before your workout", "Portion containers: 1 green, 1 red",
            "Pre-workout supplement", "Drink 20 to 30 minutes before your workout",
            "Asparagus and eggs, with a cup of sweet potato and a teaspoon of olive oil for "
            "the potatoes, or a slice of whole-grain toast with butter if you prefer it.",
            "Workout supplement", "Drink during your workout", "Post-workout meal",
            "Eat 1 to 2 hours after your workout", "Portion containers: 1 purple"]  # fmt: skip
    out = cleaned([*MENU, *SECTIONS, *ARTICLE, *plan, "Most popular", *TEASERS])
    assert all(line in out for line in plan)
    assert "Volker" not in out


def test_a_title_over_a_kicker_is_another_article() -> None:
    # A teaser card's title, then its all-caps kicker: not a subheading of the article.
    rail = ["Military Armored Car Massively Misjudges Its Speed, Careens Into A House",
            "THIS TURNED OUT POORLY", "4 diggs Video", "Thanks, armored car.",
            "1,200 Stolen Paintings Were Discovered In A Los Angeles Storage Locker",
            "CREME DE LA CREME", "hyperallergic.com Art Crime",
            "They were valued at $777,000."]  # fmt: skip
    removed = outside_main([*MENU, *SECTIONS, *ARTICLE, *rail])
    assert rail[0] in removed
    assert rail[4] in removed


def test_cuts_unbulleted_headlines_of_other_articles_after_the_article() -> None:
    rail = ["1. 1", "Objective Reality Doesn't Exist, Quantum Experiment Shows", "2. 2",
            "Here's What Sugar Does to Your Brain"]  # fmt: skip
    removed = outside_main([*MENU, *SECTIONS, *ARTICLE, *rail])
    assert rail[1] in removed
    assert rail[3] in removed


def test_keeps_the_article_s_closing_list_under_a_short_title() -> None:
    closing = ["The Band's Tour Dates", "June 9 – West Palm Beach, FL @ Coral Sky Amphitheatre",
               "A: Bleacher Report, Uber Eats, and ParkMobile"]  # fmt: skip
    out = cleaned([*MENU, *SECTIONS, *ARTICLE, *closing])
    assert all(line in out for line in closing)


def test_a_teaser_card_glued_into_one_line_is_chrome() -> None:
    glued = (
        "Harvick Fails To Rally Overmatched Ford In NASCAR FinaleFord v Toyota flopped for the "
        "blue oval at the track, and the team said it would be back next year."
    )
    lede = (
        "The Doobie Brothers unite with Michael McDonald for a tour of the country, and the "
        "band said that it would play the old songs of the seventies."
    )
    assert score(glued, STOPWORDS) < 0 < score(lede, STOPWORDS)


@pytest.mark.parametrize(
    ("after_gap", "cut"),
    [
        pytest.param([-40, -40, 100, -40, -40, 100, -40, -40, 100], True, id="a-rail-is-cut"),
        pytest.param([100, 120, 90], False, id="prose-standing-together-stays"),
        pytest.param([-40, 700, -40, 100], False, id="more-prose-than-before-stays"),
        pytest.param([-40, 100, -40, 100], False, id="every-other-paragraph-prose-stays"),
    ],
)
def test_cut_teaser_tail(after_gap: list[float], cut: bool) -> None:
    """Eight paragraphs without prose after the article; what follows is cut only if a rail."""
    scores = [500.0, 400.0, *[-37.5] * 8, *after_gap]
    assert _cut_teaser_tail(scores, 0, len(scores) - 1) == (1 if cut else len(scores) - 1)


def test_keeps_the_article_s_own_list_after_its_last_paragraph() -> None:
    own_list = ["* two cups of flour, sifted", "* England (Group A): 10th appearance"]
    out = cleaned([*MENU, *SECTIONS, *ARTICLE, *own_list])
    assert all(item in out for item in own_list)


def test_keeps_a_short_article_in_a_page_of_menus() -> None:
    brief = [
        "Ferries cancelled",
        "Gales forced the ferry company to cancel every sailing on Tuesday, and the harbour "
        "master said that the piers would stay shut until the wind dropped.",
    ]
    footer = ["* " + item for item in ("About us", "Contact", "Careers", "Advertise", "Terms")]
    page = [*MENU, *SECTIONS, *MENU, *brief, *SECTIONS, *footer, *footer]
    out = cleaned(page)
    assert brief[1] in out
    assert "Careers" not in out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("* Volker Saw No Harm in Investigating Unfounded Theories", True),
        ("* Ten Years On", True),
        ("* Why Is the Ferry Late Again?", True),
        ("* two cups of flour, sifted", False),
        ("* England (Group A): 10th appearance", False),
        ("* The ferry was late again.", False),
        ("Volker Saw No Harm in Investigating Unfounded Theories", False),
    ],
)
def test_is_link_list_item(text: str, expected: bool) -> None:
    assert is_link_list_item(text) is expected


def test_densest_region_takes_the_best_run() -> None:
    assert densest_region([-5, 10, -2, 8, -30, 4]) == (1, 3)
    assert densest_region([-1, -1]) == (0, 0)


@pytest.mark.parametrize("readers", [30, 120])
def test_a_comment_thread_after_the_article_is_cut_however_long(readers: int) -> None:
    comments = [
        f"I took the morning boat for {years} years and it was never cancelled as often as it "
        "is now, which is a shame for the people who live on the island all year round."
        for years in range(10, 10 + readers)
    ]
    thread = [
        line for number, comment in enumerate(comments) for line in (f"reader{number}", comment)
    ]
    removed = outside_main([*MENU, *SECTIONS, *ARTICLE, "12 comments", *thread])
    assert comments[0] in removed
    assert comments[-1] in removed
    assert not set(ARTICLE) & set(removed)


STOPWORDS = frozenset(("the", "of", "and", "to", "a", "in", "on", "that", "was", "it", "is"))


def test_a_copyright_notice_is_chrome_however_long() -> None:
    notice = (
        "© 2019 Example Media, LLC. All rights reserved. Example Media is the owner of the "
        "trademarks that appear on this website, and it is not liable for the content of links."
    )
    assert score(notice, STOPWORDS) < 0
    assert score(notice.replace("© 2019 ", "", 1), STOPWORDS) > 0


def test_a_long_chrome_line_weighs_no_more_than_a_short_one() -> None:
    # A long line without function words is as often a table row as a teaser.
    table_row = "Tomato Cucumber Salad (1 cup lettuce, ½ cup cherry tomatoes, 4 oz. chicken)"
    assert score(table_row, STOPWORDS) == -CHROME_WEIGHT * CHROME_MAX_CHARS


def test_cuts_a_portal_around_a_one_paragraph_brief() -> None:
    brief = (
        "The ferry company cancelled every sailing on Tuesday, and the harbour master said "
        "that the piers would stay shut until the wind dropped. Passengers who had booked a "
        "crossing will be moved to the first sailings of the next morning, the company said "
        "in a statement that it posted on its website at noon."
    )
    portal = [f"* Section {number}" for number in range(1, 27)]
    removed = outside_main([*portal, *MENU, *SECTIONS, brief, *portal, *portal])
    assert brief not in removed
    assert "* Section 1" in removed


def test_leaves_a_one_paragraph_note_with_a_short_menu_alone() -> None:
    note = (
        "The ferry company cancelled every sailing on Tuesday, and the harbour master said "
        "that the piers would stay shut until the wind dropped."
    )
    assert outside_main([*MENU, *SECTIONS, note, "* About us", "* Contact"]) == []


def test_a_bulleted_line_above_the_headline_is_no_part_of_the_article() -> None:
    out = cleaned([*MENU, *SECTIONS, "* Island Ferries Timetable", *ARTICLE])
    assert out.startswith(ARTICLE[0] + "\n\n")


def test_the_article_ends_at_a_removed_share_bar() -> None:
    after = "Ten things to do on the islands."
    removed = outside_main([*MENU, *SECTIONS, *ARTICLE, "Share this article", after])
    assert after in removed


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_ascii_words_match_the_unicode_pattern(text: str) -> None:
    assert _words(text) == regex.findall(r"\w+", text.casefold())


def test_no_han_kana_or_hangul_character_comes_before_the_first_syllabic() -> None:
    # `_kind` counts syllabic characters only in a text that holds one at or after it.
    syllabic = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
    assert syllabic.match(FIRST_SYLLABIC)
    assert not any(syllabic.match(chr(code)) for code in range(ord(FIRST_SYLLABIC)))


def test_the_letters_of_copyright_match_only_in_ascii() -> None:
    # `could_open_legal` lowercases the text to find "opyr" as `regex.I` would.
    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    for letter in "copyr":
        assert sorted(regex.findall(f"(?i){letter}", everything)) == [letter.upper(), letter]


@pytest.mark.parametrize(
    "opening", ["© Example", "(c) 2026", "(C)2026", "copyright 2026", "COPYRIGHT ©", "CopyRight(c)"]
)
@pytest.mark.parametrize("prefix", ["", "-", "** ", "\u2014 \u2014"])
def test_every_legal_opening_passes_the_cheap_test(prefix: str, opening: str) -> None:
    assert _LEGAL_START_RE.match(prefix + opening)
    assert could_open_legal(prefix + opening)


@given(st.text(alphabet=st.sampled_from(" .-*©(cC)opyrightOPYRIGHTİı0123456789x"), max_size=20))
def test_legal_screen_keeps_every_legal_opening(text: str) -> None:
    if _LEGAL_START_RE.match(text):
        assert could_open_legal(text)


def test_the_ascii_case_variants_are_all_that_re_takes_for_a_letter() -> None:
    # `could_hold_legal_phrase` lower-cases the text to find the phrases as `re.I` would.
    letter = re.compile("[a-z]", re.IGNORECASE)
    beyond_ascii = {chr(c) for c in range(0x80, 0x110000) if letter.fullmatch(chr(c))}
    assert beyond_ascii == _ASCII_CASE_VARIANTS


LEGAL_PIECES = [
    "all rights reserved", "registered trademark of", "registered trademarks of",
    "is a trademark of", "not intended to diagnose", "not intended to replace",
    "not intended to be a substitute", "consult your physician", "consult a doctor",
    "terms of use", "terms of service", "privacy policy", "subject to copyright",
    "without permission", "without the prior express written permission",
    "may not be published", "may not be redistributed", "cookie settings", "cookie policy",
    "allow cookies", "not been evaluated by the food and drug administration",
    "results vary depending", "results may vary depending",
]  # fmt: skip


@pytest.mark.parametrize("piece", LEGAL_PIECES)
def test_every_legal_phrase_passes_the_cheap_test(piece: str) -> None:
    for text in (piece, piece.upper(), piece.title(), f"News. {piece}!"):
        assert _LEGAL_PHRASE_RE.search(text)
        assert could_hold_legal_phrase(text)


@given(
    st.lists(
        st.sampled_from([*LEGAL_PIECES, " ", "x", "İ", "ı", "ſ", "\u212a", "\u2019", "S", "K"]),
        max_size=6,
    ).map("".join)
)
def test_legal_phrase_screen_keeps_every_text_with_a_phrase(text: str) -> None:
    for variant in (text, text.upper(), text.replace("s", "ſ").replace("k", "\u212a")):
        if _LEGAL_PHRASE_RE.search(variant):
            assert could_hold_legal_phrase(variant)


def _reference_kind(text: str, stopwords: frozenset[str]) -> str:
    """`_kind` as first written, every test made in turn: the oracle for the fast one."""
    syllabic = len(regex.findall(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]", text))
    if syllabic * 2 >= len(text):
        if syllabic >= reference.PROSE_MIN_SYLLABIC_CHARS and ends_sentence(text):
            return "prose"
        return "chrome" if syllabic < 12 else "neutral"
    words = regex.findall(r"\w+", text.casefold())
    density = sum(map(stopwords.__contains__, words)) / len(words) if words else 0.0
    finished = ends_sentence(text) or len(words) >= reference.PROSE_UNPUNCTUATED_WORDS
    dense = density >= reference.PROSE_MIN_STOPWORDS
    if len(words) >= reference.PROSE_MIN_WORDS and dense and finished:
        return "prose"
    if len(words) >= 4 and dense and (finished or is_list_item(text)):
        return "neutral"
    if len(words) >= reference.PROSE_MIN_WORDS and density >= 2 * reference.PROSE_MIN_STOPWORDS:
        return "neutral"
    code = regex.search(r"[=(){}\[\];<>`$#]", text) and looks_like_code([text])
    return "neutral" if code else "chrome"


def test_prose_punctuation_is_no_word_character_has_no_case_and_is_not_syllabic() -> None:
    for char in reference.PROSE_PUNCTUATION:
        assert not char.isascii()
        assert not regex.match(r"\w", char), char
        assert char.casefold() == char.lower() == char, char
        assert not regex.match(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]", char), char


PARAGRAPH_WORDS = st.sampled_from(
    [
        "the",
        "of",
        "and",
        "council",
        "Voted",
        "Monday",
        "市议会",
        "预算",
        "は",
        "한국",
        "é",
        "=",
        "(x)",
        "*",
        "1.",
        ".",
        "!",
        "?",
        "”",
        "a",
        "in",
        "library",
        "  ",
        "Über",
        "ß",
        "“Yes”",
        "it’s",
        "—",
        "…",
        "\u00a0",
        "«",
        "©",
        "İ",
        "ſ",
    ]
)


@given(st.lists(PARAGRAPH_WORDS, max_size=40).map(" ".join))
def test_kind_agrees_with_its_reference(text: str) -> None:
    stopwords = frozenset({"the", "of", "and", "a", "in"})
    assert reference._kind(text, stopwords) == _reference_kind(text, stopwords)


def test_a_chrome_line_the_page_repeats_is_cut_inside_the_article() -> None:
    alt_text = "Mountain hike survival kit with bottled water"
    paragraphs = [*ARTICLE[1:], *(p.replace(" the ", " this ") for p in ARTICLE[1:])]
    lines = [*MENU, *SECTIONS, ARTICLE[0]]
    for index, paragraph in enumerate(paragraphs):
        lines += [paragraph, alt_text] if index % 2 else [paragraph]
    result = cleaner.clean_and_explain("\n".join(lines))
    repeated = [r.evidence for r in result.removals if r.key == "main_content.repeated"]
    assert repeated == [alt_text] * (len(paragraphs) // 2)
    assert all(paragraph in result.text for paragraph in [ARTICLE[0], *paragraphs])


def test_a_sentence_the_article_repeats_stays() -> None:
    question = "What do you like to cook at home, and what do you never eat?"
    lines = [*MENU, *SECTIONS, ARTICLE[0]]
    for paragraph in ARTICLE[1:]:
        lines += [question, paragraph]
    assert cleaned(lines).count(question) == len(ARTICLE[1:])


def test_a_short_label_the_article_repeats_stays() -> None:
    lines = [*MENU, *SECTIONS, ARTICLE[0]]
    for paragraph in ARTICLE[1:]:
        lines += ["Pros and cons:", paragraph]
    assert cleaned(lines).count("Pros and cons:") == len(ARTICLE[1:])


def test_markdown_links_make_a_paragraph_chrome() -> None:
    # Teasers that are prose by their words (other stories' first sentences, here the
    # article's own sentences about another day); written as links, they are a rail.
    other_day = {"Tuesday": "Friday", "noon": "midnight", "2014": "2009"}
    teasers = []
    for number, sentence in enumerate(ARTICLE[1:4]):
        teaser = sentence
        for word, other in other_day.items():
            teaser = teaser.replace(word, other)
        teasers.append(f"[{teaser}](/news/{number})")
    menu = [f"* [{item[2:]}](/{item[2:].lower()})" for item in [*MENU, *SECTIONS]]
    page = "\n\n".join([*menu, f"# {ARTICLE[0]}", *ARTICLE[1:], *teasers])
    text = cleaner.clean(page)
    assert ARTICLE[-1] in text
    assert "](/news/" not in text


def test_a_paragraph_with_a_link_inside_is_still_prose() -> None:
    linked = ARTICLE[2].replace("a statement", "[a statement](/statement)")
    page = "\n\n".join(
        ["* [Home](/)", "* [World](/world)", *MENU, ARTICLE[0], ARTICLE[1], linked, *ARTICLE[3:]]
    )
    assert "[a statement](/statement)" in cleaner.clean(page)


def test_a_wrapped_dump_is_judged_by_whole_paragraphs() -> None:
    # Wrapped at 60 columns, as a text browser does: no line alone is a sentence.
    wrapped: list[str] = []
    for paragraph in ARTICLE[1:]:
        line = ""
        for word in paragraph.split():
            if len(line) + 1 + len(word) > 60:
                wrapped.append(line)
                line = word
            else:
                line = f"{line} {word}".strip()
        wrapped += [line, ""]
    text = cleaned([*MENU, *SECTIONS, "", ARTICLE[0], "", *wrapped, *TEASERS])
    assert text.split("\n\n")[1:] == [*ARTICLE[1:], ""][:-1] or text.split("\n\n")[1] == ARTICLE[1]
    for paragraph in ARTICLE[1:]:
        assert paragraph in text


def test_a_line_the_page_showed_above_the_article_ends_its_run_on() -> None:
    # The page's section label and headline come back below the article, as teasers do.
    lines = [
        *MENU,
        "Beltway Confidential",
        *SECTIONS,
        *ARTICLE,
        "Beltway Confidential",
        "Senate votes on the budget",
    ]
    text = cleaned(lines)
    assert text.endswith(ARTICLE[-1] + "\n")


def test_the_headline_above_a_share_bar_and_a_caption_stays() -> None:
    # Kicker, headline, standfirst, author label, share icons and a caption stand between
    # the headline and the first paragraph; the densest region starts below them.
    lines = [
        *MENU,
        *SECTIONS,
        "Opinion",
        "Storm closes the island ferries for a second day",
        "The harbour master says the piers will stay shut.",
        "Opinion Columnist",
        "*",
        "+",
        "+",
        "Waves break over the northern pier. Credit... Harbour Office",
        *ARTICLE[1:],
    ]
    text = cleaned(lines)
    assert text.startswith(
        "Storm closes the island ferries for a second day\n\n"
        "The harbour master says the piers will stay shut.\n\n"
    )
    assert "Opinion Columnist" not in text
    assert all(paragraph in text for paragraph in ARTICLE[1:])


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        ("Republicans Are Following Trump to Nowhere", True),
        ("Is Google Stadia worth it?", True),
        ("新冠疫苗接种工作全面展开", True),
        ("Opinion Columnist", False),
        ("* Home and garden news", False),
        ("Reuters November 18, 2019 11:03 PM", False),
        ("Trump asked voters for a big win. He didn't get it. Credit... AP", False),
        ("The council met on Monday.", False),
    ],
    ids=["title", "question", "chinese", "two-words", "bullet", "dateline", "caption", "sentence"],
)
def test_is_headline(text: str, headline: bool) -> None:
    assert content_module.is_headline(text) is headline


def test_entries_of_a_list_of_records_close_the_article() -> None:
    records = [
        f"* {team} (Group {group}): {count} appearance"
        for team, group, count in [
            ("England", "A", "10th"),
            ("Czech Republic", "A", "Seventh"),
            ("Ukraine", "B", "Third"),
            ("Spain", "F", "11th"),
            ("Sweden", "F", "Seventh"),
        ]
    ]
    text = cleaned([*MENU, *SECTIONS, *ARTICLE, "Qualified teams", *records])
    assert all(record[2:] in text for record in records)


def test_a_page_whose_article_is_a_table_loses_only_its_frame() -> None:
    # No clear region of prose: the menus above and the footer below go, the calendar stays.
    calendar = [
        f"Round {number}: {day} {month} – {track}"
        for number, (day, month, track) in enumerate(
            [
                ("10", "March", "Interlagos"),
                ("8", "April", "Curitiba / Alternativa"),
                ("22", "April", "Velopark"),
                ("6", "May", "Londrina"),
                ("20", "May", "Santa Cruz do Sul"),
                ("5", "August", "Goiania"),
            ],
            start=1,
        )
    ]
    note = "The calendar may still change, the organiser said when it was published in January."
    footer = ["Privacy Policy", "Terms of Use", "Contact Us"]
    result = cleaner.clean_and_explain("\n".join([*MENU, *SECTIONS, *calendar, note, *footer]))
    assert all(row in result.text for row in calendar)
    assert note in result.text
    assert "Podcasts" not in result.text
    assert "Terms of Use" not in result.text
    assert "main_content.page_frame" in {r.key for r in result.removals}


def test_a_nested_menu_item_is_no_headline_that_stops_the_frame() -> None:
    # A text-browser dump nests a menu under "+" and "o" bullets; "+ News of the Stock Car
    # Series" is an item of it, not the page's headline, so the frame runs on past it.
    menu = ["* HOME", "    + All the News", "    + Columnists", "        o Jane Roe",
            "* STOCK CAR", "    + News of the Stock Car Series", "    + Standings of the Stock Car",
            "    + Calendar of the Stock Car Series", "    + Drivers and Teams of the Stock Car",
            "* NASCAR", "    + News of the NASCAR Cup Series"]  # fmt: skip
    calendar = [f"Round {n}: {day} April – Interlagos" for n, day in enumerate((3, 10, 17, 24), 1)]
    footer = ["Privacy Policy", "Terms of Use", "Contact Us"]
    note = "The calendar may still change, the organiser said when it was published in January."
    result = cleaner.clean_and_explain("\n".join([*menu, *calendar, note, *footer]))
    assert result.text.startswith(calendar[0])


def test_the_frame_under_a_page_s_title_line_goes_and_the_title_stays() -> None:
    title = "Stock Car Calendar for the 2018 Season | Example Racing | F1 | Indy"
    calendar = [f"Round {n}: {day} April – Interlagos" for n, day in enumerate((3, 10, 17, 24), 1)]
    note = "The calendar may still change, the organiser said when it was published in January."
    page = [title, *MENU, *SECTIONS, *calendar, note, "Privacy Policy", "Terms of Use", "Contact"]
    out = cleaned(page)
    assert out.startswith(title + "\n\n" + calendar[0])


def test_the_headline_that_the_title_line_names_is_kept_over_a_nearer_title() -> None:
    # The page opens with its <title>; a video's title stands nearer to the article.
    title = ARTICLE[0] + " - Example News"
    chrome = ["Send us your photos", "Send tips", "* Submit tips", "* Send feedback"]
    player = ["* Link", "* Embed", "Copy", "Close", "Link to this video", "Copy", "Close",
              "Embed this video", "Replay", "More videos (1 of 9)", "«»"]  # fmt: skip
    video = "Ferries Stay in Port as the Gales Batter the Island Coast"
    page = [title, *MENU, *SECTIONS, *chrome, *ARTICLE[:1], *player, video, *ARTICLE[1:], *MENU]
    out = cleaned(page)
    assert out.startswith(ARTICLE[0] + "\n\n")
    assert ARTICLE[1] in out


def test_a_long_footer_without_prose_goes_though_the_page_has_no_header() -> None:
    # No header above the article and no frame found, but a page's footer under it.
    footer = ["Expertise", "* Digital transformation", "* Content management", "Company",
              "* Careers", "* References", "* Contact", "Frankfurt (HQ)", "Example GmbH",
              "Hanauer Landstr. 126", "DE-60314 Frankfurt", "Tel.: +49 69 380 795"]  # fmt: skip
    out = cleaned([*ARTICLE, "Share this article", *footer])
    assert out == "\n\n".join(ARTICLE) + "\n"


def test_a_closing_list_with_prose_after_it_is_no_footer() -> None:
    closing = ["Sailings resume from:", *(f"* Pier {n}" for n in range(1, 12)),
               "The company thanked islanders for their patience during the storm."]  # fmt: skip
    assert outside_main([*ARTICLE, "Share this article", *closing]) == []


def test_a_closing_list_of_titles_with_nothing_removed_before_it_is_no_footer() -> None:
    # Nothing removed between the article and a list: the article's own list, however long.
    titles = [f"* {name} Collection Steelbook Edition Box Set" for name in (
        "Ghostbusters", "Indiana Jones", "Magnum", "Back to the Future", "Gremlins", "Goonies",
        "Rocky", "Alien", "Predator", "Terminator", "Rambo")]  # fmt: skip
    assert outside_main([*ARTICLE, *titles]) == []


def test_a_legal_notice_is_no_article() -> None:
    # A footer's notices are prose by their words; their phrases say what they are.
    notices = [
        "Consult your physician and follow all safety instructions before beginning any "
        "exercise program. These products are not intended to diagnose, treat or cure a disease.",
        "Example TV and Example Box are registered trademarks of Example Inc. All rights reserved. "
        "No part of this site may be used without the prior written permission of the owner.",
    ]
    out = cleaned([*MENU, *SECTIONS, *ARTICLE, *notices, "Privacy Policy", "Terms of Use"])
    assert all(paragraph in out for paragraph in ARTICLE)
    assert "physician" not in out
    assert "trademarks" not in out


def test_one_legal_phrase_in_an_article_is_prose() -> None:
    sentence = (
        "The court ruled on Tuesday that the logo is a registered trademark of the bakery, and "
        "that the rival shop must take it down from its windows and its vans within a month."
    )
    assert score(sentence, frozenset({"the", "of", "and", "that", "is", "on"})) > 0


def test_a_paragraph_printed_twice_in_a_row_goes_once() -> None:
    caption = "Ferries wait at the northern pier of the island harbour in high winds on Monday."
    lines = [*MENU, *SECTIONS, ARTICLE[0], ARTICLE[0], *ARTICLE[1:3], caption, caption]
    lines += ARTICLE[3:]
    result = cleaner.clean_and_explain("\n".join(lines))
    assert result.text.count(ARTICLE[0]) == 1
    assert result.text.count(caption) == 1
    assert "main_content.duplicate" in {r.key for r in result.removals}


def test_an_interview_may_repeat_its_question() -> None:
    question = "What made you start cooking for other people, and who taught you first?"
    answers = ARTICLE[1:4]
    lines = [*MENU, *SECTIONS, ARTICLE[0]]
    for answer in answers:
        lines += [question, answer, ARTICLE[4]]
    text = cleaner.clean("\n".join(lines))
    assert text.count(question) == len(answers)


@pytest.mark.parametrize(
    ("text", "notice"),
    [
        (
            "These statements have not been evaluated by the Food and Drug Administration. "
            "These products are not intended to diagnose, treat, cure, or prevent any disease.",
            True,
        ),
        (
            "The agency said the supplements had not been evaluated by the Food and Drug "
            "Administration before they went on sale, and it opened an inquiry on Monday.",
            False,
        ),
    ],
)
def test_is_legal_notice(text: str, notice: bool) -> None:
    assert is_legal(text) is notice


def test_a_gallery_of_captions_printed_twice_does_not_cut_the_article() -> None:
    # A text browser writes each photo's alt text above the caption that repeats it.
    places = ("northern pier", "ticket office", "harbour wall", "car deck", "waiting room")
    lines = [*MENU, *SECTIONS, *ARTICLE[:3]]
    for number, place in enumerate(places, start=1):
        caption = f"Waves break over the {place} of the island harbour in the gales on Tuesday."
        lines += [f"Image {number} of {len(places)}", caption, caption, "(Photo: Harbour Board)"]
    lines += [*ARTICLE[3:], "Most popular", *TEASERS]
    result = cleaner.clean_and_explain("\n".join(lines))
    assert all(paragraph in result.text for paragraph in ARTICLE)
    assert result.text.count("Waves break over the car deck") == 1
    assert "Volker" not in result.text


@pytest.mark.parametrize(
    ("scores", "placeholders", "summary"),
    [
        ([-40.0, 0.0, 80.0, -40.0], {1}, 40.0),  # heading, [photo.jpg], summary, next heading
        ([-40.0, 0.0, 80.0, -40.0], set(), 80.0),  # a short sentence above: no teaser
        ([-40.0, 80.0, 0.0, -40.0], {2}, 40.0),
    ],
    ids=["placeholder-above", "neutral-above", "placeholder-below"],
)
def test_an_image_placeholder_is_no_neighbour_of_a_teaser_s_summary(
    scores: list[float], placeholders: set[int], summary: float
) -> None:
    _discount_isolated(scores, placeholders)
    assert max(scores) == summary


@pytest.mark.parametrize(
    ("text", "twin_weight"),
    [
        ("Waves break over the northern pier of the island harbour in the gales on Tuesday.", 0),
        ("Is an oxygen bar in the city really offering fresh air to its shoppers for a fee?", -75),
    ],
    ids=["caption", "headline"],
)
def test_a_text_printed_twice_in_a_row(text: str, twin_weight: float) -> None:
    # A caption under its alt text weighs nothing; a headline printed twice stays a repeat.
    paragraphs = [Paragraph((), text), Paragraph((), text), Paragraph((), ARTICLE[1])]
    scores = [float(len(text)), float(len(text)), float(len(ARTICLE[1]))]
    _discount_repeats(scores, paragraphs)
    assert scores[:2] == [twin_weight, twin_weight]

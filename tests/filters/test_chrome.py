"""Page chrome: cookie_notices, navigation and footers (cleaner/filters/chrome.py)."""

from __future__ import annotations

from typing import Any

import pytest

import cleaner
from cleaner import CleanerConfig, Doc, Pipeline
from cleaner.config import validate_config
from tests.filters import assert_verdict


def keys(text: str, config: CleanerConfig | None = None) -> list[str]:
    return [r.key for r in cleaner.clean_and_explain(text, config).removals]


def built(name: str) -> cleaner.Filter:
    return next(f for f in Pipeline.from_config().filters if f.name == name)


def first(row: Any) -> str:
    """The first value of a table row, plain or `pytest.param`, for its test id."""
    return str(getattr(row, "values", row)[0])


ROWS = [
    # cookie_notices
    ("We use cookies to improve your experience.", "cookie_notices.banner"),
    ("This website uses cookies to ensure you get the best experience.", "cookie_notices.banner"),
    ("By continuing to use this site you agree to our use of cookies.", "cookie_notices.banner"),
    ("Accept all cookies", "cookie_notices.button"),
    ("Cookie settings", "cookie_notices.button"),
    ("Manage consent", "cookie_notices.button"),
    ("We value your privacy", "cookie_notices.button"),
    ("Accept", None),  # a button only beside a cookie line
    ("Got it", None),
    ("Cookies baked by the pupils were sold to raise money for the trip.", None),
    ("The bakery sold cookies and cakes at the summer fair.", None),
    pytest.param(
        "Allow cookies to cool on the rack for ten minutes.",
        None,
    ),
    pytest.param(
        "We use cookies as the base of this cheesecake crust.",
        None,
    ),
    # navigation
    ("Skip to main content", "navigation.phrase"),
    ("Toggle navigation", "navigation.phrase"),
    ("Back to top", "navigation.phrase"),
    ("Sign in", "navigation.phrase"),
    ("Home > World > Asia", "navigation.breadcrumb"),
    ("Home / News / Politics", "navigation.breadcrumb"),
    ("Docs > Guides > Retries", "navigation.breadcrumb"),
    ("Home &gt; Business", "navigation.breadcrumb"),
    ("Menu", None),  # one-word entries need company
    ("Search", None),
    ("Next year the festival will move to a larger site outside the town.", None),
    ("Search teams found the missing hikers shortly before midnight.", None),
    ("Home owners in the valley were told to prepare sandbags.", None),
    ("Input > output > result is how the pipeline flows, she wrote.", None),
    # footers
    ("© 2026 Example Media Ltd. All rights reserved.", "footers.copyright"),
    ("Copyright 2026 AP", "footers.copyright"),
    ("Copyright © The Times", "footers.copyright"),
    ("© Example Media Ltd", "footers.copyright"),
    ("2026 Example Ltd. All rights reserved.", "footers.copyright"),
    ("Privacy Policy", "footers.link"),
    ("Terms of use", "footers.link"),
    ("Contact us", "footers.link"),
    ("Privacy Policy | Terms of Use | Contact Us", "footers.link_row"),
    ("Privacy", None),
    ("Copyright law was changed in 1998.", None),
    ("(c) The council shall publish its accounts.", None),
    ("All rights reserved, the label said in 2019.", None),
    ("Privacy campaigners said the plan went too far and should be paused.", None),
]


@pytest.mark.parametrize(("line", "rule"), ROWS, ids=[first(r) for r in ROWS])
def test_line(line: str, rule: str | None) -> None:
    assert_verdict(line, rule)


@pytest.mark.parametrize(
    ("name", "line", "rule"),
    [
        ("cookie_notices", "We use cookies to improve your experience.", "banner"),
        ("navigation", "Home > World > Asia", "breadcrumb"),
        ("footers", "Copyright 2026 AP", "copyright"),
        ("footers", "Privacy Policy | Terms of Use", "link_row"),
        ("navigation", "Share prices fell 3% on Monday.", None),
    ],
    ids=["cookie", "breadcrumb", "copyright", "link-row", "prose"],
)
def test_find_directly(name: str, line: str, rule: str | None) -> None:
    found = [r.rule for r in built(name).find(Doc.from_text(f"Prose here.\n{line}\nMore prose."))]
    assert found == ([rule] if rule else [])


CONTEXT = [
    pytest.param(
        "We use cookies to improve your experience.\nAccept\nReject\nThe council met.",
        ["cookie_notices.banner", "cookie_notices.button", "cookie_notices.button"],
        "The council met.\n",
        id="cookie-buttons-beside-banner",
    ),
    pytest.param(
        "Accept\nThe council met.",
        [],
        "Accept\n\nThe council met.\n",
        id="accept-alone",
    ),
    pytest.param(
        "Menu\nSearch\nCouncil approves budget\nThe council met on Monday to discuss it.",
        ["navigation.phrase", "navigation.phrase"],
        "Council approves budget\n\nThe council met on Monday to discuss it.\n",
        id="guarded-words-together",
    ),
    pytest.param(
        "He left the house.\nMenu\nShe stayed at home.",
        [],
        "He left the house.\n\nMenu\n\nShe stayed at home.\n",
        id="guarded-word-alone",
    ),
    pytest.param(
        "Home\nNews\nSport\nWeather\nThe council met on Monday to discuss the budget.",
        ["navigation.menu_run"] * 4,
        "The council met on Monday to discuss the budget.\n",
        id="menu-run-top",
    ),
    pytest.param(
        "The meeting ran late into the night.\nNews\nSport\nTravel\nWeather\n"
        "The council met again on Tuesday morning.",
        ["navigation.menu_run"] * 4,
        "The meeting ran late into the night.\n\nThe council met again on Tuesday morning.\n",
        id="menu-run-middle",
    ),
    pytest.param(
        # Found by fuzz/clean_atheris.py: rejoin writes the tab as a space, so an entry
        # that was none in the input became one in the output (clean was not idempotent).
        "Home\nNews\tand views\nSport\nWeather\nThe council met on Monday to discuss the budget.",
        ["navigation.menu_run"] * 4,
        "The council met on Monday to discuss the budget.\n",
        id="menu-run-tab-between-words",
    ),
    pytest.param(
        "Home\n\nNews\n\nSport\n\nWeather\n\nThe council met on Monday to discuss the budget.",
        ["navigation.menu_run"] * 4,
        "The council met on Monday to discuss the budget.\n",
        id="menu-run-blank-lines",
    ),
    pytest.param(
        "Ingredients\nFlour\nSugar\nEggs\nButter\nMix them all together in a large bowl.",
        [],
        "Ingredients\n\nFlour\n\nSugar\n\nEggs\n\nButter\n\n"
        "Mix them all together in a large bowl.\n",
        id="ingredients-not-a-menu",
    ),
    pytest.param(
        "The guide ends here.\nPrevious\nInstalling Ferrule\nNext\nConfiguring Ferrule",
        ["navigation.pager"] * 4,
        "The guide ends here.\n",
        id="pager",
    ),
    pytest.param(
        "The guide ends here.\nNext\nA sentence that ends here.",
        [],
        "The guide ends here.\n\nNext\n\nA sentence that ends here.\n",
        id="next-before-a-sentence",
    ),
    pytest.param(
        "Politics\nHeadline about the budget\nThe council met on Monday to discuss the budget.",
        ["navigation.section_label"],
        "Headline about the budget\n\nThe council met on Monday to discuss the budget.\n",
        id="section-label-first-line",
    ),
    pytest.param(
        "The council met on Monday.\nPolitics\nIt voted on Tuesday.",
        [],
        "The council met on Monday.\n\nPolitics\n\nIt voted on Tuesday.\n",
        id="section-name-mid-text",
    ),
    pytest.param(
        "Politics",
        [],
        "Politics\n",
        id="section-name-alone",
    ),
    pytest.param(
        "HomeLatest News Council Approves The Budget\nCouncil Approves The Budget\n"
        "The council met on Monday.",
        ["navigation.breadcrumb"],
        "Council Approves The Budget\n\nThe council met on Monday.\n",
        id="glued-trail-above-headline",
    ),
    pytest.param(
        "The mayor said: Council approves the budget\nCouncil approves the budget\n"
        "The council met on Monday.",
        [],
        "The mayor said: Council approves the budget\n\nCouncil approves the budget\n\n"
        "The council met on Monday.\n",
        id="quoted-title-is-no-trail",
    ),
    pytest.param(
        "The council met on Monday.\nPrivacy\nTerms\nIt voted on Tuesday.",
        ["footers.link", "footers.link"],
        "The council met on Monday.\n\nIt voted on Tuesday.\n",
        id="footer-words-together",
    ),
    pytest.param(
        "The council met on Monday.\n© 2026 Example Media Ltd. All rights reserved.\n"
        "Privacy\nTerms",
        ["footers.copyright", "footers.link", "footers.link"],
        "The council met on Monday.\n",
        id="footer-block",
    ),
]


@pytest.mark.parametrize(("text", "rules", "cleaned"), CONTEXT)
def test_context(text: str, rules: list[str], cleaned: str) -> None:
    result = cleaner.clean_and_explain(text)
    assert [r.key for r in result.removals] == rules
    assert result.text == cleaned


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Home\nNews\nSport\nWeather\nCouncil approves budget\n"
            "The council met on Monday to discuss the budget.",
            ["Council approves budget"],
        ),
        (
            "Sport\nCity won.\nFans cheered.\nThe match ended 2-1 after a late goal.",
            ["City won.", "Fans cheered."],
        ),
        (
            "The meeting ran late into the night.\nNews\nSport\nTravel\nWeather\nShe stayed.",
            ["She stayed."],
        ),
    ],
    ids=["headline-after-menu", "short-sentences-at-top", "short-sentence-after-menu"],
)
def test_menu_run_keeps_prose(text: str, kept: list[str]) -> None:
    cleaned = cleaner.clean(text)
    assert [line for line in kept if line not in cleaned] == []


def test_custom_rules_for_each_family() -> None:
    config = validate_config(
        {
            "custom": {
                "cookie_notices": {"phrases": ["Nur notwendige"]},
                "navigation": {"patterns": [r"Zur Startseite"]},
                "footers": {"phrases": ["Impressum und Datenschutz"]},
            }
        }
    )
    text = "The council met.\nNur notwendige\nZur Startseite\nImpressum und Datenschutz\nIt voted."
    assert keys(text, config) == [
        "cookie_notices.custom_phrase",
        "navigation.custom_pattern",
        "footers.custom_phrase",
    ]


# Trust links beside the article: (line, rule or None).
TRUST_LINKS = [
    ("Report a correction", "footers.link"),
    ("Report an error", "footers.link"),
    ("Suggest a correction", "footers.link"),
    ("Our editorial policy", "footers.link"),
    ("Editorial standards", "footers.link"),
    ("Corrections policy", "footers.link"),
    ("Our Standards: The Thomson Reuters Trust Principles.", "footers.link"),
    ("Signaler une erreur", "footers.link"),
    ("Сообщить об ошибке", "footers.link"),
    ("我要纠错", "footers.link"),
    ("Our standards have fallen, the mayor said on Monday.", None),
    ("She asked readers to report an error if they found one in the list.", None),
    ("Editorial standards: the paper's board met on Monday to review them all.", None),
]


@pytest.mark.parametrize(("line", "rule"), TRUST_LINKS, ids=[row[0] for row in TRUST_LINKS])
def test_trust_links(line: str, rule: str | None) -> None:
    assert_verdict(line, rule)

"""browser_furniture: widgets, image placeholders and link lists drawn by lynx and w3m."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import cleaner
from cleaner import Doc, Pipeline
from cleaner.filters import furniture as furniture_module
from cleaner.filters.furniture import is_prose

ABOVE = "   The council met on Monday and voted to widen the bridge over the river."
BELOW = "   It will vote again on the budget for the new bridge on Tuesday evening."


def removals(text: str) -> list[tuple[str, str]]:
    """(rule key, evidence) of every removal the browser_furniture filter makes."""
    result = cleaner.clean_and_explain(text)
    return [(r.key, r.evidence) for r in result.removals if r.filter == "browser_furniture"]


# (line between two sentences of a lynx dump, the rule that removes it whole, or
# None: the line keeps its text)
LINES = [
    ("   [INS: :INS]", "browser_furniture.ad_slot"),
    ("                                           [INS: :INS]", "browser_furniture.ad_slot"),
    ("   (BUTTON) Subscribe", "browser_furniture.form_line"),
    ("   (BUTTON)", "browser_furniture.form_line"),
    ("   (BUTTON) Close share panel", "browser_furniture.form_line"),
    ("     * (BUTTON) Share to facebook", "browser_furniture.form_line"),
    ("   ____________________ (BUTTON) Search→", "browser_furniture.form_line"),
    ("   [Select Month__]", "browser_furniture.form_line"),
    ("   [- Menu -___________________________]", "browser_furniture.form_line"),
    ("   [BUTTON Input] (not implemented)______", "browser_furniture.form_line"),
    (
        "   [ ] Save my name, email, and website in this browser for the next time I comment.",
        "browser_furniture.form_line",
    ),
    (
        "   [ ] I agree to the processing of my personal data for the purpose of creating a",
        "browser_furniture.form_line",
    ),
    ("   [X] Remember me", "browser_furniture.form_line"),
    ("     * ( ) English", "browser_furniture.form_line"),
    ("   (*) Gaming ( ) Workstation", "browser_furniture.form_line"),
    ("   [logo.png]", "browser_furniture.image"),
    ("   [IMG]", "browser_furniture.image"),
    (
        "   [https://m.wsj.net/video/20191119/clip/clip_167x94.jpg]",
        "browser_furniture.image",
    ),
    ("   [GettyImages-1079941752.jpg?w=600]", "browser_furniture.image"),
    (
        "   [Social-Facebook-34.png] [Social-Twitter-34.png] [Email.png]",
        "browser_furniture.image",
    ),
    ("   [yH5BAEAAAAALAAAAAABAAEAAAIBRAA7]", "browser_furniture.image"),
    ("   [p?c1=2&amp;c2=14194541&amp;cv=2.0&amp;cj=1]", "browser_furniture.image"),
    ("   [tr?id=1730128020581377&amp;ev=PageView&amp;noscript=1]", "browser_furniture.image"),
    (
        "   [gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==]",
        "browser_furniture.image",
    ),
    ("   IFRAME: //www.googletagmanager.com/ns.html?id=GTM-NQ76WL", "browser_furniture.iframe"),
    ("   IFRAME: https://www.youtube.com/embed/AEyOoZ7JpyY", "browser_furniture.iframe"),
    # Look-alikes that are text.
    ("   [1] Alarm fatigue: impacts on patient safety, Ruskin KJ. Curr Opin Anaesthesiol.", None),
    ("   The term [sic] appears in the original letter from the mayor.", None),
    ("   The form asks for a name (required) and an address (optional).", None),
    ("   Press the button marked ( ) twice.", None),
    ("o", None),
    ("   She called it a [big] mistake.", None),
    ("   Who said [what?] and why [x=1]?", None),
]


@pytest.mark.parametrize(("line", "rule"), LINES, ids=[row[0].strip() for row in LINES])
def test_line(line: str, rule: str | None) -> None:
    found = removals(f"{ABOVE}\n{line}\n{BELOW}\n")
    if rule is None:
        assert found == []
        assert line.strip() in cleaner.clean(f"{ABOVE}\n\n{line}\n\n{BELOW}\n")
    else:
        assert found == [(rule, line)]


# (line, removed spans, text kept): a marker inside prose goes alone.
SPANS = [
    (
        "   [ ] ‘Excessive force and police brutality have accelerated these protests.’",
        ["[ ]"],
        "‘Excessive force and police brutality have accelerated these protests.’",
    ),
    (
        "   The council met on Monday. [INS: :INS]",
        ["[INS: :INS]"],
        "The council met on Monday.",
    ),
    (
        "   [INS: :INS] The council met on Monday.",
        ["[INS: :INS]"],
        "The council met on Monday.",
    ),
    (
        "   Apple's 16-inch MacBook Pro [33622-59478-Logic-Pro-X-on-MacBook-Pro-l.jpg]",
        ["[33622-59478-Logic-Pro-X-on-MacBook-Pro-l.jpg]"],
        "Apple's 16-inch MacBook Pro",
    ),
    (
        "   New Horizons took this image of the icy moon Europa rising above the clouds (BUTTON)",
        ["(BUTTON)"],
        "New Horizons took this image of the icy moon Europa rising above the clouds",
    ),
]


@pytest.mark.parametrize(("line", "spans", "kept"), SPANS, ids=[row[2][:40] for row in SPANS])
def test_marker_inside_prose(line: str, spans: list[str], kept: str) -> None:
    found = removals(f"{line}\n")
    assert [evidence for _, evidence in found] == spans
    assert cleaner.clean(f"{line}\n").strip() == kept


def test_button_text_goes_to_the_other_filters() -> None:
    """Without its marker, "Want more deals? Join ..." is a newsletter prompt for widgets."""
    result = cleaner.clean_and_explain(
        f"{ABOVE}\n   (BUTTON) Want more deals? Join the IGN Deals Newsletter.\n{BELOW}\n"
    )
    assert "Join the IGN" not in result.text
    assert {r.key for r in result.removals} == {
        "browser_furniture.widget",
        "widgets.newsletter",
    }


def test_placeholder_wrapped_over_two_lines() -> None:
    text = (
        "   [ps4.jpg?width=640&amp;fit=bounds&amp;height=480&amp;quality=20&amp;dpr=0.0\n"
        "   5] The price of one of the PS4 controllers has dropped to Black Friday levels.\n"
    )
    assert cleaner.clean(text) == (
        "The price of one of the PS4 controllers has dropped to Black Friday levels.\n"
    )


def test_placeholder_closed_on_the_next_line() -> None:
    text = "   [switch.jpg?width=640&amp;dpr=0.05\n   ] After a long wait, the console is back.\n"
    assert cleaner.clean(text) == "After a long wait, the console is back.\n"


def test_markdown_icon_link_is_no_select_box() -> None:
    assert removals("  * [ __](mailto:?subject=News)\n") == []


def test_iframe_address_wrapped_over_lines() -> None:
    text = (
        "   IFRAME:\n"
        "   http://www.facebook.com/plugins/like.php?href=http%3A%2F%2Fwww.example.com%2F2018%2F1\n"
        "   0%2F09%2Fbreaking-news%2F&layout=button_count&show_faces=false&width=1000&height=2\n"
        "   1\n"
        "\n"
        "   The council met.\n"
    )
    assert cleaner.clean(text) == "The council met.\n"


def test_link_numbers_and_references() -> None:
    """lynx without -nolist: "[12]Home" markers and a trailing list of addresses."""
    text = (
        "   [1]Home [2]World [3]Sport\n\n"
        "   The council met on Monday, said the [4]mayor, and voted to widen the bridge.\n\n"
        "References\n\n"
        "   1. https://example.com/\n"
        "   2. https://example.com/world\n"
        "   3. https://example.com/sport\n"
        "   4. https://example.com/mayor\n"
    )
    result = cleaner.clean_and_explain(text)
    assert result.text == (
        "The council met on Monday, said the mayor, and voted to widen the bridge.\n"
    )
    keys = [r.key for r in result.removals if r.filter == "browser_furniture"]
    assert keys.count("browser_furniture.link_number") == 4
    assert keys.count("browser_furniture.link_list") == 5


def test_numbered_addresses_inside_an_article_stay() -> None:
    text = (
        "References\n\n1. https://example.com/report\n\n"
        "The report was published in May and read widely by the council.\n"
    )
    assert removals(text) == []


def test_citations_are_no_link_numbers() -> None:
    text = "The town[2] grew. [3] Smith, History. The river[4], the bridge[5] and the mill[6].\n"
    assert removals(text) == []


@pytest.mark.parametrize(
    "line", ["   Name(required) ____________________", "   ____________________"]
)
def test_text_fields_in_a_dump(line: str) -> None:
    """A run of underscores is a text field where the page is a text browser's dump."""
    found = removals(f"   (BUTTON) Menu\n{ABOVE}\n{line}\n{BELOW}\n")
    assert ("browser_furniture.form_line", line) in found


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("   The council voted on the plan Search______________ and then went home.", "Search"),
        ("   The council voted on the plan ____________________Email and then went home.", "Email"),
    ],
)
def test_a_text_field_goes_with_the_value_drawn_in_it(line: str, field: str) -> None:
    """lynx draws a field's value in its underscores ("Search______"): the field is the whole word.

    Cutting out the underscores alone left part of a word, which the input never
    had as a word of its own ("(BUTTON)________0)..." gave "0)..."; found by
    fuzz/clean_atheris.py).
    """
    found = removals(f"   (BUTTON) Menu\n{ABOVE}\n{line}\n{BELOW}\n")
    assert [e for k, e in found if k == "browser_furniture.widget"] == [
        next(word for word in line.split() if field in word)
    ]


def test_underscores_outside_a_dump_are_the_authors() -> None:
    """A rule of underscores in extracted text stays: no text browser drew it."""
    text = "The plan has four steps.\n______________________________\nEric is our deals editor.\n"
    assert removals(text) == []


def test_find_directly_defers_wordless_lines() -> None:
    """A lone bullet waits for the next round when the first look removes something else.

    Then main_content has judged the page; alone, the bullet goes at once.
    """
    furniture = next(f for f in Pipeline.from_config().filters if f.name == "browser_furniture")
    doc = Doc.from_text("   (BUTTON) Menu\n     *\nThe council met.\n")
    assert [r.key for r in furniture.find(doc)] == ["browser_furniture.form_line"]
    assert [r.key for r in furniture.find(doc)] == [
        "browser_furniture.form_line",
        "browser_furniture.bullet",
    ]
    alone = Doc.from_text("     *\n   [INS: :INS]\nThe council met.\n")
    assert [r.key for r in furniture.find(alone)] == [
        "browser_furniture.bullet",
        "browser_furniture.ad_slot",
    ]


@pytest.mark.parametrize("line", ["     *", "          +", "             o", "   •"])
def test_lone_bullets_in_a_dump(line: str) -> None:
    found = removals(f"   (BUTTON) Menu\n{ABOVE}\n{line}\n{BELOW}\n")
    assert ("browser_furniture.bullet", line) in found


def test_lone_bullets_elsewhere_wait_for_a_later_round() -> None:
    """inscriptis writes a list item's bullet alone above its text.

    main_content must not count it as chrome, so it goes only in a later round,
    and stays where nothing else was removed. "+" and "#" outside a dump may be
    text cut into nodes.
    """
    assert removals(f"{ABOVE}\n     *\n{BELOW}\n") == []
    page = f"Advertisement\n{ABOVE}\n     *\n     #\n     +\n{BELOW}\n"
    assert removals(page) == [("browser_furniture.bullet", "     *")]


@pytest.mark.parametrize(
    ("text", "prose"),
    [
        ("Close share panel", False),
        ("Subscribe", False),
        ("Want more deals? Join the IGN Deals Newsletter.", True),
        ("Video shows dramatic rescue of the kidnapped girl from a car", True),
        ("検索", False),
        ("香港特区政府昨日宣布将在明年推出新的房屋政策以回应市民诉求", True),
    ],
)
def test_is_prose(text: str, prose: bool) -> None:
    assert is_prose(text) is prose


@given(st.text(alphabet="[]()_* BUTONxa.", max_size=30))
def test_the_cheap_hint_agrees_with_its_pattern(text: str) -> None:
    assert furniture_module._has_hint(text) == bool(furniture_module._HINT_RE.search(text))


@given(st.text(alphabet="()[]BUTONIFRAMES: \n", max_size=40))
def test_the_dump_sign_check_agrees_with_its_pattern(text: str) -> None:
    expected = bool(furniture_module._DUMP_SIGN_RE.search(text))
    assert furniture_module._has_dump_sign(text) == expected


@pytest.mark.parametrize(
    ("line", "removed"),
    [
        ("   nintendo-switch-lite.jpg nintendo-switch-lite.jpg", True),
        ("   npds-endpage-for-podcast.png", True),
        ("   010_Clymer-1 010_Clymer-1", True),
        ("Shy owl Shy owl", True),
        ("   US-ENTERTAINMENT-CINEMA-DISNEY-D23", True),
        ("     * landscape-tablet-and-medium-wide-browser", True),
        ("   state-of-the-art", False),
        ("   Walla Walla", False),
        ("   See the photo.jpg above.", False),
        ("   Ha ha, ha ha", False),
    ],
    ids=[
        "file-twice",
        "file",
        "slug-twice",
        "alt-twice",
        "slug",
        "slug-item",
        "compound",
        "town",
        "sentence",
        "laugh",
    ],
)
def test_images_without_brackets_in_a_dump(line: str, removed: bool) -> None:
    """An image inside a link shows as its file name or alt text, a lazy one twice."""
    found = removals(f"   (BUTTON) Menu\n{ABOVE}\n{line}\n{BELOW}\n")
    assert (("browser_furniture.image", line) in found) is removed


def test_images_without_brackets_outside_a_dump_stay() -> None:
    assert removals(f"{ABOVE}\nShy owl Shy owl\n{BELOW}\n") == []

"""bylines: stand-alone bylines, credit lines and source lines."""

from __future__ import annotations

import dataclasses
import importlib
from typing import Any

import pytest
import regex

import cleaner
from cleaner import CleanerConfig, Doc, Pipeline
from cleaner.config import validate_config
from tests.filters import assert_verdict

bylines_module = importlib.import_module("cleaner.filters.bylines")


def keys(text: str, config: CleanerConfig | None = None) -> list[str]:
    return [r.key for r in cleaner.clean_and_explain(text, config).removals]


def bylines() -> cleaner.Filter:
    return next(f for f in Pipeline.from_config().filters if f.name == "bylines")


def first(row: Any) -> str:
    """The first value of a table row, plain or `pytest.param`, for its test id."""
    return str(getattr(row, "values", row)[0])


ROWS = [
    # A name or an agency beside a date, with or without a dash.
    ("Chris Davies - Nov 19, 2019, 10:31 pm CST", "bylines.byline"),
    ("Reuters November 18, 2019 11:03 PM", "bylines.byline"),
    ("Associated Press November 19, 2019, 9:02 AM", "bylines.byline"),
    ("The council - November 18, 2019", None),
    ("Apple November sales rose 5 percent", None),
    ("By Jane Doe", "bylines.byline"),
    ("By JANE DOE", "bylines.byline"),
    ("By Staff Writer, Reuters", "bylines.byline"),
    ("By Jane Doe and John Roe", "bylines.byline"),
    ("Written by Jane Doe", "bylines.byline"),
    ("Posted by Jane Doe on November 19, 2019", "bylines.byline"),
    ("Von Moritz Bachmann", "bylines.byline"),
    ("Von Moritz Bachmann publiziert am 30. Juli 2018", "bylines.byline"),
    ("Par Jean Dupont", "bylines.byline"),
    ("Publicado por: Clarissa Borba", "bylines.byline"),
    ("Di Marco Rossi", "bylines.byline"),
    ("Door Jan de Vries", "bylines.byline"),
    ("Oleh Budi Santoso", "bylines.byline"),
    ("Von Berlin nach Paris", None),
    ("Von Montag an gilt die neue Regel.", None),
    ("Por favor, cierre la puerta.", None),
    ("Posted by Jane Doe in Travel and Leisure", None),
    ("05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde - Tags: sad", "bylines.byline"),
    ("November 19, 2019 | By Jane Doe | Category: Travel", "bylines.byline"),
    ("Jane Doe - Category: Travel - Tags: ferries", None),
    ("Monday - Tuesday - Wednesday", None),
    ("Author: Jane Doe", "bylines.byline"),
    ("By Jane Doe, @janedoe", "bylines.byline"),
    pytest.param(
        "By Jane Doe | @janedoe",
        "bylines.byline",
    ),
    ("Reporting by Jane Doe; Editing by John Roe", "bylines.byline"),
    ("(Reporting by Jane Doe; editing by John Roe)", "bylines.byline"),
    (
        "Reporting by Jane Doe; additional reporting by Ann Lee, Bo Chan and Cy Diaz; "
        "Editing by John Roe",
        "bylines.byline",
    ),
    (
        "(Reporting by Jane Doe, John Roe, Ann Lee, with reporting by Bo Chan and Cy Diaz, "
        "editing by Dee Fox.)",
        "bylines.byline",
    ),
    (
        "Associated Press writers Jane Doe, John Roe, Ann Lee, Bo Chan, Cy Diaz, Dee Fox and "
        "Eve Gray contributed to this report from Washington and New York.",
        None,
    ),
    (
        "Associated Press writers Jane Doe, John Roe, Ann Lee, Bo Chan, Cy Diaz, Dee Fox and "
        "Eve Gray contributed to this report.",
        "bylines.credit",
    ),
    ("Jane Doe contributed to this report.", "bylines.credit"),
    ("Write to Jane Doe at jane.doe@example.com", "bylines.contact"),
    (
        "Email Jane Doe at jdoe@example.com or follow her @janedoe. Follow us on Twitter.",
        "bylines.contact",
    ),
    ("Reach the reporters on Twitter at https://twitter.com/janedoe", "bylines.contact"),
    ("Contact the council at the town hall for details.", None),
    ("Write to your MP at once, the campaign urged.", None),
    ("Many people contributed to the report, which took two years.", None),
    ("Experts from Oxford and Cambridge contributed to the study.", None),
    ("Posted on November 19, 2026 by Nell Okafor", "bylines.byline"),
    ("By Jane Doe | Updated November 24, 2026", "bylines.byline"),
    ("By Amy Kuperinsky | NJ Advance Media for NJ.com", "bylines.byline"),
    ("By Jane Doe for The Times", "bylines.byline"),
    ("By Monday for Christmas, the shops were empty.", None),
    ("By Jane Doe | the council met today", None),
    ("By Jane Doe, Reuters | November 24, 2026", "bylines.byline"),
    ("- South China Morning Post", "bylines.source_line"),
    ("— Reuters", "bylines.source_line"),
    ("- The Guardian", "bylines.source_line"),
    ("By the time the ferry docked, the storm had passed.", None),
    ("By 1950 the village had lost half of its population.", None),
    ("By contrast, the north stayed dry all summer.", None),
    ("Written by hand, the letter was hard to read.", None),
    ("South China Morning Post", None),  # a bare name is a source only beside a date
    ("- Jane Doe", None),  # a dashed name without a news word, and no date beside it
    ("Jane Doe", None),
]


@pytest.mark.parametrize(("line", "rule"), ROWS, ids=[first(r) for r in ROWS])
def test_line(line: str, rule: str | None) -> None:
    assert_verdict(line, rule)


@pytest.mark.parametrize(
    ("text", "rules", "cleaned"),
    [
        pytest.param(
            "The council met.\nSouth China Morning Post\n4 minutes ago\nIt voted.",
            ["bylines.source_line", "timestamps.relative_time"],
            "The council met.\n\nIt voted.\n",
            id="bare-name-above-date",
        ),
        pytest.param(
            "The council met.\n- Jane Doe\n4 minutes ago\nIt voted.",
            ["bylines.source_line", "timestamps.relative_time"],
            "The council met.\n\nIt voted.\n",
            id="dashed-name-beside-date",
        ),
        pytest.param(
            "Shopping list\n- Flour\n- Eggs",
            [],
            "Shopping list\n\n- Flour\n- Eggs\n",
            id="list-items-are-not-sources",
        ),
        pytest.param(
            "The council met.\nAbout Brigit Katz\n\nBrigit Katz is a freelance writer in"
            "\nToronto\n. Her work has appeared in many papers.\nRead more",
            ["bylines.author_box"] * 4 + ["related_links.heading"],
            "The council met.\n",
            id="author-box-heading-and-bio-cut-at-a-link",
        ),
        pytest.param(
            "Über Moritz Bachmann\nAls Sales Manager bildet Moritz Bachmann die Schnittstelle.",
            ["bylines.author_box"] * 2,
            "",
            id="author-box-german",
        ),
        pytest.param(
            "The council met.\nSobre\nCarlos Nadalim\nPai de dois, Carlos Nadalim ensina pais.",
            ["bylines.author_box"] * 3,
            "The council met.\n",
            id="author-box-label-cut-from-its-name",
        ),
        pytest.param(
            "The council met.\n\nAbout Ann Lee\n\nAnn Lee\n\nAnn Lee writes about schools.",
            ["bylines.author_box"] * 3,
            "The council met.\n",
            id="author-box-with-the-photo-s-alt-text",
        ),
        pytest.param(
            "O museu abriu.\nSobre\nAna Lima\nO museu abriu em 1990.",
            [],
            "O museu abriu.\n\nSobre\n\nAna Lima\n\nO museu abriu em 1990.\n",
            id="a-label-and-a-name-without-a-bio",
        ),
        pytest.param(
            "About Ann Lee\nThe museum opened in 1990.",
            [],
            "About Ann Lee\n\nThe museum opened in 1990.\n",
            id="about-a-name-the-next-paragraph-does-not-repeat",
        ),
        pytest.param(
            "About Kenya\nKenya is a country in East Africa.",
            [],
            "About Kenya\n\nKenya is a country in East Africa.\n",
            id="about-one-word-is-a-subheading",
        ),
    ],
)
def test_context(text: str, rules: list[str], cleaned: str) -> None:
    result = cleaner.clean_and_explain(text)
    assert [r.key for r in result.removals] == rules
    assert result.text == cleaned


def test_find_directly() -> None:
    doc = Doc.from_text("By Jane Doe\nBy the time the ferry docked, the storm had passed.")
    assert [(r.rule, r.evidence) for r in bylines().find(doc)] == [("byline", "By Jane Doe")]


def test_an_author_box_s_bio_runs_on_over_a_dump_s_wrap() -> None:
    # German capitalises nouns: only the dump's wrap says that "Online-Marketing" goes on.
    text = (
        "Über Moritz Bachmann\n\n"
        "   Als Inbound Sales Manager bildet Moritz Bachmann die Schnittstelle zwischen dem\n"
        "   Online-Marketing und dem Bereich Sales bei comwrap. Nach der Ausbildung zum\n"
        "   Kaufmann entschied er sich für ein Studium.\n\n"
        "   Weitere Artikel"
    )
    doc = dataclasses.replace(Doc.from_text(text), wrap=86)
    found = [doc.text[r.start : r.end].strip() for r in bylines().find(doc)]
    assert found[0] == "Über Moritz Bachmann"
    assert found[-1] == "Kaufmann entschied er sich für ein Studium."


def test_custom_phrase() -> None:
    config = validate_config({"custom": {"bylines": {"patterns": [r"Von \w+ \w+"]}}})
    assert keys("Von Jana Schmidt\nThe council met.", config) == ["bylines.custom_pattern"]


# --- Cheap rejections that stand for the patterns -------------------------------

# Every character, one after another (no surrogates), to find what a pattern takes.
ALL_CHARACTERS = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)


def test_case_insensitive_hint_letters_fold_to_themselves() -> None:
    # A line is rejected when its folded text lacks "by", "author" and "reporter";
    # that is safe only if every character the (?i) pattern takes for one of their
    # letters case-folds to that letter.
    for letter in sorted(set("byauthorreporter")):
        taken = regex.findall(f"(?i){letter}", ALL_CHARACTERS)
        assert {c.casefold() for c in taken} == {letter}, letter

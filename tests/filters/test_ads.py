"""ad_markers: ad labels alone on a line, or between two sentences of a line."""

from __future__ import annotations

import pytest

import cleaner
from cleaner import CleanerConfig, Doc, Pipeline, apply_removals
from cleaner.config import validate_config
from tests.filters import assert_verdict


def keys(text: str, config: CleanerConfig | None = None) -> list[str]:
    return [r.key for r in cleaner.clean_and_explain(text, config).removals]


def ad_markers(config: CleanerConfig | None = None) -> cleaner.Filter:
    return next(f for f in Pipeline.from_config(config).filters if f.name == "ad_markers")


# (line, "filter.rule" that removes it, or None: the line is prose and is kept)
ROWS = [
    ("Advertisement", "ad_markers.label_line"),
    ("ADVERTISEMENT", "ad_markers.label_line"),
    ("- Advertisement -", "ad_markers.label_line"),
    ("  Advertisement  ", "ad_markers.label_line"),
    ("Story continues below advertisement", "ad_markers.label_line"),
    ("Article continues below advertisement", "ad_markers.label_line"),
    ("Sponsored", "ad_markers.label_line"),
    ("Promoted content", "ad_markers.label_line"),
    ("Report this ad", "ad_markers.label_line"),
    ("Advertisement - Scroll to continue", "ad_markers.label_line"),
    ("The advertisement ran in 1984 and was pulled after a week.", None),
    ("Advertisement spending fell sharply during the second quarter.", None),
    ("Sponsored by the local library, the reading club meets every Thursday.", None),
    ("Ad hoc committees met twice a week during the summer.", None),
    ("Promoted to captain, she led the team to the final.", None),
    ("A worrying trend. advertisement is a word in this sentence.", None),
]


@pytest.mark.parametrize(("line", "rule"), ROWS, ids=[row[0] for row in ROWS])
def test_line(line: str, rule: str | None) -> None:
    assert_verdict(line, rule)


@pytest.mark.parametrize(("line", "rule"), ROWS, ids=[row[0] for row in ROWS])
def test_find_directly(line: str, rule: str | None) -> None:
    found = [(r.filter, r.rule) for r in ad_markers().find(Doc.from_text(line))]
    expected = [tuple(rule.split("."))] if rule else []
    assert found == expected


# (text, removed evidence, cleaned text): a label between two sentences of one
# line becomes a paragraph break; a label ending the line just goes.
INLINE = [
    (
        "A worrying trend. Advertisement The government has announced a subsidy.",
        " Advertisement ",
        "A worrying trend.\n\nThe government has announced a subsidy.\n",
    ),
    (
        "Families save for care and medical expenses. Advertisement",
        " Advertisement",
        "Families save for care and medical expenses.\n",
    ),
    (
        "Rents rose again. Story continues below advertisement Tenants protested.",
        " Story continues below advertisement ",
        "Rents rose again.\n\nTenants protested.\n",
    ),
    (
        'He said "no." Advertisement "Yes," she said.',
        " Advertisement ",
        'He said "no."\n\n"Yes," she said.\n',
    ),
    (
        "It rained. ADVERTISEMENT It stopped. Advertisement Then it rained again.",
        None,
        "It rained.\n\nIt stopped.\n\nThen it rained again.\n",
    ),
]


@pytest.mark.parametrize(("text", "evidence", "cleaned"), INLINE, ids=[r[2][:20] for r in INLINE])
def test_inline_label(text: str, evidence: str | None, cleaned: str) -> None:
    result = cleaner.clean_and_explain(text)
    assert {r.key for r in result.removals} == {"ad_markers.inline_label"}
    assert all(r.paragraph_break for r in result.removals)
    if evidence is not None:
        assert [r.evidence for r in result.removals] == [evidence]
    assert result.text == cleaned


@pytest.mark.parametrize(
    "text",
    [
        "A worrying trend. advertisement The government said.",  # lower case: a word
        "The Advertisement Standards Authority ruled on Monday.",  # no sentence end before
        "It was an Advertisement. The end.",  # the word ends a sentence
        "A trend. Advertisement the government said.",  # no sentence starts after
    ],
    ids=["lower-case", "no-sentence-end-before", "ends-sentence", "lower-case-after"],
)
def test_inline_keep(text: str) -> None:
    assert keys(text) == []
    assert cleaner.clean(text) == text + "\n"


def test_inline_without_rejoin_is_a_paragraph_break_in_place() -> None:
    config = CleanerConfig(rejoin={"enabled": False})
    text = "Rents rose. Advertisement Tenants protested.\nNext line."
    result = cleaner.clean_and_explain(text, config)
    assert result.text == "Rents rose.\n\nTenants protested.\nNext line."
    assert result.text == apply_removals(text, result.removals)


CUSTOM = validate_config(
    {"custom": {"ad_markers": {"phrases": ["Anzeige"], "patterns": [r"Promoted by \w+"]}}}
)


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Anzeige", "ad_markers.custom_phrase"),
        ("  ANZEIGE:  ", "ad_markers.custom_phrase"),
        ("Promoted by Acme", "ad_markers.custom_pattern"),
        ("promoted by acme", "ad_markers.custom_pattern"),  # case is ignored
        ("Advertisement", "ad_markers.label_line"),
        ("Promoted by Acme and friends", None),  # a pattern matches the whole line only
        ("Die Anzeige erschien am Montag.", None),
    ],
    ids=["phrase", "phrase-decorated", "pattern", "pattern-case", "builtin", "partial", "prose"],
)
def test_custom_rules(line: str, rule: str | None) -> None:
    assert keys(f"The council met.\n{line}\nIt voted.", CUSTOM) == ([rule] if rule else [])


def test_custom_phrase_wins_over_builtin_rule() -> None:
    config = validate_config({"custom": {"ad_markers": {"phrases": ["advertisement"]}}})
    assert keys("Advertisement\nThe council met.", config) == ["ad_markers.custom_phrase"]


def test_custom_patterns_that_backtracked_run_in_linear_time() -> None:
    # Under Python's `regex`, '(x|xx)+y' backtracked without end on a line of x's
    # and stopped the run; the `regex` crate settles each line in one pass.
    config = validate_config({"custom": {"ad_markers": {"patterns": ["(x|xx)+y", "(x+x+)+z?"]}}})
    xs = "x" * 20_000
    text = f"The council met.\n{xs}\n{xs}y\n{xs}yy\nIt voted."
    assert keys(text, config) == ["ad_markers.custom_pattern"] * 2


# (line, removed label, kept text): a label glued to the first word of a paragraph.
LEADING = [
    (
        "Advertisement The council said it would widen the bridge next year.",
        "Advertisement ",
        "The council said it would widen the bridge next year.",
    ),
    (
        "ADVERTISEMENT The council said it would widen the bridge next year.",
        "ADVERTISEMENT ",
        "The council said it would widen the bridge next year.",
    ),
    (
        "Anzeige Der Rat hat am Montag beschlossen, die Brücke zu verbreitern.",
        "Anzeige ",
        "Der Rat hat am Montag beschlossen, die Brücke zu verbreitern.",
    ),
    (
        "Publicité – Le conseil a voté lundi pour élargir le pont sur la rivière.",
        "Publicité – ",
        "Le conseil a voté lundi pour élargir le pont sur la rivière.",
    ),
]


@pytest.mark.parametrize(("line", "label", "kept"), LEADING, ids=[row[1] for row in LEADING])
def test_label_glued_to_a_paragraph(line: str, label: str, kept: str) -> None:
    result = cleaner.clean_and_explain(line)
    assert [(r.key, r.evidence) for r in result.removals] == [("ad_markers.leading_label", label)]
    assert result.text == kept + "\n"


NOT_LEADING = [
    "Advertisement Standards rose.",
    "Advertising Standards Authority officials said the campaign broke the rules.",
    "Ad hoc committees met twice a week during the summer.",
    "Promoted to captain, she led the team to the final last season.",
    "Advertisement spending fell sharply during the second quarter of the year.",
    "Sponsored by the local library, the reading club meets every Thursday.",
]


@pytest.mark.parametrize("line", NOT_LEADING)
def test_sentence_that_opens_with_a_label_word_stays(line: str) -> None:
    assert cleaner.clean(line) == line + "\n"


SPONSOR = [
    ("SPONSORED BY", "ad_markers.sponsor_label"),
    ("Sponsored by:", "ad_markers.sponsor_label"),
    ("Presented by", "ad_markers.sponsor_label"),
    ("Presented by Acme Bank", "ad_markers.sponsor_label"),
    ("SPONSORED BY ACME BANK", "ad_markers.sponsor_label"),
    ("Brought to you by Acme", "ad_markers.sponsor_label"),
    ("In partnership with Acme & Sons", "ad_markers.sponsor_label"),
    ("Presented by the mayor, the plan won wide support.", None),
    ("The company presented by its chief executive a plan to cut costs.", None),
    ("Supported by a grant, the study ran for two years.", None),
]


@pytest.mark.parametrize(("line", "rule"), SPONSOR, ids=[row[0] for row in SPONSOR])
def test_sponsor_label(line: str, rule: str | None) -> None:
    assert_verdict(line, rule)


def test_sponsor_block_under_a_bare_label() -> None:
    """A newsletter's "SPONSORED BY" takes the short ad paragraph under it."""
    text = (
        "Good morning. The council meets today.\n\n"
        "SPONSORED BY\n"
        "Acme Bank helps small firms grow. Open an account in minutes.\n\n"
        "The budget vote is expected at noon, officials said.\n"
    )
    result = cleaner.clean_and_explain(text)
    assert [r.key for r in result.removals] == [
        "ad_markers.sponsor_label",
        "ad_markers.sponsor_block",
    ]
    assert "Acme" not in result.text


@pytest.mark.parametrize(
    "text",
    [
        # The sponsor is named: the paragraph below is the newsletter's own.
        "Sponsored by Acme Bank\nThe council meets today at noon.\n\nMore news follows.\n",
        # A long block under the label is left alone.
        "SPONSORED BY\n" + "The council met. " * 40 + "\n\nMore news follows.\n",
        # The label closes the text: nothing of a newsletter after it.
        "SPONSORED BY\nAcme Bank helps small firms grow.\n",
    ],
    ids=["named", "long", "at-the-end"],
)
def test_sponsor_block_left_alone(text: str) -> None:
    result = cleaner.clean_and_explain(text)
    assert "ad_markers.sponsor_block" not in {r.key for r in result.removals}

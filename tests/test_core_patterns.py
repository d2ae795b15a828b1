"""User patterns in the native core (`cleaner._core.UserPatterns`, `src/patterns.rs`).

Python's `regex` with `IGNORECASE` and `fullmatch`, which ran them before, is
the oracle on the syntax both share; what differs is listed in the README.
"""

from __future__ import annotations

import pickle

import pytest
import regex
from hypothesis import assume, example, given
from hypothesis import strategies as st

import cleaner
from cleaner import Pipeline, _core
from cleaner.config import validate_config

# Characters that Python's Unicode data (14.0) assigns: the core's classes of newer ones
# follow the `regex` module the outputs were recorded with, not whichever is installed.
_ASSIGNED_CHARS = st.characters(exclude_categories=("Cs", "Cn"))


def old_fullmatch(pattern: str, line: str) -> bool:
    """How a user pattern matched a stripped line before the core: Python's `regex`."""
    return regex.compile(pattern, regex.IGNORECASE).fullmatch(line) is not None


# --- the same matches as before ---------------------------------------------------

# (pattern, line): the patterns of the README and of the filter tests, and the
# whole-line semantics (an alternation, anchors, case, Unicode classes).
TABLE = [
    (r"Sponsored by \w+( \w+)?", "Sponsored by Acme Foods"),
    (r"Sponsored by \w+( \w+)?", "SPONSORED BY ACME"),
    (r"Sponsored by \w+( \w+)?", "Sponsored by Acme Foods today"),
    (r"Promoted by \w+", "promoted by acme"),
    (r"Promoted by \w+", "Promoted by Acme and friends"),
    ("a|ab", "ab"),
    ("a|ab", "abc"),
    ("x|y|z", "xy"),
    ("^Anzeige$", "ANZEIGE"),
    (r"\d+ Kommentare", "١٢ Kommentare"),
    (r"\w+", "Straße"),
    (r"\bAd\b", "ad"),
    (r"\p{Han}{2,}", "广告"),
    (r"\p{Lu}\w*", "élan"),  # case is ignored for classes too
    ("(?-i)Anzeige", "ANZEIGE"),
    ("(?x) sponsored \\s by \\s \\w+  # e.g. 'Sponsored by Acme'", "Sponsored by Acme"),
    ("ſ", "S"),  # simple case folding, in both
    ("σ", "ς"),
    ("k", "\u212a"),  # the Kelvin sign
    ("ß", "SS"),  # no full case folding, in either
    (".+", "a\rb"),
    ("a+?b", "aaab"),
]


@pytest.mark.parametrize(("pattern", "line"), TABLE, ids=[f"{p!r}~{s!r}" for p, s in TABLE])
def test_matches_as_pythons_regex_did(pattern: str, line: str) -> None:
    assert _core.UserPatterns([pattern]).fullmatch(line) == old_fullmatch(pattern, line)


def test_the_table_has_both_outcomes() -> None:
    outcomes = [old_fullmatch(pattern, line) for pattern, line in TABLE]
    assert outcomes.count(True) >= 10
    assert outcomes.count(False) >= 5


# Patterns from a grammar of the syntax both engines read alike.
_ATOMS = st.sampled_from(
    ["a", "b", "A", "é", " ", "-", ".", r"\d", r"\w", r"\s", r"\W", "[a-c]", "[^b]", r"\b"]
)
_QUANTIFIERS = st.sampled_from(["", "", "*", "+", "?", "{1,2}", "{2}", "*?", "+?", "??"])


def _patterns() -> st.SearchStrategy[str]:
    piece = st.builds(lambda atom, quantifier: atom + quantifier, _ATOMS, _QUANTIFIERS)
    sequence = st.lists(piece, min_size=1, max_size=4).map("".join)

    def extend(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
        return st.one_of(
            st.builds(lambda x, q: f"({x}){q}", inner, _QUANTIFIERS),
            st.builds(lambda x, q: f"(?:{x}){q}", inner, _QUANTIFIERS),
            st.builds(lambda x, y: f"{x}|{y}", inner, inner),
            st.builds(lambda x, y: x + y, inner, inner),
        )

    return st.recursive(sequence, extend, max_leaves=6)


_LINES = st.text(alphabet="aAbBcé1٣ -_", max_size=12)


@given(_patterns(), st.lists(_LINES, min_size=1, max_size=8))
@example("(a|ab)(c|bcd)(d*)", ["abcd", "ABCD", "abc"])
@example("(a+)+b", ["a" * 30, "a" * 30 + "b"])
def test_matches_as_pythons_regex_did_on_generated_patterns(pattern: str, lines: list[str]) -> None:
    assume(not old_fullmatch(pattern, ""))  # refused as a user pattern
    patterns = _core.UserPatterns([pattern])
    for line in lines:
        assert patterns.fullmatch(line) == old_fullmatch(pattern, line), line


@given(st.lists(_patterns(), min_size=1, max_size=4), _LINES)
def test_a_set_matches_when_one_of_its_patterns_does(patterns: list[str], line: str) -> None:
    assume(not any(old_fullmatch(pattern, "") for pattern in patterns))
    expected = any(old_fullmatch(pattern, line) for pattern in patterns)
    assert _core.UserPatterns(patterns).fullmatch(line) == expected


# --- linear time ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "line", "matched"),
    [
        ("(a+)+$", "a" * 200_000 + "!", False),
        (r"(\w+\s?)+$", "Aa1 " * 50_000 + "!", False),
        ("(x+x+)+y", "x" * 200_000, False),
        ("(x|xx)+y", "x" * 200_000, False),
        ("(x|xx)+y", "x" * 200_000 + "y", True),
        ("(.*a){12}", "a" * 100_000 + "b", False),
    ],
    ids=[
        "nested-plus",
        "nested-word-space",
        "double-plus",
        "alternation-plus",
        "matches",
        "counted",
    ],
)
def test_patterns_that_backtrack_elsewhere_finish_on_long_lines(
    pattern: str, line: str, matched: bool
) -> None:
    # Python's `regex` runs for hours on these; here each is one pass over the line.
    assert _core.UserPatterns([pattern]).fullmatch(line) is matched


# --- errors: one line, never a panic ------------------------------------------------

_SYNTAX = "()[]{}?*+|\\^$.-:=!<>#,0123456789aAbdgkpPswzZ{} \n"


@given(
    st.text(alphabet=_SYNTAX, max_size=16) | st.text(_ASSIGNED_CHARS, max_size=16),
    st.text(_ASSIGNED_CHARS, max_size=30),
)
@example("(?P<a>x)(?P=a)", "xx")
@example("[[:alpha:]--a]", "b")
@example("(?x)a#", "a")
@example("\\", "")
def test_any_pattern_is_compiled_or_refused_in_one_line(pattern: str, line: str) -> None:
    # A panic in the core would be a CoreError here, not a ValueError.
    problem = _core.pattern_error(pattern)
    if problem is not None:
        assert "\n" not in problem
        assert problem.startswith("pattern '")
        with pytest.raises(ValueError, match=r"^patterns\[0\]: ") as caught:
            _core.UserPatterns([pattern])
        assert str(caught.value) == f"patterns[0]: {problem}"
        return
    patterns = _core.UserPatterns([pattern])
    assert patterns.fullmatch(line) in (True, False)
    assert not patterns.fullmatch("")


def test_the_first_bad_pattern_is_named() -> None:
    with pytest.raises(ValueError, match=r"^patterns\[2\]: pattern '\(\?=x\)y': look-around"):
        _core.UserPatterns(["ok", "fine", "(?=x)y", "(bad"])


# --- the object -------------------------------------------------------------------


def test_user_patterns_pickle_as_their_patterns() -> None:
    patterns = _core.UserPatterns([r"Sponsored by \w+", "Anzeige"])
    copy = pickle.loads(pickle.dumps(patterns))
    assert copy.patterns == patterns.patterns == (r"Sponsored by \w+", "Anzeige")
    assert len(copy) == 2
    assert copy.fullmatch("anzeige")
    assert repr(copy) == r"UserPatterns(('Sponsored by \\w+', 'Anzeige'))"


def test_a_pipeline_with_user_patterns_pickles() -> None:
    config = validate_config({"custom": {"ad_markers": {"patterns": [r"Promoted by \w+"]}}})
    pipeline = Pipeline.from_config(config)
    copy = pickle.loads(pickle.dumps(pipeline))
    text = "The council met.\nPromoted by Acme\nIt voted."
    assert copy.run(text) == pipeline.run(text)
    assert [r.key for r in copy.run(text).removals] == ["ad_markers.custom_pattern"]


def test_a_filter_without_user_patterns_has_no_matcher() -> None:
    # The common case costs nothing per line: no call into the core at all.
    config = validate_config({"custom": {"ad_markers": {"phrases": ["Anzeige"]}}})
    ads = next(f for f in Pipeline.from_config(config).filters if f.name == "ad_markers")
    assert ads._custom_patterns is None  # type: ignore[attr-defined]
    assert cleaner.clean("Anzeige\nThe council met.", config) == "The council met.\n"

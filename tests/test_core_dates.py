"""The native core's date patterns against their oracle (`tests/reference_timestamps.py`).

The verdict of `Timestamps` ("relative_time", "absolute_date", "reading_time" or
None) must be the oracle's for every string: on every line of the bench and of
the gold texts, on generated date-like lines made of the lexicons' words, with
either kind switched off, and at the edges where the two engines could part
(case folding, the Unicode version of `\\d` and `\\s`, the first character).
"""

from __future__ import annotations

import sys
import unicodedata
from collections.abc import Callable
from functools import cache

import pytest
import regex
import regex._regex as regex_internals
from hypothesis import example, given
from hypothesis import strategies as st

from cleaner import lexicons
from cleaner.filters.timestamps import Timestamps
from tests.bench_texts import HAVE_BENCH, raw_bench_lines
from tests.reference_timestamps import _READING_TIME_RE, ReferenceTimestamps

# Characters that Python's Unicode data (14.0) assigns: the core's classes of newer ones
# follow the `regex` module the outputs were recorded with, not whichever is installed.
_ASSIGNED_CHARS = st.characters(exclude_categories=("Cs", "Cn"))

LEXICON = lexicons.merged()
# `regex`'s own table of what a pattern character matches under IGNORECASE.
get_all_cases: Callable[[int, int], list[int]] = regex_internals.get_all_cases  # type: ignore[attr-defined]
SETTINGS = [
    {"relative": True, "absolute": True},
    {"relative": False, "absolute": True},
    {"relative": True, "absolute": False},
    {"relative": False, "absolute": False},
]


@cache
def pair(relative: bool = True, absolute: bool = True) -> tuple[Timestamps, ReferenceTimestamps]:
    return (
        Timestamps(LEXICON, relative=relative, absolute=absolute),
        ReferenceTimestamps(LEXICON, relative=relative, absolute=absolute),
    )


def differences(lines: list[str], settings: dict[str, bool]) -> list[tuple[str, object, object]]:
    new, old = pair(**settings)
    found: list[tuple[str, object, object]] = []
    for line in lines:
        verdict, expected = new.rule_for_text(line), old.uncached_rule_for_text(line)
        if verdict != expected:
            found.append((line, verdict, expected))
    return found


def pattern_differences(lines: list[str]) -> list[tuple[str, object, object]]:
    """Lines where the whole-line patterns alone (without `could_be_date`) part."""
    new, old = pair()
    found: list[tuple[str, object, object]] = []
    for line in lines:
        verdicts = new._dates.patterns(line)
        expected = (
            bool(old._relative_re.fullmatch(line)),
            bool(old._absolute_re.fullmatch(line)),
            bool(old._reading_re.fullmatch(line) or _READING_TIME_RE.fullmatch(line)),
        )
        if verdicts != expected:
            found.append((line, verdicts, expected))
    return found


# --- Every line of the bench ------------------------------------------------------


@pytest.mark.skipif(not HAVE_BENCH, reason="benchmark not present")
def test_every_bench_line_gets_the_oracles_verdict() -> None:
    lines = sorted({line.strip() for line in raw_bench_lines()} - {""})
    lines = [line for line in lines if len(line) <= 120]
    assert len(lines) > 40_000
    for settings in SETTINGS:
        assert differences(lines, settings) == [], settings
    dated = [line for line in lines if pair()[0].rule_for_text(line)]
    assert len(dated) > 500  # the bench holds dates of every kind
    assert pattern_differences(dated + [line for line in lines if line[:1].isdigit()]) == []


# --- Generated date-like lines -------------------------------------------------------

_UNITS = [unit for _, units in LEXICON.words_by_language("time_units") for unit in units]


def _instances(family: str) -> list[str]:
    """The family's templates with a number and a unit of their language filled in."""
    units = dict(LEXICON.words_by_language("time_units"))
    out = []
    for lang, templates in LEXICON.words_by_language(family):
        for template in templates:
            for unit in units.get(lang, ("min",))[:3]:
                out.append(template.replace("{n}", "5").replace("{unit}", unit))
    return out


WORDS = st.sampled_from(
    [
        *LEXICON.words("months"),
        *LEXICON.words("weekdays"),
        *LEXICON.words("date_labels"),
        *LEXICON.words("date_connectors"),
        *LEXICON.words("day_periods"),
        *_UNITS,
        *_instances("relative_times"),
        *_instances("reading_times"),
        *"first last updated published posted on at an a one few ago just now moments".split(),
        *"yesterday today st nd rd th er º of de del am pm a.m. p.m. T Z Uhr h hs hrs ч".split(),
        *"min mins minute minutes read reading time lesezeit GMT UTC EST CEST WIB IST".split(),
        *"set out Set Out SET OUT".split(),
    ]
)
NUMBERS = st.sampled_from(["5", "25", "11", "2026", "10:32", "6:55", "10.32", "10h32", "3"]) | (
    st.integers(0, 99999).map(str)
)
SEPARATORS = st.sampled_from(
    [
        *[" ", "", ", ", ",", " | ", "|", ": ", "：", ". ", ".", "/", "-", " - ", " – ", " · "],
        *["•", "; ", "(", ")", "（", "）", "年", "月", "日", "号", "년", "월", "일", "時", "分"],
        *["시", "분", "\u3000", "\xa0", "  ", "T", "Z", "+", ":", "。", "º", "\u0345", "\x1c"],
    ]
)


def _case(word: str, how: int) -> str:
    return [word, word.lower(), word.upper(), word.title(), word.swapcase()][how]


TOKENS = st.one_of(
    WORDS, NUMBERS, WORDS.flatmap(lambda w: st.integers(0, 4).map(lambda i: _case(w, i)))
)
DATE_LIKE = st.lists(st.tuples(TOKENS, SEPARATORS), min_size=1, max_size=7).map(
    lambda parts: "".join(token + separator for token, separator in parts)
)


@given(DATE_LIKE, st.sampled_from(SETTINGS))
@example("Updated Nov 19, 6:55 AM;Posted Nov 19, 6:51 AM", SETTINGS[0])
@example("25.11., Mittwoch", SETTINGS[0])
@example("25/11 Mittwoch", SETTINGS[0])
@example("2026年11月25日10:32", SETTINGS[0])
@example("11月25号10:32", SETTINGS[0])
@example("25 Kasım 2026 Çarşamba", SETTINGS[0])
@example("25 Kasım 2026 Çarşamba 10:32", SETTINGS[0])
@example("Set 2", SETTINGS[0])
@example("Settembre 2", SETTINGS[0])
@example("10:32 10:32 10:32 10:32 10:32 10:32 10:32", SETTINGS[0])
def test_date_like_lines_get_the_oracles_verdict(line: str, settings: dict[str, bool]) -> None:
    for text in (line, line.strip()):
        assert differences([text], settings) == []
        assert pattern_differences([text]) == []


@given(st.text(_ASSIGNED_CHARS, max_size=40))
def test_any_text_gets_the_oracles_verdict(line: str) -> None:
    assert differences([line], SETTINGS[0]) == []


# --- Where the engines could part ---------------------------------------------------


def _tricky_lines() -> list[str]:
    """Lines near and at the edge of every lexicon entry the date patterns are made of."""
    lines = ["EKİM 2026", "25 KASIM 2026 ÇARŞAMBA", "İnput 5 dakika önce", "ıslak 2026"]
    lines += ["\u0345 25 2026", "25 März 2026", "25 MÄRZ 2026", "ẞ 25. 2026", "K 10:32"]
    for month in LEXICON.words("months"):
        for name in {month, month.upper(), month.title()}:
            lines += [f"25 {name} 2026", f"{name} 25, 2026", f"Updated {name} 25 at 10:32 AM"]
        lines += [month, f"{month} 2026", f"{month}x 25, 2026", f"{month[1:]} 25, 2026"]
    for weekday in LEXICON.words("weekdays"):
        for name in {weekday, weekday.upper(), weekday.title()}:
            lines += [f"{name}, 25.11.2026", f"2026年11月25日（{name}）", f"25.11. {name}"]
        lines += [f"{weekday} 10:32", f"25 Nov 2026 {weekday}", f"25/11, {weekday}"]
    for label in LEXICON.words("date_labels"):
        lines += [f"{label} 25.11.2026", f"{label.upper()}: 10:32", f"{label} 5 min"]
    for period in LEXICON.words("day_periods"):
        lines += [f"{period} 3:20", f"{period}3時20分", f"2026年11月25日 {period}10時32分"]
    for connector in LEXICON.words("date_connectors"):
        lines += [f"25.11.2026 {connector} 10:32", f"25 listopada 2026 {connector}"]
    for line in _instances("relative_times") + _instances("reading_times"):
        lines += [line, line.upper(), f"{line}, 10:32", f"Updated {line}", f"{line} 2026-11-25"]
    return lines


def test_tricky_lines_get_the_oracles_verdict() -> None:
    lines = _tricky_lines()
    for settings in SETTINGS:
        assert differences(lines, settings) == []
    assert pattern_differences(lines) == []


@cache
def _cased() -> list[str]:
    """Every character that some case mapping or `regex`'s case table relates to another."""
    flags = regex.IGNORECASE | regex.UNICODE
    out = []
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if len(get_all_cases(flags, code)) > 1 or char.lower() != char:
            out.append(char)
    return out


def test_each_letter_matches_the_case_variants_python_matched() -> None:
    # For each letter of the patterns' words, every cased character in its place:
    # the patterns alone (`could_be_date` folds case its own way) must agree.
    flags = regex.IGNORECASE | regex.UNICODE
    cased = _cased()
    related: dict[str, list[str]] = {}
    for char in cased:
        for other in get_all_cases(flags, ord(char)):
            related.setdefault(chr(other), []).append(char)
    lines = []
    words = [*LEXICON.words("months"), "Updated", "first", "minutes", "WITA"]
    for word in words:
        for at, char in enumerate(word):
            # What Python's table relates to the letter, either way, and what folds alike.
            variants = set(related.get(char, ()))
            variants |= {chr(c) for c in get_all_cases(flags, ord(char))}
            variants |= {c for c in cased if c.casefold() == char.casefold()}
            for variant in variants:
                name = word[:at] + variant + word[at + 1 :]
                lines += [f"25 {name} 2026", f"{name} 10:32", f"5 {name} ago"]
    assert len(lines) > 3000
    assert pattern_differences(lines) == []


# Every character that Python's own Unicode data (14.0) assigns: the classes of newer ones
# follow the core's tables, taken from the `regex` module the outputs were recorded with, and
# another version of that module knows other new characters, so they are no test of parity.
_EVERY = "".join(
    c
    for c in map(chr, range(sys.maxunicode + 1))
    if not 0xD800 <= ord(c) < 0xE000 and unicodedata.category(c) != "Cn"
)


@cache
def _candidates() -> frozenset[str]:
    """Characters worth trying in a digit's or a space's place: digits, spaces,
    cased letters, Latin-1, general and CJK punctuation, and the CJK date characters."""
    found = set(regex.findall(r"[\d\s]", _EVERY)) | set(_cased()) | set(map(chr, range(0x100)))
    found |= set(map(chr, range(0x2000, 0x2070))) | set(map(chr, range(0x3000, 0x3040)))
    return frozenset(found | set("年月日号時时点點分秒년월일시분초（）"))


def _agree_where_a_character_stands(templates: tuple[str, ...], expected: set[str]) -> None:
    # The first template is tried with every character, the others with the
    # candidates and every character the first accepted.
    new, _ = pair()
    accepted = {c for c in _EVERY if new._dates.patterns(templates[0].format(c)) != (False,) * 3}
    for template in templates:
        chars = expected | accepted | _candidates()
        lines = [template.format(c) for c in sorted(chars)]
        assert pattern_differences(lines) == [], template
        assert differences(lines, SETTINGS[0]) == [], template


def test_digits_are_pythons_digits() -> None:
    # `\d` of Python's `regex` (Unicode 17) in every place a digit can stand, and as
    # the first character of a line (Python 3.11's `str.isalnum`, Unicode 14).
    digits = set(regex.findall(r"\d", _EVERY))
    _agree_where_a_character_stands(("1{}:30", "{}1:30", "Nov {}", "5 min{}read", "{}"), digits)


def test_spaces_are_pythons_spaces() -> None:
    spaces = set(regex.findall(r"\s", _EVERY))
    _agree_where_a_character_stands(
        ("Nov{}24", "10:32{}GMT", "5 minutes{}ago", "2026年{}11月"), spaces
    )


def test_no_lexicon_word_opens_with_a_character_python_takes_for_no_letter() -> None:
    # `could_be_date` answers `str.isalnum` exactly only for the characters that can
    # open a date (see `is_py_alnum` in src/dates.rs): lexicon words' first letters
    # and their case variants, and digits.
    flags = regex.IGNORECASE | regex.UNICODE
    firsts = {
        entry[0]
        for family in ("months", "weekdays", "date_labels", "day_periods", "time_units")
        for entry in LEXICON.words(family)
    }
    firsts |= {
        entry[0]
        for family in ("relative_times", "reading_times")
        for entry in LEXICON.words(family)
        if not entry.startswith("{")
    }
    variants = {chr(c) for f in firsts for c in get_all_cases(flags, ord(f))}
    assert {c for c in variants if not c.isalnum()} <= {"\u0345"}
    lines = [f"{c}25 2026" for c in variants] + [f"{c} 25 2026" for c in variants]
    assert differences(lines, SETTINGS[0]) == []

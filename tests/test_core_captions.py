"""The native core's caption patterns against their Python oracle (`tests/reference_captions.py`).

Each pattern of the oracle is compared with its `CaptionMatcher` method (a full
match, the start of a search, the pieces of a split, the end of an opening) on
generated caption-like text and on every line of the bench, and so is the
filter's verdict (`rule_for`) on every line of the bench and the gold texts.
"""

from __future__ import annotations

import gzip
import json
import os
import pickle
import unicodedata
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from cleaner import _core, lexicons
from cleaner.document import split_lines
from cleaner.errors import ConfigError
from cleaner.filters.captions import Captions
from cleaner.lexicons import alternation_of
from tests import reference_captions as reference
from tests.test_bench_idempotence import BENCH

# Characters that Python's Unicode data (14.0) assigns: the core's classes of newer ones
# follow the `regex` module the outputs were recorded with, not whichever is installed.
_ASSIGNED_CHARS = st.characters(exclude_categories=("Cs", "Cn"))

LEXICON = lexicons.merged()
AGENCIES = LEXICON.words("caption_credits")
LABELS = LEXICON.words("caption_labels")
OPENINGS = LEXICON.words("caption_openings")
DATE_LABELS = LEXICON.words("date_labels")


@cache
def oracle() -> reference.ReferenceCaptions:
    return reference.ReferenceCaptions(LEXICON)


@cache
def new() -> Captions:
    return Captions(LEXICON)


def _start(found: regex.Match[str] | None) -> int | None:
    return None if found is None else found.start()


def _end(found: regex.Match[str] | None) -> int | None:
    return None if found is None else found.end()


def pairs() -> Iterator[tuple[str, Callable[[str], object], Callable[[str], object]]]:
    """(name, oracle, core) for every compiled pattern of the filter."""
    old, matcher = oracle(), new()._patterns
    labelled, split, opening = old._labelled_re, old._meta_split_re, old._opening_re
    assert labelled is not None
    assert split is not None
    assert opening is not None
    yield "alone", lambda s: bool(old._alone_re.fullmatch(s)), matcher.alone
    yield "trailing", lambda s: bool(old._trailing_re.fullmatch(s)), matcher.trailing
    yield (
        "agency_closing",
        lambda s: _start(old._agency_closing_re.search(s)),
        matcher.agency_closing,
    )
    yield "bare_closing", lambda s: _start(old._bare_closing_re.search(s)), matcher.bare_closing
    yield "named", lambda s: bool(old._named_credit_re.fullmatch(s)), matcher.named
    yield "labelled", lambda s: bool(labelled.fullmatch(s)), matcher.labelled
    yield "meta_split", split.split, matcher.meta_split
    yield "meta_date", lambda s: bool(old._meta_date_re.fullmatch(s)), matcher.meta_date
    yield "opening", lambda s: _end(opening.match(s)), matcher.opening_end
    yield (
        "label_alone",
        lambda s: bool(reference._LABEL_ALONE_RE.fullmatch(s)),
        matcher.label_alone,
    )


def assert_same(text: str) -> None:
    for name, expected, got in pairs():
        assert got(text) == expected(text), (name, text)


# --- generated caption-like text ---------------------------------------------------------

_NAMES = ("Jane Doe", "JANE DOE", "Doe", "J.", "O'Neil", "Jean-Luc", "Ana Souza", "X", "Ab Cd Ef")
_CREDIT_WORDS = (
    *("Photo", "photograph", "Photos", "Picture", "pic", "Image", "Images", "illustration"),
    *("Graphic", "Video", "Photo credit", "Image credits", "Credit", "Credits", "Source"),
    *("Photo illustration", "File photo", "file", "pool", "Submitted", "courtesy", "staff"),
    *("caption", "copyright", "FILE PHOTO", "FILE -", "In this", "in this", "frame grab"),
    *("undated", "handout", "released", "provided by", "made available"),
)
_GLUE = (
    *("/", " / ", "|", " | ", ",", ", ", "&", " and ", " via ", " VIA ", " by ", " on ", " for "),
    *(":", ": ", "：", "=", ".", ". ", "!", "?", "©", "© ", " ", "  ", "\u00a0", "\u3000"),
    *("(", ")", "( ", " )", "（", "）", "[", "]", "【", "】", '"', "”", "’", "'", "-", " - "),
)
_DATES = ("2026-11-20", "08:15", "08:15:00", "2026年11月20日", "11月20日", "08時15分", "19", "2019")
_TRICKY = (
    *("İ", "ı", "I", "i", "\x0b", "\x0c", "\x85", "\u2028", "\x1c", "ß", "ǅ", "Σ", "꟎"),
    *("\U00011de5", "\U00016ea0"),  # a digit and a capital of Unicode 17
)
_SENTENCES = (
    "The crowd gathered outside the court on Tuesday.",
    "Fans cheer at the stadium on Sunday",
    "In this Dec. 12, 2006, file photo, astronauts train.",
    "WASHINGTON, DC - NOVEMBER 19:",
    "He joined AP.",
    "The network uses a common protocol.",
)


def _cased(word: str) -> st.SearchStrategy[str]:
    return st.sampled_from((word, word.upper(), word.title(), word.casefold(), word.swapcase()))


_WORD = st.one_of(
    st.sampled_from(AGENCIES).flatmap(_cased),
    st.sampled_from(LABELS).flatmap(_cased),
    st.sampled_from(DATE_LABELS),
    st.sampled_from(_CREDIT_WORDS).flatmap(_cased),
    st.sampled_from(_NAMES),
    st.sampled_from(_GLUE),
    st.sampled_from(_DATES),
    st.sampled_from(_TRICKY),
    st.sampled_from(_SENTENCES),
    st.text(_ASSIGNED_CHARS, max_size=3),
)
CAPTION_LIKE = st.lists(_WORD, max_size=12).map("".join)


@given(CAPTION_LIKE)
def test_every_pattern_is_the_oracles_on_caption_like_text(text: str) -> None:
    assert_same(text)


@given(CAPTION_LIKE)
def test_stripped_caption_like_lines_get_the_oracles_verdict(text: str) -> None:
    for line in split_lines(text):
        assert new().rule_for(line) == oracle().rule_for(line), line.stripped


@given(st.lists(_WORD, max_size=40).map("".join))
def test_long_caption_like_text_is_the_oracles(text: str) -> None:
    # Long enough for the tail of `trailing` to start past its lead's 400 characters.
    text = "A caption that runs on. " * 17 + text
    assert new()._patterns.trailing(text) == bool(oracle()._trailing_re.fullmatch(text))


@pytest.mark.parametrize(
    "text",
    [
        "Foto: Dok. Pribadi",
        "Foto: Dok. )",
        "Foto: Dok.Pribadi",
        "(Foto: Dok. ).",
        "Fot. PAP",
        "Fot. . PAP",
        "2026-11-20 08:15:00来源：人民日报 作者：张三",
        " 2026-11-20 ",
        "Protesters march on Monday. (AP Photo/Vincent Yu, File)",
        "Protesters march on Monday.(NASA/JPL photo)\n",
        "Bacteria live on rats. ( STEVE GSCHMEISSNER/SCIENCE PHOTO LIBRARY)",
        "The network uses a common protocol. (TCP/IP)",
        "A cyclist rides past the plant. © Reuters / Jane Doe",
        "In this photo issued by ITV, the two leaders shake hands.",
        "İN THIS PHOTO, the leaders.",
        "FILE - In this Monday, Oct. 28, 2019, file photo, the ambassador walks.",
        "x" * 395 + ". Photo: Reuters",
        "x" * 401 + ". Photo: Reuters",
        "x" * 401 + "\n. Photo: Reuters",
        "ihlas haber ajansı",
        "İHLAS HABER AJANSI",
    ],
)
def test_every_pattern_is_the_oracles_on_edge_cases(text: str) -> None:
    assert_same(text)


# --- what the Unicode classes and (?i) take, character by character ------------------------

_EVERYTHING = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
# The characters that Python's own Unicode data (14.0) assigns. The classes of newer ones
# follow the core's tables, taken from the `regex` module the outputs were recorded with;
# another version of that module knows other new characters, so they are no test of
# parity. With CI=1 every assigned character is tried.
_ASSIGNED = "".join(c for c in _EVERYTHING if unicodedata.category(c) != "Cn")
_CHARS = (
    list(_ASSIGNED) if os.environ.get("CI") else sorted({*_ASSIGNED[:0x3400], *_ASSIGNED[::101]})
)
_CLASS_CASES = [
    ("{} via AP", "named"),  # \p{Lu}
    ("Ab{} via AP", "named"),  # \p{L}
    ("Photo:{}Reuters", "alone"),  # \s
    ("{}{}:{}{}", "meta_date"),  # \d
    ("in this photo{}", "opening"),  # (?!\w)
    ("Foto: Dok.{}x", "labelled"),  # the look-ahead after a dot
    ("Fans cheer. (Jane Doe/{}ap)", "agency_closing"),  # \b
]


@pytest.mark.parametrize(("template", "pattern"), _CLASS_CASES)
def test_character_classes_take_what_the_oracles_take(template: str, pattern: str) -> None:
    expected, got = next((e, g) for name, e, g in pairs() if name == pattern)
    for char in _CHARS:
        text = template.replace("{}", char)
        assert got(text) == expected(text), text


def test_case_insensitive_letters_take_what_the_oracles_take() -> None:
    words = (*AGENCIES, *LABELS, *DATE_LABELS, *OPENINGS, *_CREDIT_WORDS)
    # A letter without case (CJK, Arabic, Devanagari) takes only itself under (?i).
    letters = sorted({c for word in words for c in word if c.lower() != c.upper()})
    variants = regex.compile(f"(?i)[{regex.escape(''.join(letters))}]")
    candidates = variants.findall(_EVERYTHING)
    for letter in letters:
        matcher = _core.CaptionMatcher([letter], [letter], [], [letter])
        labelled = reference._labelled_pattern(alternation_of([letter], name="test"))
        same_letter = regex.compile(f"(?i:{regex.escape(letter)})")
        for char in candidates:
            text = f"{char}: x"
            assert matcher.labelled(text) == bool(labelled.fullmatch(text)), (letter, char)
            text = f"{char}2026-11-20"
            assert matcher.meta_date(text) == bool(same_letter.fullmatch(char)), (letter, char)


# --- the bench ----------------------------------------------------------------------------


def _bench_texts(rendering: str) -> Iterator[str]:
    if rendering == "gold":
        with (Path(BENCH) / "ground-truth.jsonl").open(encoding="utf-8") as records:
            for record in map(json.loads, records):
                yield record["articleBody"]
        return
    with gzip.open(Path(BENCH) / f"render-{rendering}.jsonl.gz", "rt", encoding="utf-8") as records:
        for record in map(json.loads, records):
            yield record["text"]


@pytest.mark.skipif(not (BENCH / "ground-truth.jsonl").exists(), reason="benchmark not present")
@pytest.mark.parametrize("rendering", ["inscriptis", "naive", "lynx", "markdown", "gold"])
def test_every_bench_line_gets_the_oracles_verdict(rendering: str) -> None:
    old, core = oracle(), new()
    for text in _bench_texts(rendering):
        for line in split_lines(text):
            assert core.rule_for(line) == old.rule_for(line), line.stripped
            if len(line.stripped) <= 600:  # the oracle's searches are slow on long lines
                assert_same(line.stripped)


# --- the matcher itself ---------------------------------------------------------------------


def test_the_matcher_pickles_as_its_word_lists() -> None:
    matcher = _core.CaptionMatcher(AGENCIES, LABELS, OPENINGS, DATE_LABELS)
    again = pickle.loads(pickle.dumps(matcher))
    assert again.alone("(Photo: Reuters)")
    assert again.opening_end("In this photo, x") == len("In this photo")


def test_without_labels_no_labelled_credit_nor_meta_row_is_found() -> None:
    matcher = _core.CaptionMatcher(["ap"], [], [], [])
    assert not matcher.has_labels
    assert not matcher.labelled("Foto: dpa")
    assert matcher.opening_end("In this photo, x") is None
    assert matcher.meta_date("2026-11-20")


def test_no_agencies_is_a_config_error() -> None:
    with pytest.raises(ValueError, match="no caption credits"):
        _core.CaptionMatcher([], ["foto"], [], [])

    class NoCredits(lexicons.Lexicon):
        def words(self, family: str) -> tuple[str, ...]:
            return () if family == "caption_credits" else super().words(family)

    with pytest.raises(ConfigError, match="en/caption_credits has no entries"):
        Captions(NoCredits("en"))

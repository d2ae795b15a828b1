"""The native core's line table against its pure-Python oracle (`tests/reference_lines.py`)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleaner import _core
from cleaner.document import Line, split_lines
from cleaner.errors import CleanerError, CoreError
from cleaner.lexicons import phrase_key
from tests import reference_lines as reference
from tests.bench_texts import HAVE_BENCH, RENDERINGS, bench_texts

# Characters where the two could part: every kind of whitespace and line break
# (U+001C..U+001F are whitespace to `str.strip` but not to `\s`), invisible
# characters, the decoration that keys drop, bullets, and letters whose case
# folding changes their length ("ß", "İ", "ﬁ").
_TRICKY = (
    " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2007\u200a\u2028\u2029\u202f\u3000"
    "\u200b\u200c\u200d\u2060\ufeff.:…!?|»›>→-–—•·*。：！？【】+o aAzZßẞİıΣσςﬁǅ相关阅读"
)
_TEXT = st.text(alphabet=st.sampled_from(_TRICKY), max_size=60) | st.text(max_size=60)


@given(_TEXT)
def test_phrase_key_is_the_oracles(text: str) -> None:
    assert phrase_key(text) == reference.phrase_key(text)


@given(st.integers(min_value=110, max_value=130), st.integers(0, 10), _TEXT)
def test_phrase_key_length_limit_is_the_oracles(length: int, indent: int, tail: str) -> None:
    text = " " * indent + "é" * length + tail
    assert phrase_key(text) == reference.phrase_key(text)


@given(_TEXT)
def test_is_blank_text_is_the_oracles(text: str) -> None:
    assert _core.is_blank_text(text) == reference.is_blank_text(text)


@given(st.lists(_TEXT, max_size=8).map("".join))
def test_split_lines_is_the_oracles(text: str) -> None:
    lines = split_lines(text)
    assert [tuple(line) for line in lines] == reference.split_lines(text)
    assert all(type(line) is Line for line in lines)


def test_line_offsets_index_the_python_string() -> None:
    text = "相关阅读\r\nStraße\rNo comments  yet...\n\n"
    for line in split_lines(text):
        assert text[line.start : line.end] == line.text


@pytest.mark.skipif(not HAVE_BENCH, reason="benchmark not present")
@pytest.mark.parametrize("rendering", RENDERINGS)
def test_every_bench_line_is_split_and_keyed_as_the_oracle_did(rendering: str) -> None:
    for text in bench_texts(rendering):
        assert [tuple(line) for line in split_lines(text)] == reference.split_lines(text)


def test_a_panic_in_the_core_is_a_cleaner_error_with_the_position() -> None:
    with pytest.raises(CoreError, match="near character 1234 of the input: a deliberate panic"):
        _core._panic_for_test(1234)
    assert issubclass(CoreError, CleanerError)
    # The core still works after a panic.
    assert phrase_key("Advertisement:") == "advertisement"

"""The native core's language guess against its Python oracle (`tests/reference_language.py`).

The guess picks each document's rejoin rules and lexicons, so it must be the
oracle's on every text: every bench page and gold text, each of their
paragraphs, and generated text that mixes scripts, function words of several
languages, case and whitespace of every kind.
"""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from cleaner import lexicons
from cleaner.language import SAMPLE_CHARS, _lead_bytes, guess_language
from tests import reference_language as reference
from tests.bench_texts import HAVE_BENCH, bench_texts

# Characters that Python's Unicode data (14.0) assigns.
_ASSIGNED_CHARS = st.characters(exclude_categories=("Cs", "Cn"))


def _function_words() -> list[str]:
    words: list[str] = []
    for lang in lexicons.languages():
        words += lexicons.load_lines(lang, "stopwords")[:12]
    return words


# Function words of every language (some in several lists), in any case, with letters
# of every script the guess counts and the whitespace `str.split` splits on.
_PIECES = st.sampled_from(
    [
        *_function_words(),
        *("THE", "Der", "DE", "ΣΑΣ", "İn", "ǅ", "Straße"),
        *("é", "ß", "ł", "ş", "Ж", "ب", "क", "か", "カ", "中", "文", "한", "ー", "𠀀", "€"),
        *(" ", "  ", "\t", "\n", "\u00a0", "\u2003", "\x1c", "\u3000", ".", ",", "1"),
    ]
)
_TEXT = st.lists(_PIECES, max_size=60).map(" ".join) | st.text(_ASSIGNED_CHARS, max_size=200)


@given(_TEXT)
def test_generated_text_is_guessed_as_the_oracle_did(text: str) -> None:
    assert guess_language(text) == reference.guess_language(text)


def test_only_the_sample_is_read_as_the_oracle_read_it() -> None:
    for tail in ("der die und " * 50, "the and of " * 50, "市议会 " * 50, "한국어 " * 50):
        for head in ("x" * (SAMPLE_CHARS - 3) + " ", "é" * (SAMPLE_CHARS - 1) + " "):
            text = head + tail
            assert guess_language(text) == reference.guess_language(text)


@pytest.mark.skipif(not HAVE_BENCH, reason="benchmark not present")
@pytest.mark.parametrize("name", ["inscriptis", "naive", "lynx", "markdown", "gold"])
def test_every_bench_page_and_paragraph_is_guessed_as_the_oracle_did(name: str) -> None:
    for text in bench_texts(name):
        assert guess_language(text) == reference.guess_language(text)
        for paragraph in text.split("\n\n"):
            assert guess_language(paragraph) == reference.guess_language(paragraph)


def _script_counts_on_all_bytes(sample: str) -> dict[str, int]:
    """The letter counts with every lead byte counted in the whole UTF-8 text."""
    data = sample.encode("utf-8")
    counts = {
        script: sum(data.count(lead) for lead in leads) for script, leads in _lead_bytes().items()
    }
    counts["Latin"] += len(data.translate(None, reference._NOT_ASCII_LETTERS))
    return {script: count for script, count in counts.items() if count}


@given(st.text(alphabet=st.characters(codec="utf-8")))
@example("a\u0900b\u0901 日本 にほん 한국 é")
def test_the_oracle_counts_on_the_non_ascii_bytes_alone_as_on_all_bytes(text: str) -> None:
    assert reference._script_counts(text) == _script_counts_on_all_bytes(text)

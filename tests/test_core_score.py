"""The native core's paragraph score and shape tests against their Python oracle.

`tests/reference_score.py` holds the last Python versions; the core must agree
with them on every paragraph and line of the bench and on generated text.
"""

from __future__ import annotations

from functools import cache

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleaner import _core
from cleaner.document import Doc
from cleaner.filters.content import _stopwords
from cleaner.language import guess_language
from cleaner.rejoin import group_paragraphs
from tests import reference_score as reference
from tests.bench_texts import HAVE_BENCH, bench_texts

# Characters that Python's Unicode data (14.0) assigns: the core's classes of newer ones
# follow the `regex` module the outputs were recorded with, not whichever is installed.
_ASSIGNED_CHARS = st.characters(exclude_categories=("Cs", "Cn"))

STOPWORDS = _stopwords("en")
SCORER = _core.ParagraphScorer(sorted(STOPWORDS))

# Characters where the two could part: cases and scripts, digits of other scripts,
# the characters that Python's `re` folds to ASCII letters, bullets, code signs,
# sentence ends and closing marks, legal words and whitespace of every kind.
_TRICKY = st.sampled_from(
    [
        *"aAbcCeiIkKlLmMnopPrRsStTyY01239 \t\u00a0\u2003\x1c.,;:!?…。()[]{}=<>`$#-*•+o’'\"”»",
        *("\u0130", "\u0131", "\u017f", "\u212a", "\u0661", "\u00b2", "\u01c5", "ß", "É", "é"),
        *("中", "文", "か", "カ", "한", "ー", "、", "。"),
        *("©", "(c) 2026", "Copyright ", "all rights reserved", "privacy policy", "trademark of "),
        *(
            "the ",
            "of ",
            "and ",
            "The ",
            "Finale",
            "Ford ",
            "def ",
            "import ",
            ">>> ",
            "1. ",
            "(a) ",
        ),
    ]
)
_TEXT = st.lists(_TRICKY, max_size=40).map("".join) | st.text(_ASSIGNED_CHARS, max_size=80)


def _agree(text: str, stopwords: frozenset[str], scorer: _core.ParagraphScorer) -> None:
    assert scorer.score(text) == reference.score(text, stopwords), text
    assert _core.ends_sentence(text) == reference.ends_sentence(text), text
    assert _core.is_list_item(text) == reference.is_list_item(text), text
    assert _core.has_code_signs(text) == reference.has_code_signs(text), text
    assert _core.is_legal(text) == reference.is_legal(text), text
    for min_words, share in ((1, 0.6), (3, 0.8)):
        expected = reference.is_title(text, min_words=min_words, share=share)
        assert _core.is_title(text, min_words=min_words, share=share) == expected, text


@given(_TEXT)
def test_generated_text_is_scored_as_the_oracle_did(text: str) -> None:
    _agree(text, STOPWORDS, SCORER)


@given(st.lists(_TRICKY, min_size=3, max_size=60).map("".join))
def test_glued_teasers_are_found_as_the_oracle_did(text: str) -> None:
    assert SCORER.is_glued_teaser(text) == reference.is_glued_teaser(text, STOPWORDS)


def test_scores_of_a_page_are_its_paragraphs_scores() -> None:
    texts = ["Sign in", "The council met on Monday and voted.", "Sign in", ""]
    assert SCORER.scores(texts) == [SCORER.score(text) for text in texts]


@cache
def _scorer(lang: str) -> tuple[frozenset[str], _core.ParagraphScorer]:
    stopwords = _stopwords(lang)
    return stopwords, _core.ParagraphScorer(sorted(stopwords))


@pytest.mark.skipif(not HAVE_BENCH, reason="benchmark not present")
@pytest.mark.parametrize("name", ["inscriptis", "naive", "lynx", "markdown", "gold"])
def test_every_bench_paragraph_is_scored_as_the_oracle_did(name: str) -> None:
    for text in bench_texts(name):
        stopwords, scorer = _scorer(guess_language(text))
        doc = Doc.from_text(text)
        for line in doc.lines:
            _agree(line.text, stopwords, scorer)
        for paragraph in group_paragraphs(doc.lines):
            _agree(paragraph.text, stopwords, scorer)


@pytest.mark.parametrize("text", ["\ud800", "- \ud800", "a.\udcff", "\udcff(x)", "x\ud800."])
def test_the_shape_tests_take_a_lone_surrogate_as_python_did(text: str) -> None:
    # rejoin may be given one (`cleaner.rejoin.rejoin` on text decoded with surrogateescape).
    assert _core.ends_sentence(text) == reference.ends_sentence(text)
    assert _core.is_list_item(text) == reference.is_list_item(text)
    assert _core.has_code_signs(text) == reference.has_code_signs(text)

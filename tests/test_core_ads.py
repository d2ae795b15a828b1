"""The native core's ad-label tests against their Python oracle (`tests/reference_ads.py`).

The sponsor's label, the label that leads a paragraph and the labels between two
sentences must be the oracle's on every line of the bench (as the line stands and
stripped), for every lexicon the filter is built from, and on generated lines made
of the labels, sentence ends, quotes, capitals and spaces of every kind.
"""

from __future__ import annotations

import pickle
from functools import cache

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from cleaner.filters.ads import _AMBIGUOUS_LEADING, AdMarkers
from cleaner.lexicons import Lexicon, for_language, languages, merged
from tests import reference_ads as reference
from tests.bench_texts import HAVE_BENCH, bench_lines

_ASSIGNED_CHARS = st.characters(exclude_categories=("Cs", "Cn"))


@cache
def _lexicon(lang: str) -> Lexicon:
    return merged() if lang == "merged" else for_language(lang)


@cache
def _pair(lang: str) -> tuple[AdMarkers, reference.LeadingLabels]:
    """The filter (with its core matcher) and the oracle over the same lexicon."""
    lexicon = _lexicon(lang)
    labels = lexicon.phrases("ad_markers")
    leading = sorted(
        (
            label
            for label in labels
            if label not in _AMBIGUOUS_LEADING and label[:1].upper() != label[:1]
        ),
        key=len,
        reverse=True,
    )
    return AdMarkers(lexicon), reference.LeadingLabels(leading)


LEXICONS = ["merged", *languages()]


def _disagreements(lang: str, texts: list[str]) -> list[tuple[str, str, object, object]]:
    filter_, oracle = _pair(lang)
    matcher = filter_._matcher
    found: list[tuple[str, str, object, object]] = []
    for text in texts:
        stripped = text.strip()
        checks = (
            ("sponsor", matcher.is_sponsor_label(stripped), reference.is_sponsor_label(stripped)),
            (
                "leading",
                matcher.leading_label(text, stripped),
                oracle.leading_label(text, stripped),
            ),
            ("inline", matcher.inline_labels(text), reference.inline_labels(text)),
            ("words", matcher.word_count(text), reference.word_count(text)),
        )
        found += [(name, text, got, want) for name, got, want in checks if got != want]
    return found


@pytest.mark.skipif(not HAVE_BENCH, reason="benchmark not present")
@pytest.mark.parametrize("lang", ["merged", "en", "de", "fr"])
def test_every_bench_line_gets_the_oracles_verdicts(lang: str) -> None:
    assert _disagreements(lang, bench_lines()) == []


_PIECES = st.sampled_from(
    [
        *("Advertisement", "ADVERTISEMENT", "advertisement", "Anzeige", "ANZEIGE", "Publicité"),
        *("Story continues below advertisement", "Article continues below advertisement"),
        *("Continue reading below", "Sponsored", "SPONSORED BY", "Presented by", "supported by"),
        *("Brought to you by", "In partnership with", "in partnership WITH", "by", "with"),
        *("Acme", "ACME", "&", "of", "and", "the", "Bank", "Ltd.", "É", "Σ", "ß", "İ", "ſ"),
        *("The", "council", "said", "on", "Monday", "that", "budget", "passed", "1984", "x"),
        *(".", "!", "?", "…", '"', "'", "”", "’", ")", "]", "“", "‘", "(", "[", "«", "„"),
        *("-", "–", "—", ":", "|", "·", "•", ","),
        *(" ", " ", "  ", "\t", "\u00a0", "\u2003", "\u3000", "\x1c", "\u200b", "\n"),
    ]
)
_LINES = st.lists(_PIECES, max_size=30).map("".join) | st.lists(_PIECES, max_size=20).map(" ".join)


@given(st.sampled_from(LEXICONS), _LINES | st.text(_ASSIGNED_CHARS, max_size=80))
@example("en", "A worrying trend. Advertisement The government said.")
@example("en", "… expenses.” Advertisement  ")
@example("en", "  Advertisement The council said on Monday that the budget passed.")
@example("de", "Anzeige – Der Gemeinderat hat am Montag den Haushalt beschlossen.")
@example("en", "In Partnership WITH BY Acme")
@example("en", "Sponſored by Acme")
def test_generated_lines_get_the_oracles_verdicts(lang: str, text: str) -> None:
    assert _disagreements(lang, [text]) == []


def test_the_matcher_pickles_as_its_words() -> None:
    # A `Pipeline` is pickled to worker processes (`--jobs`), its filters with it.
    matcher = _pair("merged")[0]._matcher
    text = "Anzeige – Der Gemeinderat hat am Montag den Haushalt beschlossen."
    copy = pickle.loads(pickle.dumps(matcher))
    assert copy.leading_label(text, text) == matcher.leading_label(text, text) == (0, 10)

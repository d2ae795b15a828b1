"""The pure-Python language guess of commit ae9c3b4, kept as the oracle of the native core.

The per-document part of `cleaner.language.guess_language` (letters per script
by UTF-8 prefix, then function words) moved into the Rust core
(`src/language.rs`) with issue #12. This is its last Python version, unchanged
but for the imports of the data it reads, which `cleaner.language` still builds;
`tests/test_core_language.py` holds the core to it on the bench and on
generated text.
"""

# ruff: noqa

from __future__ import annotations

from collections import Counter

from cleaner import lexicons
from cleaner.language import _lead_bytes, _stopword_weights, script_languages

SAMPLE_CHARS = 20_000
SYLLABIC_WEIGHT = 3
UNDETERMINED = "und"
_MIN_STOPWORD_SCORE = 2.0
_NOT_ASCII_LETTERS = bytes(b for b in range(256) if not (0x41 <= b <= 0x5A or 0x61 <= b <= 0x7A))
_ASCII_BYTES = bytes(range(128))
_MIN_KANA_SHARE = 0.1


def guess_language(text: str) -> str:
    sample = text[:SAMPLE_CHARS]
    counts = _script_counts(sample)
    if not counts:
        return UNDETERMINED
    scripts = lexicons.scripts()
    script = max(counts, key=lambda s: counts[s] * (SYLLABIC_WEIGHT if scripts[s].syllabic else 1))
    writers = script_languages()
    if script in ("Han", "Kana"):  # Japanese writes Han with kana, Chinese without
        kana, han = counts.get("Kana", 0), counts.get("Han", 0)
        script = "Kana" if kana >= _MIN_KANA_SHARE * (kana + han) else "Han"
    langs = writers.get(script, ())
    if len(langs) == 1:
        return langs[0]
    return _latin_language(sample)


def _script_counts(sample: str) -> dict[str, int]:
    data = sample.encode("utf-8")
    letters = len(data.translate(None, _NOT_ASCII_LETTERS))
    high = data.translate(None, _ASCII_BYTES) if not sample.isascii() else b""
    counts = {
        script: sum(high.count(lead) for lead in leads) if high else 0
        for script, leads in _lead_bytes().items()
    }
    counts["Latin"] += letters
    return {script: count for script, count in counts.items() if count}


def _latin_language(sample: str) -> str:
    weights = _stopword_weights()
    scores: dict[str, float] = {}
    for word, count in Counter(filter(weights.__contains__, sample.casefold().split())).items():
        for lang, weight in weights[word]:
            scores[lang] = scores.get(lang, 0.0) + count * weight
    if not scores:
        return UNDETERMINED
    lang = max(scores, key=lambda code: (scores[code], code))
    return lang if scores[lang] >= _MIN_STOPWORD_SCORE else UNDETERMINED

"""A cheap, offline guess of a document's language: script statistics, then stopwords.

The pipeline reports the language of every document and picks the rejoin
rules of its script from it (no space between Chinese or Japanese lines,
hyphen mending only where words are hyphenated). The guess needs no model and
no download, and reads at most the first `SAMPLE_CHARS` characters:

1. Letters are counted per script. A script that only one shipped language
   writes decides on its own: Hangul is Korean, Cyrillic Russian, Arabic
   Arabic, Devanagari Hindi; Han with kana is Japanese, Han without kana
   Chinese. Han, kana and Hangul characters count `SYLLABIC_WEIGHT` times,
   since one of them carries about as much text as a few Latin letters.
2. Latin-script text is told apart by the function words of each language
   (``lexicons/<lang>/stopwords.txt``), as jusText and langid-style tools do.
   A word in several lists counts for each of them, divided by their number.

The guess is for choosing rules, not a language identifier: a page of
product names with no function word at all is `UNDETERMINED`.
"""

from __future__ import annotations

from collections import Counter
from functools import cache

from cleaner import lexicons

SAMPLE_CHARS = 20_000
SYLLABIC_WEIGHT = 3
UNDETERMINED = "und"  # ISO 639-2 for "undetermined"
# Below this weighted count of function words, a Latin-script text is too short to tell.
_MIN_STOPWORD_SCORE = 2.0

# Scripts that one shipped language writes. Latin is shared, so stopwords decide.
# A language in a new script needs a line here (see lexicons/README.md).
SCRIPT_LANGUAGES: dict[str, str] = {
    "Hangul": "ko",
    "Cyrillic": "ru",
    "Arabic": "ar",
    "Devanagari": "hi",
}

# Letters are counted on the UTF-8 bytes, by lead byte, which takes well under a
# millisecond for a whole sample where a per-character loop or a regex scan per
# script takes several. The ranges are the scripts' main blocks:
_NOT_ASCII_LETTERS = bytes(b for b in range(256) if not (0x41 <= b <= 0x5A or 0x61 <= b <= 0x7A))
_ASCII_BYTES = bytes(range(128))
_LEAD_BYTES: dict[str, tuple[bytes, ...]] = {
    "Latin": (b"\xc3", b"\xc4", b"\xc5"),  # U+00C0-017F: é, ß, ł, ş (plus ASCII letters)
    "Cyrillic": (b"\xd0", b"\xd1"),  # U+0400-047F
    "Arabic": (b"\xd8", b"\xd9", b"\xda", b"\xdb"),  # U+0600-06FF
    "Devanagari": (b"\xe0\xa4", b"\xe0\xa5"),  # U+0900-097F
    "Kana": (b"\xe3\x81", b"\xe3\x82", b"\xe3\x83"),  # U+3040-30FF hiragana, katakana
    "Han": tuple(bytes([lead]) for lead in range(0xE4, 0xEA)),  # U+4000-9FFF
    "Hangul": tuple(bytes([lead]) for lead in range(0xEA, 0xEE)),  # U+A000-DFFF, mostly U+AC00-D7A3
}
_SYLLABIC = frozenset(("Han", "Kana", "Hangul"))
# Japanese prose is well over a third kana; Chinese pages quote a kana name at most.
_MIN_KANA_SHARE = 0.1


def guess_language(text: str) -> str:
    """Guess the ISO 639-1 code of `text`'s language, or `UNDETERMINED`.

    >>> guess_language("Der Gemeinderat hat am Montag über den Haushalt abgestimmt.")
    'de'
    >>> guess_language("市议会周一就预算进行了表决。")
    'zh'
    >>> guess_language("市議会は月曜日に予算を可決した。")
    'ja'
    >>> guess_language("12 34 56")
    'und'
    """
    sample = text[:SAMPLE_CHARS]
    counts = _script_counts(sample)
    if not counts:
        return UNDETERMINED
    script = max(counts, key=lambda s: counts[s] * (SYLLABIC_WEIGHT if s in _SYLLABIC else 1))
    if script in ("Han", "Kana"):
        kana, han = counts.get("Kana", 0), counts.get("Han", 0)
        return "ja" if kana >= _MIN_KANA_SHARE * (kana + han) else "zh"
    if script in SCRIPT_LANGUAGES:
        return SCRIPT_LANGUAGES[script]
    return _latin_language(sample)


def _script_counts(sample: str) -> dict[str, int]:
    data = sample.encode("utf-8")
    letters = len(data.translate(None, _NOT_ASCII_LETTERS))
    # The lead bytes are counted on the non-ASCII bytes alone, often a small part of
    # the text: dropping ASCII bytes joins the last byte of one character (a
    # continuation byte) to the first of the next (a lead byte), which never forms
    # one of the (lead, continuation) pairs counted.
    high = data.translate(None, _ASCII_BYTES) if not sample.isascii() else b""
    counts = {
        script: sum(high.count(lead) for lead in leads) if high else 0
        for script, leads in _LEAD_BYTES.items()
    }
    counts["Latin"] += letters
    return {script: count for script, count in counts.items() if count}


def _latin_language(sample: str) -> str:
    """The Latin-script language whose function words are most frequent in `sample`."""
    weights = _stopword_weights()
    scores: dict[str, float] = {}
    for word, count in Counter(filter(weights.__contains__, sample.casefold().split())).items():
        for lang, weight in weights[word]:
            scores[lang] = scores.get(lang, 0.0) + count * weight
    if not scores:
        return UNDETERMINED
    lang = max(scores, key=lambda code: (scores[code], code))
    return lang if scores[lang] >= _MIN_STOPWORD_SCORE else UNDETERMINED


@cache
def _stopword_weights() -> dict[str, tuple[tuple[str, float], ...]]:
    """Each function word with the languages it belongs to, weighted 1/(their number)."""
    owners: dict[str, list[str]] = {}
    for lang in lexicons.languages():
        for word in lexicons.load_lines(lang, "stopwords"):
            owners.setdefault(word.casefold(), []).append(lang)
    return {word: tuple((lang, 1 / len(langs)) for lang in langs) for word, langs in owners.items()}

"""A cheap, offline guess of a document's language: script statistics, then stopwords.

The pipeline reports the language of every document and picks the rejoin
rules of its script from it (no space between Chinese or Japanese lines,
hyphen mending only where words are hyphenated). The guess needs no model and
no download, and reads at most the first `SAMPLE_CHARS` characters:

1. Letters are counted per script (`lexicons/scripts.toml`). A script that only
   one shipped language writes (its `lexicons/<lang>/language.toml`) decides on
   its own: Hangul is Korean, Cyrillic Russian, Arabic Arabic, Devanagari Hindi;
   Han with kana is Japanese, Han without kana Chinese. Han, kana and Hangul
   characters count three times, since one of them carries about as
   much text as a few Latin letters.
2. Latin-script text is told apart by the function words of each language
   (``lexicons/<lang>/stopwords.txt``), as jusText and langid-style tools do.
   A word in several lists counts for each of them, divided by their number.

The guess is for choosing rules, not a language identifier: a page of
product names with no function word at all is `UNDETERMINED`.
"""

from __future__ import annotations

from functools import cache

from cleaner import _core, lexicons

SAMPLE_CHARS = 20_000  # as `src/language.rs` reads, with its other constants
UNDETERMINED = "und"  # ISO 639-2 for "undetermined"


@cache
def script_languages() -> dict[str, tuple[str, ...]]:
    """The shipped languages of each script (`lexicons/<lang>/language.toml`).

    >>> script_languages()["Hangul"], "en" in script_languages()["Latin"]
    (('ko',), True)
    """
    owners: dict[str, list[str]] = {}
    for lang in lexicons.languages():
        owners.setdefault(lexicons.language_facts(lang).script, []).append(lang)
    return {script: tuple(langs) for script, langs in owners.items()}


@cache
def _lead_bytes() -> dict[str, tuple[bytes, ...]]:
    """Per script, the UTF-8 prefixes that open its characters and no others.

    A 2-byte character is told by its lead byte, a 3-byte one by its first two
    bytes; a lead byte all of whose characters are in the script stands alone
    (U+4000-9FFF: lead bytes E4 to E9). Each prefix is counted with one
    `bytes.count` over the sample.
    """
    found: dict[str, tuple[bytes, ...]] = {}
    for name, script in lexicons.scripts().items():
        prefixes: set[bytes] = set()
        for low, high in script.blocks:
            code = max(low, 0x80)
            while code <= high:  # one character of each run of 64 that shares a prefix
                if not 0xD800 <= code <= 0xDFFF:
                    encoded = chr(code).encode("utf-8")
                    prefixes.add(encoded[:1] if len(encoded) == 2 else encoded[:2])
                code = (code // 64 + 1) * 64
        found[name] = tuple(sorted(_whole_leads(prefixes)))
    return found


def _whole_leads(prefixes: set[bytes]) -> set[bytes]:
    """`prefixes`, with the two-byte ones of a lead byte that they cover whole as that byte."""
    leads: dict[int, set[bytes]] = {}
    for prefix in prefixes:
        if len(prefix) == 2:
            leads.setdefault(prefix[0], set()).add(prefix)
    whole = {prefix for prefix in prefixes if len(prefix) == 1}
    for lead, seconds in leads.items():
        valid = {bytes([lead, second]) for second in _second_bytes(lead)}
        whole |= {bytes([lead])} if valid <= seconds else seconds
    return whole


def _second_bytes(lead: int) -> range:
    """The bytes that may follow the lead byte of a 3-byte UTF-8 sequence."""
    if lead == 0xE0:
        return range(0xA0, 0xC0)
    if lead == 0xED:
        return range(0x80, 0xA0)  # the rest would be surrogates
    return range(0x80, 0xC0)


def guess_language(text: str) -> str:
    """Guess the ISO 639-1 code of `text`'s language, or `UNDETERMINED`.

    The native core reads the sample (`src/language.rs`) with this module's data.

    >>> guess_language("Der Gemeinderat hat am Montag über den Haushalt abgestimmt.")
    'de'
    >>> guess_language("市议会周一就预算进行了表决。")
    'zh'
    >>> guess_language("市議会は月曜日に予算を可決した。")
    'ja'
    >>> guess_language("12 34 56")
    'und'
    """
    return _guesser().guess(text)


@cache
def _guesser() -> _core.LanguageGuesser:
    """The guess over the shipped lexicons, built once per process."""
    writers = script_languages()
    syllabic = {name: script.syllabic for name, script in lexicons.scripts().items()}
    return _core.LanguageGuesser(
        scripts=[
            (name, syllabic[name], list(prefixes), list(writers.get(name, ())))
            for name, prefixes in _lead_bytes().items()
        ],
        stopwords={word: list(weights) for word, weights in _stopword_weights().items()},
    )


@cache
def _stopword_weights() -> dict[str, tuple[tuple[str, float], ...]]:
    """Each function word with the languages it belongs to, weighted 1/(their number)."""
    owners: dict[str, list[str]] = {}
    for lang in lexicons.languages():
        for word in lexicons.load_lines(lang, "stopwords"):
            owners.setdefault(word.casefold(), []).append(lang)
    return {word: tuple((lang, 1 / len(langs)) for lang in langs) for word, langs in owners.items()}

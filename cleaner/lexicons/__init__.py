"""Boilerplate vocabulary as data: one folder per language, one file per family.

Each file holds one phrase per line (``#`` starts a comment). Phrases are matched
against a whole line after `phrase_key` normalisation, by set lookup, which is
both faster and safer than a long alternation. Files are read on first use with
`importlib.resources` and cached, never at import time.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from importlib import resources

import regex

from cleaner.errors import ConfigError

_SPACES_RE = regex.compile(r"\s+")
# Characters that do not change what a label means when they open or close it:
# "Comments:", "No comments yet...", "Read more ›", "- Advertisement -".
_TRIM_CHARS = " \t\r\n\f\v\u00a0.:…!?|»›>→-–—•·*"
# No lexicon phrase is longer than this; longer lines get an empty key and so
# never match one, which spares prose lines the normalisation.
MAX_PHRASE_CHARS = 120


def phrase_key(text: str) -> str:
    """Normalise a line or a lexicon phrase for whole-line comparison.

    Case is folded, inner whitespace collapsed, and decoration around the label
    dropped (trailing dots and colons, leading bullets and dashes). Lines longer
    than `MAX_PHRASE_CHARS` give "" (no phrase is that long).

    >>> phrase_key("  No comments  yet...")
    'no comments yet'
    >>> phrase_key("- ADVERTISEMENT -")
    'advertisement'
    """
    if len(text) > MAX_PHRASE_CHARS:
        return ""
    key = text.strip(_TRIM_CHARS)
    if "  " in key or "\t" in key or "\u00a0" in key:
        key = _SPACES_RE.sub(" ", key)
    return key.casefold()


class Lexicon:
    """The phrases of one language, by family, loaded on demand.

    A family with no file in that language is an empty set: nothing matches.
    An existing file with no phrases is an error, because it is almost always
    a mistake that would silently switch a family off.
    """

    def __init__(self, lang: str) -> None:
        if not resources.files(__name__).joinpath(lang).is_dir():
            raise ConfigError(
                f"no lexicons for language {lang!r}; available: {', '.join(languages())}"
            )
        self.lang = lang

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (for_language, (self.lang,))

    def phrases(self, family: str) -> frozenset[str]:
        """The normalised phrases of `family`, for set lookup with `phrase_key`."""
        return frozenset(phrase_key(p) for p in load_lines(self.lang, family))

    def words(self, family: str) -> tuple[str, ...]:
        """The raw entries of `family` (month names, agency names) for use inside patterns."""
        return load_lines(self.lang, family)

    def alternation(self, family: str) -> str:
        """A regex alternation of the escaped entries of `family`, longest first.

        Refuses an empty family, whose alternation would match everything.
        """
        entries = sorted(load_lines(self.lang, family), key=len, reverse=True)
        if not entries:
            raise ConfigError(f"lexicon {self.lang}/{family} has no entries")
        return "|".join(regex.escape(e) for e in entries)


@cache
def for_language(lang: str) -> Lexicon:
    """The shared `Lexicon` of `lang`."""
    return Lexicon(lang)


@cache
def load_lines(lang: str, family: str) -> tuple[str, ...]:
    """Read `lexicons/<lang>/<family>.txt`: NFC, comments and blank lines dropped."""
    path = resources.files(__name__).joinpath(lang, f"{family}.txt")
    if not path.is_file():
        return ()
    entries = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        entry = raw.split("#", 1)[0].strip()
        if entry:
            entries.append(unicodedata.normalize("NFC", entry))
    if not entries:
        raise ConfigError(f"lexicon {lang}/{family}.txt exists but has no entries")
    return tuple(entries)


def languages() -> tuple[str, ...]:
    """Language codes that have a lexicon folder."""
    root = resources.files(__name__)
    return tuple(
        sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith("_"))
    )

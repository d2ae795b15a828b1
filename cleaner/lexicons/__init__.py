"""Boilerplate vocabulary as data: one folder per language, one file per family.

Each file holds one phrase per line (``#`` starts a comment). Phrases are matched
against a whole line after `phrase_key` normalisation, by set lookup, which is
both faster and safer than a long alternation. Files are read on first use with
`importlib.resources` and cached, never at import time.

A `Lexicon` covers one language or several. The default pipeline uses the
`merged` lexicon of every shipped language: a line that is nothing but a
boilerplate label ("Werbung", "Lire aussi", "相关阅读") is boilerplate whatever
the language of the page around it, and one union set costs no more to look up
than one language's set. See ``lexicons/README.md`` for the file format and how
to add a language.
"""

from __future__ import annotations

import tomllib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import regex

from cleaner import _core
from cleaner.errors import ConfigError

# Lines are normalised for lookup by the native core (`src/lines.rs`):
# case folded, inner whitespace collapsed, the decoration around a label
# ("Comments:", "- Advertisement -", "相关阅读：") and an indented nested bullet
# ("    + Email") dropped; a line of more than 120 characters, indentation aside,
# gets the empty key, which no phrase has.
phrase_key = _core.phrase_key


class Lexicon:
    """The phrases of one or more languages, by family, loaded on demand.

    With several languages every family is the union of theirs. A family with
    no file in a language contributes nothing there, so a family that no
    language has is an empty set: nothing matches. An existing file with no
    phrases is an error, because it is almost always a mistake that would
    silently switch a family off.

    >>> "werbung" in merged().phrases("ad_markers")
    True
    """

    def __init__(self, *langs: str) -> None:
        if not langs:
            raise ConfigError("a lexicon needs at least one language")
        for lang in langs:
            if not resources.files(__name__).joinpath(lang).is_dir():
                raise ConfigError(
                    f"no lexicons for language {lang!r}; available: {', '.join(languages())}"
                )
        self.langs: tuple[str, ...] = langs
        # One code for one language, "de+en" for several: used in messages.
        self.lang = "+".join(langs)

    def __reduce__(self) -> tuple[object, tuple[tuple[str, ...]]]:
        return (for_languages, (self.langs,))

    def __repr__(self) -> str:
        return f"Lexicon({', '.join(map(repr, self.langs))})"

    def phrases(self, family: str) -> frozenset[str]:
        """The normalised phrases of `family`, for set lookup with `phrase_key`."""
        return _phrases(self.langs, family)

    def words(self, family: str) -> tuple[str, ...]:
        """The raw entries of `family` (month names, agency names) for use inside patterns.

        Entries that differ only in case are given once, in the first language's spelling.
        """
        return _unique(e for lang in self.langs for e in load_lines(lang, family))

    def words_by_language(self, family: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """`(lang, entries)` for each language that has `family`, in this lexicon's order.

        For patterns built per language and then joined, such as "vor {n} {unit}"
        with the German unit words only.
        """
        return tuple(
            (lang, load_lines(lang, family)) for lang in self.langs if load_lines(lang, family)
        )

    def alternation(self, family: str) -> str:
        """A regex alternation of the escaped entries of `family`, longest first.

        Refuses an empty family, whose alternation would match everything.
        """
        return alternation_of(self.words(family), name=f"{self.lang}/{family}")


def alternation_of(entries: Iterable[str], *, name: str) -> str:
    """Escape `entries` and join them longest first, so "Sept" is tried before "Sep".

    Refuses no entries at all, since an empty alternation matches everywhere.

    >>> alternation_of(["Mai", "Mais"], name="example")
    'Mais|Mai'
    """
    ordered = sorted(set(entries), key=lambda e: (-len(e), e))
    if not ordered:
        raise ConfigError(f"lexicon {name} has no entries")
    return "|".join(regex.escape(e) for e in ordered)


def _unique(entries: Iterable[str]) -> tuple[str, ...]:
    seen: set[str] = set()
    kept: list[str] = []
    for entry in entries:
        folded = entry.casefold()
        if folded not in seen:
            seen.add(folded)
            kept.append(entry)
    return tuple(kept)


@cache
def _phrases(langs: tuple[str, ...], family: str) -> frozenset[str]:
    return frozenset(phrase_key(p) for lang in langs for p in load_lines(lang, family))


@cache
def for_language(lang: str) -> Lexicon:
    """The shared `Lexicon` of `lang` alone."""
    return Lexicon(lang)


@cache
def for_languages(langs: tuple[str, ...]) -> Lexicon:
    """The shared `Lexicon` over `langs` (the union of their families)."""
    return Lexicon(*langs)


def merged() -> Lexicon:
    """The `Lexicon` of every shipped language, which the default pipeline uses."""
    return for_languages(languages())


@dataclass(frozen=True, slots=True)
class LanguageFacts:
    """What the code needs to know of a language, from ``lexicons/<lang>/language.toml``.

    Kept with the lexicons, so that adding a language touches only `lexicons/`.
    """

    script: str
    """The script its pages are written in, one of `scripts()`."""
    spaceless: bool
    """Lines join without a space (Chinese, Japanese)."""
    hyphenates: bool
    """A word may be hyphenated across a line break (not in CJK, Arabic or Hindi text)."""


@dataclass(frozen=True, slots=True)
class Script:
    """A script, from ``lexicons/scripts.toml``: the code points whose letters count as its."""

    name: str
    blocks: tuple[tuple[int, int], ...]
    syllabic: bool
    """One character is a syllable or a word rather than a letter (Han, kana, Hangul)."""


@cache
def language_facts(lang: str) -> LanguageFacts:
    """The `LanguageFacts` of a shipped language; a missing or broken file is a `ConfigError`.

    >>> language_facts("ja")
    LanguageFacts(script='Kana', spaceless=True, hyphenates=False)
    """
    data = _toml(f"{lang}/language.toml")
    script, spaceless, hyphenates = (data.get(k) for k in ("script", "spaceless", "hyphenates"))
    if (
        data.keys() != {"script", "spaceless", "hyphenates"}
        or script not in scripts()
        or not isinstance(spaceless, bool)
        or not isinstance(hyphenates, bool)
    ):
        raise ConfigError(
            f"lexicons/{lang}/language.toml needs exactly: script (one of "
            f"{', '.join(scripts())}), spaceless and hyphenates (true or false)"
        )
    return LanguageFacts(script, spaceless, hyphenates)


@cache
def scripts() -> dict[str, Script]:
    """The scripts of ``lexicons/scripts.toml``, by name."""
    found: dict[str, Script] = {}
    for name, table in _toml("scripts.toml").items():
        try:
            blocks = tuple(
                (int(low, 16), int(high, 16))
                for low, high in (block.split("-") for block in table["blocks"])
            )
        except (KeyError, TypeError, ValueError, AttributeError):
            raise ConfigError(
                f'lexicons/scripts.toml: [{name}] needs blocks = ["0400-047F", ...]'
            ) from None
        found[name] = Script(name, blocks, bool(table.get("syllabic", False)))
    return found


def _toml(name: str) -> dict[str, Any]:
    path = resources.files(__name__).joinpath(*name.split("/"))
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"lexicons/{name} is missing (see lexicons/README.md)") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"lexicons/{name} is not valid TOML: {error}") from None


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


@cache
def languages() -> tuple[str, ...]:
    """Language codes that have a lexicon folder, sorted."""
    root = resources.files(__name__)
    return tuple(
        sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith("_"))
    )


def families(lang: str) -> tuple[str, ...]:
    """The families that `lang` has a file for, sorted."""
    folder = resources.files(__name__).joinpath(lang)
    return tuple(
        sorted(p.name[:-4] for p in folder.iterdir() if p.is_file() and p.name.endswith(".txt"))
    )

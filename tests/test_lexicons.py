"""Hygiene of the lexicon data files, and coverage of the families the filters use.

Every ``cleaner/lexicons/<lang>/<family>.txt``: entries (comments and blank lines
dropped) sorted and unique, the file NFC-normalised, at least one entry, and no
entry that normalises to nothing under `phrase_key` (it would match every
decorative line such as "..." or "|").
"""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

import pytest

import cleaner.lexicons
from cleaner import CleanerConfig, registry
from cleaner.lexicons import load_lines, phrase_key

LEXICON_ROOT = Path(cleaner.lexicons.__file__).resolve().parent
FILES = sorted(LEXICON_ROOT.glob("*/*.txt"))

# Known data bugs: the test stays, as a strict xfail naming the problem.
XFAIL_SORTED: dict[str, str] = {}


def entries_of(path: Path) -> list[str]:
    entries = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        entry = raw.split("#", 1)[0].strip()
        if entry:
            entries.append(entry)
    return entries


def file_id(path: Path) -> str:
    return path.relative_to(LEXICON_ROOT).as_posix()


def file_params(xfails: dict[str, str] | None = None) -> list[Any]:
    params = []
    for path in FILES:
        marks = []
        if xfails and file_id(path) in xfails:
            marks.append(pytest.mark.xfail(strict=True, reason=xfails[file_id(path)]))
        params.append(pytest.param(path, id=file_id(path), marks=marks))
    return params


def test_there_are_lexicon_files() -> None:
    assert len([p for p in FILES if p.parent.name == "en"]) >= 14


@pytest.mark.parametrize("path", file_params(XFAIL_SORTED))
def test_entries_are_sorted(path: Path) -> None:
    entries = entries_of(path)
    assert entries == sorted(entries)


@pytest.mark.parametrize("path", file_params())
def test_file_hygiene(path: Path) -> None:
    """Unique, NFC, not empty, every entry a phrase, and read back as written."""
    text = path.read_text(encoding="utf-8")
    entries = entries_of(path)
    assert entries != []
    assert sorted({e for e in entries if entries.count(e) > 1}) == []  # duplicates
    assert unicodedata.normalize("NFC", text) == text
    assert [e for e in entries if not phrase_key(e)] == []
    assert list(load_lines(path.parent.name, path.stem)) == entries


class RecordingLexicon:
    """Wraps a real lexicon and records every family a filter asks it for."""

    def __init__(self, real: object) -> None:
        self._real = real
        self.families: set[str] = set()

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self._real, name)
        if not callable(attribute):
            return attribute

        def recorded(*args: Any, **kwargs: Any) -> Any:
            if args and isinstance(args[0], str):
                self.families.add(args[0])
            return attribute(*args, **kwargs)

        return recorded


def families_used_by_filters() -> set[str]:
    lexicon = RecordingLexicon(cleaner.lexicons.for_language("en"))
    for name in registry.known_names():
        registry.get(name).from_config(CleanerConfig(), lexicon)  # type: ignore[arg-type]
    return lexicon.families


# Families that the built-in filters cannot work without: their rules are empty
# (or, for patterns, refuse to build) when the file is missing.
REQUIRED_EN_FAMILIES = {
    "ad_markers",
    "caption_credits",
    "comment_stubs",
    "cookie_notices",
    "footers",
    "months",
    "nav_sections",
    "navigation",
    "publishers",
    "related_headings",
    "teaser_prefixes",
    "weekdays",
    "widgets",
    "widgets_context",
}


def test_filters_ask_for_the_required_families() -> None:
    """The recording works: building the filters asks for every required family."""
    assert families_used_by_filters() >= REQUIRED_EN_FAMILIES


def test_every_family_used_by_a_filter_exists_for_english() -> None:
    missing = sorted(
        f for f in REQUIRED_EN_FAMILIES if not (LEXICON_ROOT / "en" / f"{f}.txt").is_file()
    )
    assert missing == []


def test_every_family_a_filter_asks_for_exists_somewhere() -> None:
    """A misspelt family name in a filter would silently match nothing.

    `<family>_context` files are optional by design (`PhraseFilter`): a missing
    one only means the family has no guarded extras.
    """
    shipped = {path.stem for path in FILES}
    asked = {f for f in families_used_by_filters() if not f.endswith("_context")}
    assert sorted(asked - shipped) == []


def test_an_indented_phrase_keeps_its_key() -> None:
    # Layout-aware renderings indent a sidebar's heading by a hundred columns and more.
    assert phrase_key(" " * 150 + "Most Read") == "most read"
    assert phrase_key("x" * 150) == ""

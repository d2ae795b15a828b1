"""The pure-Python line table of commit f5416b8, kept as the oracle of the native core.

`split_lines` and `phrase_key` moved into the Rust core (`src/lines.rs`) with
issue #12. These are their last Python versions, unchanged but for names,
which `tests/test_core_lines.py` holds the core to on generated text and on
every line of the bench.
"""

from __future__ import annotations

import regex

_LINE_BREAK_RE = regex.compile(r"\r\n|\r|\n")
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
_NO_INVISIBLE = str.maketrans("", "", _INVISIBLE)
_SPACES_RE = regex.compile(r"\s+")
_TRIM_CHARS = " \t\r\n\f\v\u00a0\u3000.:…!?|»›>→-–—•·*。：！？【】"
_NESTED_BULLETS = ("+ ", "o ")
_INDENTS = (" ", "\t")
_MAX_PHRASE_CHARS = 120


def is_blank_text(text: str) -> bool:
    """Whether `text` shows nothing: only whitespace and invisible characters."""
    stripped = text.strip()
    if not stripped:
        return True
    return stripped[0] in _INVISIBLE and not stripped.translate(_NO_INVISIBLE).strip()


def phrase_key(text: str) -> str:
    """Normalise a line or a lexicon phrase for whole-line comparison."""
    if len(text) > _MAX_PHRASE_CHARS and len(text.strip()) > _MAX_PHRASE_CHARS:
        return ""
    if text[:1] in _INDENTS:
        body = text.lstrip()
        if body[:2] in _NESTED_BULLETS:
            text = body[2:]
    key = text.strip(_TRIM_CHARS)
    if "  " in key or "\t" in key or "\u00a0" in key or "\u3000" in key:
        key = _SPACES_RE.sub(" ", key)
    return key.casefold()


def line_fields(number: int, start: int, text: str) -> tuple[int, int, str, str, str]:
    """(number, start, text, stripped, key) of one line, as `Line.of` made them."""
    stripped = text.strip()
    if stripped and stripped[0] in _INVISIBLE and is_blank_text(stripped):
        return (number, start, text, "", "")
    return (number, start, text, stripped, phrase_key(text))


def split_lines(text: str) -> list[tuple[int, int, str, str, str]]:
    """The lines of `text` as field tuples; a trailing line break makes no extra line."""
    lines = []
    start = 0
    for number, match in enumerate(_LINE_BREAK_RE.finditer(text)):
        lines.append(line_fields(number, start, text[start : match.start()]))
        start = match.end()
    if start < len(text):
        lines.append(line_fields(len(lines), start, text[start:]))
    return lines

"""The pure-Python line tests of the `ad_markers` filter, commit eb438ea: the core's oracle.

The sponsor's label, the label leading a paragraph and the labels between two
sentences moved into the Rust core (`src/ads.rs`) with issue #12. These are
their last Python versions, unchanged but for taking plain strings and word
lists, which `tests/test_core_ads.py` holds the core to on every bench line and
on generated text.
"""

# ruff: noqa

from __future__ import annotations

import regex

from cleaner.shape import ends_sentence

_INLINE_LABEL_RE = regex.compile(
    r"""
    (?<= [.!?…] ["'”’)\]]* )            # a sentence has just ended
    \s+
    (?: Advertisement | ADVERTISEMENT
      | (?:Story|Article)\ continues\ below\ advertisement
      | Continue\ reading\ below
    )
    (?: \s+ (?= ["'“‘(\[]* \p{Lu} )     # the next sentence starts: "Advertisement The ..."
      | \s* $                           # or the line ends: "... expenses. Advertisement"
    )
    """,
    regex.VERBOSE,
)
_TRAILING_MARKS = "-–—:|·•."
_PARAGRAPH_MIN_WORDS = 6
_PARAGRAPH_AFTER_RE = regex.compile(r"[\"'“‘(«„]*\p{Lu}")
_WORD_RE = regex.compile(r"[\p{L}\p{N}]+")
_MIN_RUN_ON_CHARS = 60
_SPONSOR_RE = regex.compile(
    r"""
    (?i:sponsored|presented|brought\ to\ you|supported|in\ partnership\ with)
    (?(?<=with)|\ (?i:by))
    (?: \s* [:|–—-]? \s* (?:\p{Lu}[\p{L}\p{N}&'’.+-]*|&)(?:\ (?:\p{Lu}[\p{L}\p{N}&'’.+-]*|&|of|and|the)){0,5} )?
    \s*[:.]?
    """,
    regex.VERBOSE,
)
_MAX_SPONSOR_CHARS = 60


def is_sponsor_label(text: str) -> bool:
    """`AdMarkers.rule_for`'s sponsor test on a stripped line."""
    return bool(
        len(text) <= _MAX_SPONSOR_CHARS and text[:1] in "SsPpBbIi" and _SPONSOR_RE.fullmatch(text)
    )


class LeadingLabels:
    """`AdMarkers.leading_label`, with the labels of the lexicon."""

    def __init__(self, leading: list[str]) -> None:
        spellings = dict.fromkeys(
            spelling
            for label in leading
            for spelling in (label[:1].upper() + label[1:], label.upper())
        )
        self.spellings = list(spellings)
        self._leading_firsts = frozenset(label.split()[0].casefold() for label in leading)
        self.firsts = sorted(self._leading_firsts)
        by_initial: dict[str, tuple[str, ...]] = {}
        for spelling in spellings:
            by_initial[spelling[:1]] = (*by_initial.get(spelling[:1], ()), spelling)
        self._leading_by_initial = by_initial
        self._leading_re = (
            regex.compile(
                r"(?:"
                + "|".join(regex.escape(s).replace(r"\ ", " ") for s in spellings)
                + r")(?:\s*+[-–—:|·•]\s*+|\s++)(?=\S)"
            )
            if spellings
            else None
        )

    def leading_label(self, text: str, stripped: str) -> tuple[int, int] | None:
        spellings = self._leading_by_initial.get(stripped[:1], ())
        if self._leading_re is None or not stripped.startswith(spellings):
            return None
        head = stripped.split(None, 1)[0] if stripped else ""
        if head.rstrip(_TRAILING_MARKS).casefold() not in self._leading_firsts:
            return None
        match = self._leading_re.match(text, len(text) - len(text.lstrip()))
        if match is None:
            return None
        rest = text[match.end() :]
        if (
            not _PARAGRAPH_AFTER_RE.match(rest)
            or len(_WORD_RE.findall(rest)) < _PARAGRAPH_MIN_WORDS
        ):
            return None
        if not (ends_sentence(rest.rstrip()) or len(rest) >= _MIN_RUN_ON_CHARS):
            return None
        return match.start(), match.end()


def inline_labels(text: str) -> list[tuple[int, int]]:
    return [(match.start(), match.end()) for match in _INLINE_LABEL_RE.finditer(text)]


def word_count(text: str) -> int:
    return len(_WORD_RE.findall(text))

"""The document as filters see it: lines with offsets into the untouched original.

Filters never edit text. They look at `Line` objects, which remember where they
stand in the original string, and report spans to remove. Because offsets always
point into the original, every removal can be shown to a user (``--explain``) and
replayed (`cleaner.pipeline.apply_removals`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple

import regex

from cleaner import _core
from cleaner.kinds import Kind
from cleaner.lexicons import phrase_key

if TYPE_CHECKING:
    from cleaner.models import Removal

LINE_BREAK_RE = regex.compile(r"\r\n|\r|\n")

INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
"""Characters that show nothing (zero-width spaces and joiners, a stray byte-order mark).

Pages put a zero-width space on an otherwise empty line as a spacer; such a
line is blank, like a line of spaces.
"""


# Every character that `str.isdigit` takes: the decimal digits of `\d`, and the superscript,
# subscript, circled and other digits that are no decimal digits (a test checks each code
# point). One search in C instead of a loop over the characters in Python.
_DIGIT_RE = re.compile(
    "[\\d\u00b2-\u00b3\u00b9\u1369-\u1371\u19da\u2070\u2074-\u2079\u2080-\u2089"
    "\u2460-\u2468\u2474-\u247c\u2488-\u2490\u24ea\u24f5-\u24fd\u24ff\u2776-\u277e"
    "\u2780-\u2788\u278a-\u2792\U00010a40-\U00010a43\U00010e60-\U00010e68"
    "\U00011052-\U0001105a\U0001f100-\U0001f10a]"
)


def has_digit(text: str) -> bool:
    """Whether a character of `text` is a digit, as `str.isdigit` says ("²" is one).

    >>> has_digit("Page ²"), has_digit("No figures")
    (True, False)
    """
    return _DIGIT_RE.search(text) is not None


def is_blank_text(text: str) -> bool:
    """Whether `text` shows nothing: only whitespace and `INVISIBLE` characters.

    >>> is_blank_text(" \u200b "), is_blank_text("\u200bHi")
    (True, False)
    """
    return _core.is_blank_text(text)


class Line(NamedTuple):
    """One line, or one kept piece of a line, of the original text.

    `number` is the 0-based index of the original line. When a filter removes a
    span inside a line (an ad label between two sentences), the pipeline splits
    the line into pieces that share its `number`. `stripped` and `key` are
    computed once, because every filter looks at them: a named tuple keeps that
    cheap for millions of lines.
    """

    number: int
    start: int
    text: str
    stripped: str
    key: str

    @classmethod
    def of(cls, number: int, start: int, text: str) -> Line:
        """Build a line with its stripped text and its lexicon `key` (see `phrase_key`)."""
        stripped = text.strip()
        if stripped and stripped[0] in INVISIBLE and _core.is_blank_text(stripped):
            return cls(number, start, text, "", "")  # a spacer: blank
        return cls(number, start, text, stripped, phrase_key(text))

    @property
    def end(self) -> int:
        """Offset just past the last character of this line (before its newline)."""
        return self.start + len(self.text)

    @property
    def is_blank(self) -> bool:
        """True for a line that holds only whitespace (or `INVISIBLE` characters)."""
        return not self.stripped


@dataclass(frozen=True, slots=True)
class Doc:
    """The original text and the lines that are still kept at this point of the pipeline.

    `content` holds the non-blank kept lines, which is what most filters loop over;
    `removed` what earlier filters took out, for filters that judge by context
    (a comment-section heading ends the article); `lang` is the document's
    language, guessed once by the pipeline ("und" when unknown). `link_chars`
    counts, per line number, the characters that were the text of a link in
    the input (Markdown input only; see `cleaner.markdown`): how much of a
    line is navigation. `wrap` is the width a text-browser dump was wrapped
    at (0: not wrapped; see `cleaner.rejoin.wrap_width`). `kinds` holds the
    part each filter of the pipeline plays, by name (`cleaner.kinds`), for
    filters that judge by what filters of a kind removed (`removed_by`).

    `verdicts` is a cache that the pipeline hands on from each doc to the next
    one of the same run: filters keep there what they found out about single
    lines (`LineFilter.line_verdicts`), so that in a later round they judge
    only the lines they have not seen, not the whole document again.
    """

    text: str
    lines: tuple[Line, ...]
    content: tuple[Line, ...] = field(default=(), compare=False)
    lang: str = "und"
    removed: tuple[Removal, ...] = ()
    link_chars: Mapping[int, int] = field(default_factory=dict, compare=False, repr=False)
    wrap: int = 0
    verdicts: dict[tuple[int, str], tuple[object, Any]] = field(
        default_factory=dict, compare=False, repr=False
    )
    kinds: Mapping[str, Kind] = field(default_factory=dict, compare=False, repr=False)

    def removed_by(self, kind: Kind) -> Iterator[Removal]:
        """The removals so far of the filters that play the part `kind` (see `cleaner.kinds`)."""
        kinds = self.kinds
        return (r for r in self.removed if kinds.get(r.filter, Kind.LINES) & kind)

    def __post_init__(self) -> None:
        if self.lines and not self.content:
            object.__setattr__(self, "content", tuple([ln for ln in self.lines if ln.stripped]))

    @classmethod
    def from_text(
        cls, text: str, *, lang: str = "und", link_chars: Mapping[int, int] | None = None
    ) -> Doc:
        """Split `text` on newlines; a trailing newline does not make an extra line.

        >>> [line.text for line in Doc.from_text("a\\n\\nb\\n").lines]
        ['a', '', 'b']
        """
        return cls(
            text=text, lines=tuple(split_lines(text)), lang=lang, link_chars=link_chars or {}
        )


def split_lines(text: str) -> list[Line]:
    r"""The lines of `text` with their offsets; ``\n``, ``\r\n`` and a lone ``\r`` end a line.

    The native core splits the text and computes each line's stripped text and
    key in one pass (`cleaner._core.split_lines`).

    >>> [line.text for line in split_lines("a\r\nb\rc\n")]
    ['a', 'b', 'c']
    """
    return _core.split_lines(text, Line)


def last_line_number(text: str) -> int:
    """The number of the last line of `text` (-1 for empty text)."""
    if not text:
        return -1
    breaks = len(LINE_BREAK_RE.findall(text)) if "\r" in text else text.count("\n")
    return breaks - 1 if text.endswith(("\n", "\r")) else breaks

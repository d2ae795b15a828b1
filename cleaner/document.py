"""The document as filters see it: lines with offsets into the untouched original.

Filters never edit text. They look at `Line` objects, which remember where they
stand in the original string, and report spans to remove. Because offsets always
point into the original, every removal can be shown to a user (``--explain``) and
replayed (`cleaner.pipeline.apply_removals`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from cleaner.lexicons import phrase_key


@dataclass(frozen=True, slots=True)
class Line:
    """One line, or one kept piece of a line, of the original text.

    `number` is the 0-based index of the original line. When a filter removes a
    span inside a line (an ad label between two sentences), the pipeline splits
    the line into pieces that share its `number`.
    """

    number: int
    start: int
    text: str
    key: str = field(default="", compare=False)

    @classmethod
    def of(cls, number: int, start: int, text: str) -> Line:
        """Build a line and its `key`: the normalised text that lexicon phrases are looked up by."""
        return cls(number, start, text, phrase_key(text))

    @property
    def end(self) -> int:
        """Offset just past the last character of this line (before its newline)."""
        return self.start + len(self.text)

    @property
    def stripped(self) -> str:
        """The text without surrounding whitespace: what most rules compare against."""
        return self.text.strip()

    @property
    def is_blank(self) -> bool:
        """True for a line that holds only whitespace."""
        return not self.text.strip()


@dataclass(frozen=True, slots=True)
class Doc:
    """The original text and the lines that are still kept at this point of the pipeline.

    `content` holds the non-blank kept lines, which is what most filters loop over.
    """

    text: str
    lines: tuple[Line, ...]
    content: tuple[Line, ...] = field(default=(), compare=False)

    def __post_init__(self) -> None:
        if self.lines and not self.content:
            object.__setattr__(self, "content", tuple(ln for ln in self.lines if ln.text.strip()))

    @classmethod
    def from_text(cls, text: str) -> Doc:
        """Split `text` on newlines; a trailing newline does not make an extra line.

        >>> [line.text for line in Doc.from_text("a\\n\\nb\\n").lines]
        ['a', '', 'b']
        """
        return cls(text=text, lines=tuple(split_lines(text)))


def split_lines(text: str) -> Iterator[Line]:
    r"""Yield the lines of `text` with their offsets, treating ``\r\n`` as ``\n``.

    A ``\r`` before the newline stays in `Line.text`; rules compare stripped text,
    and the rejoin step normalises line ends.
    """
    start = 0
    length = len(text)
    number = 0
    while start < length:
        newline = text.find("\n", start)
        end = length if newline == -1 else newline
        yield Line.of(number, start, text[start:end])
        number += 1
        start = end + 1

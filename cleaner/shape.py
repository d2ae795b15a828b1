"""The shape of a line of text, defined once for the filters and rejoin alike.

Whether a line ends a sentence decides whether rejoin joins the next line to
it, whether a filter takes it for prose or for a title, a menu entry or a
teaser. One definition, in every script, so that the filters and rejoin
cannot disagree about it.
"""

from __future__ import annotations

from cleaner import _core

CLOSING_MARKS = "\"'”’»)]」』》〉）】"
"""Closing quotes and brackets, which may follow a sentence end."""

ends_sentence = _core.ends_sentence
"""Whether a line ends with sentence-final punctuation, in any script (`src/shape.rs`).

Latin, CJK full-width and half-width, Devanagari danda, Arabic and Urdu,
Armenian and Ethiopic sentence ends count; closing quotes and brackets may
follow, and so may one newline: ``ends_sentence('"He left?")')`` is true,
``ends_sentence("He left")`` false.
"""


def ends_question(line: str) -> bool:
    """True when `line` ends with a question or an exclamation mark, in any script.

    >>> ends_question('Is it worth it?'), ends_question('"Go!"'), ends_question("He left.")
    (True, True, False)
    """
    return line.rstrip().rstrip(CLOSING_MARKS).endswith(("?", "!", "？", "！"))


def is_title_like(text: str, *, max_words: int) -> bool:
    """A few words that do not end a sentence: a title, a menu entry, a teaser's headline.

    >>> is_title_like("Council approves budget", max_words=10)
    True
    >>> is_title_like("The council met.", max_words=10), is_title_like("a b c", max_words=2)
    (False, False)
    """
    return len(text.split()) <= max_words and not ends_sentence(text)

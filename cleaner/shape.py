"""The shape of a line of text, defined once for the filters and rejoin alike.

Whether a line ends a sentence decides whether rejoin joins the next line to
it, whether a filter takes it for prose or for a title, a menu entry or a
teaser. One definition, in every script, so that the filters and rejoin
cannot disagree about it.
"""

from __future__ import annotations

# Sentence ends: Latin, CJK full-width and half-width, Devanagari danda, Arabic and
# Urdu, Armenian, Ethiopic; then any closing quotes and brackets.
SENTENCE_ENDS = ".!?…。！？．｡।॥؟۔։።"
CLOSING_MARKS = "\"'”’»)]」』》〉）】"


def ends_sentence(line: str) -> bool:
    """True when `line` ends with sentence-final punctuation, in any script.

    Closing quotes and brackets may follow it, and so may one newline.

    >>> ends_sentence('He left.'), ends_sentence('"He left?")'), ends_sentence("He left")
    (True, True, False)
    >>> ends_sentence("他走了。」"), ends_sentence("वह चला गया।")
    (True, True)
    """
    if line.endswith("\n"):
        line = line[:-1]
    body = line.rstrip(CLOSING_MARKS)
    return body != "" and body[-1] in SENTENCE_ENDS


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

"""Main-content detection: keep the article's region of a whole-page text, drop the rest.

A page turned into text holds menus, teaser lists, sidebars and footers around
the article, much of which no phrase list names. Shallow text features carry
most of the signal (Kohlschütter et al. 2010, "Boilerplate Detection using
Shallow Text Features"; jusText's paragraph classes): article paragraphs are
long, dense in function words and end in sentence punctuation, while teasers
and menus are short, title-like and poor in function words.

The filter groups the kept lines into paragraphs the way `rejoin` would, scores
each one (prose counts for its length, chrome against it), and keeps the
contiguous stretch with the highest total score, the densest region of prose,
as the article (a maximum-sum subarray). Everything outside it goes, apart
from the headline just above it. Short lines inside the region stay: a
subheading or a one-line paragraph is never judged alone.

The filter does nothing when a text holds too little prose to judge, so
already-clean text and short notes pass untouched.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Self

import regex

from cleaner.filters.base import whole_line
from cleaner.language import guess_language
from cleaner.lexicons import load_lines
from cleaner.registry import register
from cleaner.rejoin import ends_sentence, is_list_item, looks_like_code, should_join

if TYPE_CHECKING:
    from cleaner.document import Doc, Line
    from cleaner.lexicons import Lexicon
    from cleaner.models import CleanerConfig, Removal

_WORD_RE = regex.compile(r"\w+")
_SYLLABIC_RE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")

# A paragraph is prose when it has at least this many words and this share of
# function words; syllabic scripts (no spaces) count characters instead.
PROSE_MIN_WORDS = 10
PROSE_MIN_STOPWORDS = 0.12
PROSE_MIN_SYLLABIC_CHARS = 40
# A long paragraph without a final full stop is still prose ("... said on Monday").
PROSE_UNPUNCTUATED_WORDS = 30
# How much a chrome paragraph counts against the region, per character, and at least.
CHROME_WEIGHT = 1.0
CHROME_MIN_CHARS = 25
# A page needs this much prose before any of it is judged; less is left alone.
MIN_PROSE_PARAGRAPHS = 2
HEADLINE_MAX_WORDS = 25
# How many headline or standfirst paragraphs above the region still count as the article's top.
TOP_EXTENSION = 2


@dataclass(frozen=True, slots=True)
class Paragraph:
    """Consecutive kept lines that rejoin would make into one paragraph."""

    lines: tuple[Line, ...]
    text: str


@register
class MainContent:
    """Keep the densest region of prose, the article, and the headline above it.

    >>> from cleaner import clean
    >>> page = "\\n".join(["Home", "World", "Sport", "Storm closes ferries",
    ...     "Gales forced the ferry company to cancel every sailing on Tuesday, and the "
    ...     "harbour master said that the piers would stay shut until the wind dropped.",
    ...     "Passengers who had booked a crossing will be moved to the first sailings of "
    ...     "the next morning, the company said in a statement on its website.",
    ...     "Most popular", "Cheap flights to the sun", "Ten gadgets for the kitchen"])
    >>> print(clean(page), end="")
    Storm closes ferries
    <BLANKLINE>
    Gales forced the ferry company to cancel every sailing on Tuesday, and the harbour master said that the piers would stay shut until the wind dropped.
    <BLANKLINE>
    Passengers who had booked a crossing will be moved to the first sailings of the next morning, the company said in a statement on its website.
    """

    name = "main_content"
    accepts_custom = False

    def __init__(self, lang: str | None = None) -> None:
        self._lang = lang

    @classmethod
    def from_config(cls, config: CleanerConfig, lexicon: Lexicon) -> Self:  # noqa: ARG003
        """Build with the configured language, if any; otherwise it is guessed per text."""
        return cls(getattr(config, "lang", None))

    def find(self, doc: Doc) -> Iterator[Removal]:
        """Remove every paragraph outside the article's region."""
        paragraphs = list(group_paragraphs(doc.lines))
        if not paragraphs:
            return
        stopwords = _stopwords(self._lang or guess_language(doc.text[:20_000]))
        scores = [score(p.text, stopwords) for p in paragraphs]
        if sum(s > 0 for s in scores) < MIN_PROSE_PARAGRAPHS:
            return
        first, last = densest_region(scores)
        # Short sentences just above the region (a standfirst) and the headline
        # belong to the article, and so do finished sentences just below it.
        for _ in range(TOP_EXTENSION):
            if first > 0 and (scores[first - 1] >= 0 or is_headline(paragraphs[first - 1].text)):
                first -= 1
        while last + 1 < len(scores) and scores[last + 1] >= 0 and ends_sentence(paragraphs[last + 1].text):
            last += 1
        for index, paragraph in enumerate(paragraphs):
            if not first <= index <= last:
                for line in paragraph.lines:
                    yield whole_line(self.name, line, "outside_main")


def group_paragraphs(lines: tuple[Line, ...]) -> Iterator[Paragraph]:
    """Group kept lines into paragraphs: blank lines, list items and sentence ends divide them."""
    group: list[Line] = []
    text = ""
    for line in lines:
        stripped = line.stripped
        if not stripped:
            if group:
                yield Paragraph(tuple(group), text)
            group, text = [], ""
            continue
        if group and not is_list_item(line.text) and should_join(text, stripped):
            group.append(line)
            text = f"{text} {stripped}"
            continue
        if group:
            yield Paragraph(tuple(group), text)
        group, text = [line], stripped
    if group:
        yield Paragraph(tuple(group), text)


def score(text: str, stopwords: frozenset[str]) -> float:
    """A paragraph's weight in the region: + its length for prose, - for chrome, ~0 between.

    >>> stop = frozenset({"the", "of", "and", "to", "a", "in", "on", "that", "was", "it"})
    >>> score("Sign in", stop) < 0 < score(
    ...     "The council voted on Monday to close the library, and it said that the "
    ...     "building was too old to repair.", stop)
    True
    """
    syllabic = len(_SYLLABIC_RE.findall(text))
    if syllabic * 2 >= len(text):
        if syllabic >= PROSE_MIN_SYLLABIC_CHARS and ends_sentence(text):
            return float(len(text))
        return -CHROME_WEIGHT * max(len(text), CHROME_MIN_CHARS) if syllabic < 12 else 0.0
    words = _WORD_RE.findall(text.casefold())
    if not words:
        return -CHROME_WEIGHT * CHROME_MIN_CHARS
    density = sum(word in stopwords for word in words) / len(words)
    finished = ends_sentence(text) or len(words) >= PROSE_UNPUNCTUATED_WORDS
    if len(words) >= PROSE_MIN_WORDS and density >= PROSE_MIN_STOPWORDS and finished:
        return float(len(text))
    if len(words) >= 4 and density >= PROSE_MIN_STOPWORDS and (finished or is_list_item(text)):
        return 0.0  # a short sentence or a list item: neither for nor against
    if len(words) >= PROSE_MIN_WORDS and density >= 2 * PROSE_MIN_STOPWORDS:
        return 0.0  # a sentence without its full stop: a standfirst, a caption
    if looks_like_code([text]):
        return 0.0
    return -CHROME_WEIGHT * max(len(text), CHROME_MIN_CHARS)


def densest_region(scores: list[float]) -> tuple[int, int]:
    """The first and last index of the contiguous run with the largest total (Kadane).

    >>> densest_region([-5, 10, -2, 8, -30, 4])
    (1, 3)
    """
    best, best_first, best_last = float("-inf"), 0, 0
    total, first = 0.0, 0
    for index, value in enumerate(scores):
        if total <= 0:
            total, first = 0.0, index
        total += value
        if total > best:
            best, best_first, best_last = total, first, index
    return best_first, best_last


def is_headline(text: str) -> bool:
    """A title-like line just above the article: short, and not a finished sentence."""
    return len(text.split()) <= HEADLINE_MAX_WORDS and not ends_sentence(text)


@cache
def _stopwords(lang: str) -> frozenset[str]:
    try:
        words = load_lines(lang, "stopwords")
    except Exception:  # noqa: BLE001  (an unknown or undetermined language: use English)
        words = ()
    return frozenset(w.casefold() for w in (words or load_lines("en", "stopwords")))

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
as the article (a maximum-sum subarray). The headline just above it stays, and
the article runs on after its last prose paragraph until the next line an
earlier filter removed, so that a list or table closing it stays; everything
else goes. Short lines inside the region stay: a subheading or a one-line
paragraph is never judged alone.

The filter does nothing unless the text is a whole page (earlier filters found
its frame: menus, footers, cookie banners; or a header of chrome lines stands
above the region) and the region is clearly the article (enough prose, a good
share of the page's), so already-clean text, short notes and pages made of
lists or tables pass untouched.
"""

from __future__ import annotations

import bisect
from collections import Counter, deque
from collections.abc import Iterator, Mapping
from functools import cache
from itertools import accumulate
from typing import TYPE_CHECKING, Self

import regex

from cleaner import _core
from cleaner.document import has_digit
from cleaner.filters.base import whole_line
from cleaner.filters.furniture import is_placeholder
from cleaner.kinds import Kind
from cleaner.language import guess_language
from cleaner.lexicons import load_lines
from cleaner.registry import register
from cleaner.rejoin import (
    Paragraph,
    group_paragraphs,
    is_list_item,
    list_marker,
)
from cleaner.shape import ends_question, ends_sentence

if TYPE_CHECKING:
    from cleaner.config import CleanerConfig
    from cleaner.document import Doc
    from cleaner.lexicons import Lexicon
    from cleaner.models import Removal

_SYLLABIC_RE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")

PROSE_MIN_STOPWORDS = 0.12
# How much a chrome paragraph counts against the region, per character, at least
# and at most: menus and labels are short; a long line scored as chrome is as
# often an article's table row or ingredient list as a teaser.
CHROME_WEIGHT = 1.5
CHROME_MIN_CHARS = 25
CHROME_MAX_CHARS = 50
# Only a whole page is judged: one where earlier filters found this much of the
# page's frame (menus, footers, cookie banners: `Kind.FRAMES_PAGE`). Related and
# comment sections do not count: an article-only text can hold them.
MIN_PAGE_CHROME = 2
# A line an earlier filter removed counts against a region that reaches across
# it as much as a chrome line of ten characters.
REMOVED_LINE_WEIGHT = 15.0
# Without such removals, a page still shows itself by its header: this many
# chrome paragraphs above the region (an article opens with its headline).
MIN_HEADER_PARAGRAPHS = 10
MIN_FOOTER_PARAGRAPHS = 3  # below the text, the frame of a page whose region is not clear
HEADLINE_MAX_WORDS = 25
# A headline has at least this many words (or syllabic characters, in Chinese,
# Japanese and Korean), and stands at most this many paragraphs above the region.
HEADLINE_MIN_WORDS = 3
HEADLINE_MIN_SYLLABLES = 6
HEADLINE_SEARCH = 10
HEADLINE_FULL_WORDS = 5
# A page's title line: its headline and the site's name, apart by a separator.
HEADLINE_TITLE_MAX_CHARS = 300
_TITLE_SEPARATOR_RE = regex.compile(r"\s+[-|–—·:»/]+\s+\S")
_TITLE_SEPARATOR_END_RE = regex.compile(r"\S\s+[-|–—·:»/]+\s+$")
# At most this share of a headline's words hold a digit (a dateline is mostly figures).
HEADLINE_DIGITS = 0.2
# A sentence that ends inside a line: a caption or a summary, no headline.
# Two lower-case letters before the stop: "ID. SPACE", "U.S. Senate" and "Dr. Who" are no break.
_SENTENCE_BREAK_RE = regex.compile(r"(?<=\p{Ll}\p{Ll})[.!?…][\"'”’»)]*\s+\p{Lu}\p{Ll}|[。！？]")
# A prose paragraph between two chrome ones counts this much of its length.
ISOLATED_FACTOR = 0.5
# Prose at the very end of a page counts this much less than prose at its top.
LATE_DISCOUNT = 0.5
# The region must hold this much prose, and this share of the page's, to be cut out.
MIN_REGION_PROSE = 400.0
MIN_REGION_SHARE = 0.4
# A shorter article (a news brief, a paywalled teaser) counts when it holds this
# much prose, this share of the page's, and the page's chrome outweighs it this
# many times over: a small island of prose in a sea of menus.
MIN_SHORT_REGION_PROSE = 200.0
MIN_SHORT_REGION_SHARE = 0.6
SHORT_REGION_CHROME_FACTOR = 4.0
# A single paragraph of prose counts when it holds nearly all the page's prose
# and the page's chrome outweighs it many times over: a news brief on a portal.
MIN_ISLAND_PROSE = 100.0
MIN_ISLAND_SHARE = 0.9
ISLAND_CHROME_FACTOR = 20.0
# A bulleted line counts as a link to another page when this share of its longer
# words is capitalised ("* Volker Saw No Harm in Investigating Unfounded Theories").
TITLE_CASE_SHARE = 0.6
# Below the article, a headline of another article (this many long words, this
# share capitalised) ends the article even without a bullet: a closing list's
# heading ("The Doobie Brothers Tour Dates") and its entries are short or hold figures.
TEASER_TITLE_WORDS = 5
TEASER_TITLE_SHARE = 0.9
# Unless the article's own text follows it (this many words, not all numbers): then it is a
# subheading of the article ("Meal Prep Menu for Eating Plan A" over the plan).
SECTION_TEXT_MIN_WORDS = 3
# The region ends before this many paragraphs without prose when a teaser rail,
# less prose than the article and at most this share of its paragraphs, follows.
TEASER_TAIL_GAP = 8
TEASER_TAIL_PROSE_SHARE = 0.5
# A comment-section heading ends the article once this much prose stands before
# it, however long the thread after it runs.
MIN_PROSE_BEFORE_COMMENTS = 400.0
# Inside the article, a chrome paragraph of this many characters that the page
# holds this many times is the template's, not the article's.
REPEATED_MIN_CHARS = 20
REPEATED_MIN_COUNT = 4
DUPLICATE_MIN_WORDS = 5  # a paragraph the article states twice in a row: the second goes
DUPLICATE_WINDOW = 3
DUPLICATE_SENTENCE_WORDS = 10
# A paragraph counts as chrome when this share of its characters was link text (Markdown input).
LINK_DENSITY_CHROME = 0.5
# A record of a list or table repeats at least this many punctuation marks of its neighbour's.
RECORD_MIN_MARKS = 2
_NO_MARK_RE = regex.compile(r"[\w\s]+")
# How many headline or standfirst paragraphs above the region still count as the article's top.
TOP_EXTENSION = 2


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
    kind = Kind.WHOLE_PAGE
    accepts_custom = False

    def __init__(self, lang: str | None = None, *, keep_related: bool = False) -> None:
        self._lang = lang
        self._keep_related = keep_related

    @classmethod
    def from_config(cls, config: CleanerConfig, lexicon: Lexicon) -> Self:
        """Build with the configured language (else guessed per text) and `[related_links] keep`."""
        return cls(config.lang, keep_related=config.related_links.keep)

    def find(self, doc: Doc) -> Iterator[Removal]:
        """Remove every paragraph outside the article's region."""
        framed = sum(1 for _ in doc.removed_by(Kind.FRAMES_PAGE)) >= MIN_PAGE_CHROME
        paragraphs = group_paragraphs(doc.lines, wrap=doc.wrap)
        scores, linked = self._scores(doc, paragraphs)
        repeated = _repeated_chrome(scores, paragraphs)
        firsts = _discount_repeats(scores, paragraphs)
        _discount_isolated(scores, {i for i, p in enumerate(paragraphs) if is_placeholder(p.text)})
        _discount_late(scores, paragraphs, len(doc.text))
        region = self._region(scores, paragraphs, doc, linked, firsts)
        if region is None:
            if framed:  # no clear article: the page's frame goes, the rest stays
                for index in _frame(scores, paragraphs):
                    for line in paragraphs[index].lines:
                        yield whole_line(self.name, line, "page_frame")
            return
        first, last, between = region
        if (
            not framed
            and sum(s < 0 for s in scores[:first]) < MIN_HEADER_PARAGRAPHS
            and not _has_footer(scores, paragraphs, last, sorted(r.start for r in doc.removed))
        ):
            return  # no frame, no header, no footer: the text is already an article
        recent: deque[str] = deque(maxlen=DUPLICATE_WINDOW)
        for index, paragraph in enumerate(paragraphs):
            if not first <= index <= last or index in between:
                rule = "outside_main"
            elif index in repeated:
                rule = "repeated"
            elif _is_duplicate(paragraph.text, recent):
                rule = "duplicate"
            else:
                continue
            for line in paragraph.lines:
                yield whole_line(self.name, line, rule)

    def _scores(self, doc: Doc, paragraphs: list[Paragraph]) -> tuple[list[float], set[int]]:
        """Each paragraph's weight (`score`), and the paragraphs mostly of link text (chrome)."""
        lang = self._lang or (doc.lang if doc.lang != "und" else guess_language(doc.text))
        # The native core scores each text once (a page repeats a fifth of its paragraphs).
        scores = _scorer(lang).scores([paragraph.text for paragraph in paragraphs])
        linked = _linked(paragraphs, doc.link_chars) if doc.link_chars else set()
        for index in linked:
            scores[index] = -CHROME_WEIGHT * min(
                max(len(paragraphs[index].text), CHROME_MIN_CHARS), CHROME_MAX_CHARS
            )
        return scores, linked

    def _region(
        self,
        scores: list[float],
        paragraphs: list[Paragraph],
        doc: Doc,
        linked: set[int],
        firsts: list[int],
    ) -> tuple[int, int, set[int]] | None:
        """The first and last paragraph of the article, or None when there is no clear one.

        The third item holds the chrome paragraphs between the headline and the
        article's first paragraph, which go too (see `_headline_above`).

        `linked` are the paragraphs made mostly of link text (Markdown input);
        `firsts` gives, per paragraph, the first paragraph of the page with its text.
        """
        if not any(s > 0 for s in scores):
            return None
        removed = sorted(r.start for r in doc.removed)
        gaps = _removal_gaps(paragraphs, removed)
        first, last = densest_region(scores, gaps)
        judged = scores
        limit = _comment_limit(scores, paragraphs, doc)
        if last >= limit:
            # The article, not the thread of comments after it (often the
            # longer of the two); its share is of the prose before the thread.
            first, last = densest_region(scores[:limit], gaps[:limit])
            judged = scores[:limit]
        if not _is_confident(judged, first, last):
            return None  # keep the page rather than cut into a list or a table
        last = _cut_teaser_tail(scores, first, last)
        if self._keep_related:
            last = len(paragraphs) - 1  # related articles follow the main one
        # Above the region, its headline and standfirst; below it, the article
        # runs on to the page's chrome. The page's own lines end it there: links, or a text
        # the page showed above the article already (its headline as a teaser).
        first, between = _headline_above(first, scores, paragraphs)
        template = linked | {i for i in range(last + 1, len(firsts)) if firsts[i] < first}
        last = _extend_to_next_removal(last, scores, paragraphs, removed, template)
        return first, last, between


def _has_footer(
    scores: list[float], paragraphs: list[Paragraph], last: int, removed: list[int]
) -> bool:
    """Whether a page's footer follows the region: as many chrome paragraphs as a header, no prose.

    Without a frame found by the filters or a header above the article, a text
    is left whole; a long run of chrome after the article, without any prose
    of its own, is a page's footer all the same (menus, addresses, teaser
    titles) when an earlier filter removed something where it begins (an
    author box, a related heading). Without that, the run may be the
    article's own closing list.
    """
    below = scores[last + 1 :]
    return (
        sum(s < 0 for s in below) >= MIN_HEADER_PARAGRAPHS
        and not any(s > 0 for s in below)
        and _removed_between(paragraphs, last, removed)
    )


def _is_duplicate(text: str, recent: deque[str]) -> bool:
    """Whether one of the last few kept paragraphs says this one word for word; else remember it.

    A page prints its headline twice (the title and a share card), a caption
    above and below its photo: a title or a sentence of some length. An
    interview may put the same question to each guest, but farther apart:
    only a repeat within `DUPLICATE_WINDOW` goes.
    """
    words = len(text.split())
    if words < DUPLICATE_MIN_WORDS or is_list_item(text):
        return False  # a list may repeat an entry: "* See it now: Amazon"
    if words < DUPLICATE_SENTENCE_WORDS and not is_headline(text):
        return False  # a short line that is no title: a tweet's "— Name (@name) date"
    key = text.casefold()
    if key in recent:
        return True
    recent.append(key)
    return False


def _frame(scores: list[float], paragraphs: list[Paragraph]) -> list[int]:
    """The page's header and footer when no region is clear: the chrome that opens and closes it.

    A page whose article is a table or a list has no clear region of prose,
    and cutting into it would lose the article; but the menus above it and the
    footer below it are chrome all the same. Only the runs without prose at
    either end go, and only when they are long enough to be a page's header
    (`MIN_HEADER_PARAGRAPHS`) or footer (`MIN_FOOTER_PARAGRAPHS`). Each stops
    at the first paragraph of prose, at a row of a table or list
    (`_in_records`: a calendar's rows score as chrome by their words) and, at
    the top, at a headline, which is never removed; a page's title line above
    its menus stays, and the header is the run under it.
    """
    if not any(s > 0 for s in scores):
        return []

    shapes = [_shape(paragraph.text) for paragraph in paragraphs]

    def is_frame(index: int) -> bool:
        return scores[index] <= 0 and not _in_records(shapes, index)

    # A page that opens with its title ("Calendar 2018 | Site | F1 | Indy") keeps it, and
    # its header is the chrome under it.
    top = 1 if is_frame(0) and _opens_with_headline(paragraphs[0]) else 0
    head = top
    while head < len(scores) and is_frame(head) and not _opens_with_headline(paragraphs[head]):
        head += 1
    if head - top < MIN_HEADER_PARAGRAPHS:
        head = top  # a few lines of chrome above a text are no page header
    foot = len(scores)
    while foot > head and is_frame(foot - 1):
        foot -= 1
    if len(scores) - foot < MIN_FOOTER_PARAGRAPHS:
        foot = len(scores)
    return [*range(top, head), *range(foot, len(scores))]


def _headline_above(
    first: int, scores: list[float], paragraphs: list[Paragraph]
) -> tuple[int, set[int]]:
    """The article's first paragraph once its headline is found, and the chrome after the headline.

    The headline is never removed. Pages put a kicker, a standfirst, an
    author's label, a share bar or a photo between the headline and the
    first paragraph, so the densest region often starts below it. Short
    sentences just above the region (a standfirst, up to `TOP_EXTENSION`)
    join it; then, unless the region opens with a headline already, the
    nearest headline-like paragraph up to `HEADLINE_SEARCH` paragraphs above
    is the article's top. The chrome between the two goes, and a standfirst
    (not chrome) stays.
    """
    for _ in range(TOP_EXTENSION):
        above = paragraphs[first - 1].text if first > 0 else ""
        if not above or is_list_item(above) or scores[first - 1] < 0:
            break  # a bulleted line is a menu or a share bar, never the standfirst
        first -= 1
    opening = paragraphs[first].text
    if (titled := _titled_headline(first, paragraphs)) is not None:
        top = titled  # the headline that the page's title line names, however far above
    elif is_headline(opening) and len(opening.split()) >= HEADLINE_FULL_WORDS:
        top = first  # the region opens with a headline, or with the subheading under it
    else:
        found = [i for i in _window_above(first, paragraphs) if is_headline(paragraphs[i].text)]
        if not found:
            return first, set()
        # The nearest of some length: a site's name ("The Wall Street Journal") is shorter.
        full = [i for i in found if len(paragraphs[i].text.split()) >= HEADLINE_FULL_WORDS]
        top = (full or found)[0]
    between = {i for i in range(top + 1, first) if scores[i] < 0}
    above = paragraphs[top - 1].text if top > 0 else ""
    if is_headline(above) and len(above.split()) >= HEADLINE_FULL_WORDS:
        top -= 1  # a headline right above a subheading or a second title
    return top, between


def _titled_headline(first: int, paragraphs: list[Paragraph]) -> int | None:
    """The paragraph above `first` that the page's title line names, if the page opens with one.

    A page's <title> is its headline and the site's name ("Storm Closes Ferries -
    Example News"); renderings print it first. The paragraph that repeats the
    headline part is the article's headline, even when a video's or a teaser's
    title stands nearer to the article.
    """
    title = paragraphs[0].text if paragraphs else ""
    if len(title) > HEADLINE_TITLE_MAX_CHARS:
        return None
    for index in range(first - 1, 0, -1):
        text = paragraphs[index].text
        if len(text.split()) < HEADLINE_FULL_WORDS or text not in title:
            continue
        if title.startswith(text) and _TITLE_SEPARATOR_RE.match(title, len(text)):
            return index  # "Headline - Site"
        if title.endswith(text) and _TITLE_SEPARATOR_END_RE.search(
            title, 0, len(title) - len(text)
        ):
            return index  # "Site | Headline"
    return None


def _window_above(first: int, paragraphs: list[Paragraph]) -> list[int]:
    """The `HEADLINE_SEARCH` paragraphs with letters above `first`, nearest first.

    Share icons rendered as lone bullets ("*", "+") do not use up the window.
    """
    found: list[int] = []
    for index in range(first - 1, -1, -1):
        if len(found) == HEADLINE_SEARCH:
            break
        if any(char.isalpha() for char in paragraphs[index].text):
            found.append(index)
    return found


def _cut_teaser_tail(scores: list[float], first: int, last: int) -> int:
    """The region's last paragraph once a teaser rail that it swallowed is cut off.

    A rail of teasers (headline, author, one-sentence summary) after the
    article holds enough prose for the densest region to reach across the
    tags and share bars between them. The article ends before a long run of
    paragraphs without prose when what follows is less prose than came
    before and reads as a rail: fewer than half its paragraphs prose, and no
    two prose paragraphs side by side. An article's own lists are followed by
    paragraphs of prose, which stand together.
    """
    prose = list(accumulate((max(s, 0.0) for s in scores), initial=0.0))
    prose_count = list(accumulate((s > 0 for s in scores), initial=0))
    # The first index from which two prose paragraphs stand side by side, per index.
    next_pair = [len(scores)] * (len(scores) + 1)
    for index in range(len(scores) - 2, -1, -1):
        pair = scores[index] > 0 and scores[index + 1] > 0
        next_pair[index] = index if pair else next_pair[index + 1]
    run = 0
    for index in range(first, last + 1):
        if scores[index] <= 0:
            run += 1
            continue
        if run >= TEASER_TAIL_GAP:  # prefix sums keep this linear however many runs there are
            length = last + 1 - index
            if (
                prose[last + 1] - prose[index] < prose[index] - prose[first]
                and prose_count[last + 1] - prose_count[index] < TEASER_TAIL_PROSE_SHARE * length
                and next_pair[index] >= last
            ):
                return index - run - 1
        run = 0
    return last


def _removal_gaps(paragraphs: list[Paragraph], removed: list[int]) -> list[float]:
    """What the lines earlier filters removed before each paragraph count against the region.

    A removed line is known boilerplate (a share bar, a newsletter form, a
    related heading); without it the region would reach across it as if the
    paragraphs on either side stood together, so that each removal an earlier
    filter makes would let the region grow. `removed` holds the start of every
    removal, in order.
    """
    gaps = [0.0] * len(paragraphs)
    if not removed:
        return gaps
    for index in range(1, len(paragraphs)):
        after = bisect.bisect_left(removed, paragraphs[index - 1].lines[-1].end)
        before = bisect.bisect_left(removed, paragraphs[index].lines[0].start)
        gaps[index] = -REMOVED_LINE_WEIGHT * (before - after)
    return gaps


def _linked(paragraphs: list[Paragraph], link_chars: Mapping[int, int]) -> set[int]:
    """The paragraphs made mostly of link text: menus, teasers, tag lists; they count as chrome.

    Only Markdown input says which words were links (`Doc.link_chars`). An
    article's paragraph may hold a link or two; a paragraph whose text is
    mostly links points the reader elsewhere (Kohlschütter et al.'s link
    density, the strongest single feature of DOM extractors).
    """
    found = set()
    for index, paragraph in enumerate(paragraphs):
        linked = sum(link_chars.get(number, 0) for number in {ln.number for ln in paragraph.lines})
        if linked and linked >= LINK_DENSITY_CHROME * len(paragraph.text):
            found.add(index)
    return found


def _repeated_chrome(scores: list[float], paragraphs: list[Paragraph]) -> set[int]:
    """The chrome paragraphs of some length that the page prints four times or more.

    An image's alt text after each photo, a product box's label, a share
    prompt between sections: a template repeats them, an article does not.
    Short labels ("Q:", "Pros:") may repeat in an article and stay, and so
    does a sentence (the question an interview puts to each guest): only
    paragraphs that read as chrome by their own text count.
    """
    seen = Counter(p.text.casefold() for p in paragraphs if len(p.text) >= REPEATED_MIN_CHARS)
    return {
        index
        for index, paragraph in enumerate(paragraphs)
        if scores[index] < 0
        and len(paragraph.text) >= REPEATED_MIN_CHARS
        and seen[paragraph.text.casefold()] >= REPEATED_MIN_COUNT
    }


def _discount_repeats(scores: list[float], paragraphs: list[Paragraph]) -> list[int]:
    """Count prose paragraphs that a page repeats (disclaimers, teasers) as chrome.

    An article states each paragraph once; templates print the same notice,
    teaser or menu in several places of a page. A repeat weighs as much as any
    chrome paragraph, not by its length: a gallery inside the article prints
    each long caption twice, and that must not cut the article in two. A text
    printed twice in a row, a text browser's photo description (its alt text)
    right above the caption that repeats it, weighs nothing either way: it is
    as often an article's photo as a teaser's (and the second copy goes as a
    duplicate). A headline printed twice (a title and its share card) stays a
    repeat. Returns, per paragraph, the index of the first paragraph of
    the page with the same text.
    """
    seen = Counter(p.text.casefold() for p in paragraphs)
    first_of: dict[str, int] = {}
    firsts = []
    for index, paragraph in enumerate(paragraphs):
        folded = paragraph.text.casefold()
        first = first_of.setdefault(folded, index)
        firsts.append(first)
        if scores[index] <= 0 or seen[folded] == 1:
            continue
        twin = first == index - 1 or _twin_below(paragraphs, index, folded)
        if seen[folded] == 2 and twin and not is_headline(paragraph.text):
            scores[index] = 0.0  # a caption and its twin: neither article nor chrome
        else:
            scores[index] = -CHROME_WEIGHT * min(len(paragraph.text), CHROME_MAX_CHARS)
    return firsts


def _twin_below(paragraphs: list[Paragraph], index: int, folded: str) -> bool:
    """Whether the paragraph after `index` says the same text (`folded`, casefolded)."""
    return index + 1 < len(paragraphs) and paragraphs[index + 1].text.casefold() == folded


def _discount_isolated(scores: list[float], placeholders: set[int]) -> None:
    """Weigh less a prose paragraph with chrome on both sides: a teaser's summary.

    Article paragraphs stand beside other paragraphs of text; in a teaser list
    each one-sentence summary sits between a kicker, a headline and a source.
    What a text browser draws for an image or an empty ad slot (`placeholders`)
    stands between them on its own line and is no neighbour: a teaser's photo.
    """
    original = list(scores)
    kept = [index for index in range(len(scores)) if index not in placeholders]
    for before, index, after in zip(kept, kept[1:], kept[2:], strict=False):
        if original[index] > 0 and original[before] < 0 and original[after] < 0:
            scores[index] = original[index] * ISOLATED_FACTOR


def _discount_late(scores: list[float], paragraphs: list[Paragraph], length: int) -> None:
    """Weigh prose less the later it stands on the page.

    The article comes before the teasers, comment threads and legal notices that
    follow it; this breaks ties between the article and a long block after it.
    """
    if not length:
        return
    for index, paragraph in enumerate(paragraphs):
        if scores[index] > 0:
            position = paragraph.lines[0].start / length
            scores[index] *= 1.0 - LATE_DISCOUNT * position


def _extend_to_next_removal(
    last: int,
    scores: list[float],
    paragraphs: list[Paragraph],
    removed: list[int],
    template: set[int],
) -> int:
    """Let the article run on after its last prose paragraph until the page's chrome resumes.

    Lists, tables and product cards that close an article score as chrome by
    their text, but the chrome after an article usually starts with something
    an earlier filter removed (a share bar, a related heading, a comment stub):
    up to there, a doubtful line is kept rather than cut. The `template`
    paragraphs (the page's own: see `_region`) end it too, and so do titles
    of other pages, unless they are entries of a table or a list of records
    ("England (Group A): 10th appearance"), which share their punctuation.
    """
    while last + 1 < len(paragraphs):
        following = paragraphs[last + 1].text
        if last + 1 in template or is_legal(following):
            break  # the page's own lines, or its legal notice: the footer
        if _removed_between(paragraphs, last, removed):
            break  # an earlier filter removed something here: the chrome begins
        if (
            is_link_list_item(following)
            or (
                is_title(following, min_words=TEASER_TITLE_WORDS, share=TEASER_TITLE_SHARE)
                and not _opens_section(paragraphs, last + 1, removed)
            )
        ) and not _is_record(paragraphs, last + 1):
            break  # a list of other pages' titles, or another article's long headline: teasers
        last += 1
    return last


def _removed_between(paragraphs: list[Paragraph], index: int, removed: list[int]) -> bool:
    """Whether an earlier filter removed something between paragraph `index` and the next."""
    gap_start = paragraphs[index].lines[-1].end
    gap_end = paragraphs[index + 1].lines[0].start
    at = bisect.bisect_left(removed, gap_start)
    return at < len(removed) and removed[at] < gap_end


def _opens_section(paragraphs: list[Paragraph], index: int, removed: list[int]) -> bool:
    """Whether a title is the article's subheading: its section's text follows it.

    Another page's title comes with more titles or links, or with its teaser's
    date or byline (which an earlier filter removed); a subheading is followed
    by the text it heads.
    """
    if index + 1 >= len(paragraphs) or _removed_between(paragraphs, index, removed):
        return False
    following = paragraphs[index + 1].text
    if (
        sum(not word.isdigit() for word in _core.casefolded_words(following))
        < SECTION_TEXT_MIN_WORDS
    ):
        return False  # "2. 2": the next teaser's number, not a section's text
    return not (
        following.isupper()
        or is_link_list_item(following)
        or is_title(following, min_words=TEASER_TITLE_WORDS, share=TEASER_TITLE_SHARE)
    )


def _is_record(paragraphs: list[Paragraph], index: int) -> bool:
    """Whether a paragraph is one of a run of records: it shares its punctuation with a neighbour.

    Teaser titles differ in their punctuation, and most have none but the
    bullet; the rows of a table or the entries of a list of results repeat
    one pattern ("Spain (Group F): 11th appearance").

    >>> rows = [Paragraph((), f"* {team} (Group {g}): 10th appearance") for team, g in
    ...     [("Spain", "F"), ("Italy", "J")]]
    >>> _is_record(rows, 0), _is_record([Paragraph((), "* One Title"), Paragraph((), "* Two")], 0)
    (True, False)
    """
    shape = _shape(paragraphs[index].text)
    if len(shape) < RECORD_MIN_MARKS:
        return False
    return any(
        0 <= near < len(paragraphs) and _shape(paragraphs[near].text) == shape
        for near in (index - 1, index + 1)
    )


def _is_full_headline(text: str) -> bool:
    return is_headline(text) and len(text.split()) >= HEADLINE_FULL_WORDS


def _opens_with_headline(paragraph: Paragraph) -> bool:
    """Whether a paragraph may be the page's headline: a full one, and not an item of a list.

    The item's marker is read on its line as written: a nested menu's "+" and
    "o" bullets are list markers only under their indentation, which the
    paragraph's text has lost ("+ Notícias da Fórmula 1" in a menu of sections).
    """
    return not is_list_item(paragraph.lines[0].text) and _is_full_headline(paragraph.text)


def _in_records(shapes: list[str], index: int) -> bool:
    """Whether a paragraph is a row of a table or list, by the punctuation of the rows near it.

    Looser than `_is_record`, for the frame's sake: a row may add a mark of its
    own ("8 April – Curitiba / Alternativa" among "10 March – Interlagos"), and
    the row beside it may be such a row; what counts is a shared opening
    pattern of two marks or more within two rows.

    >>> _in_records([":–", ":–/", ":–", ""], 0), _in_records([":–", ":–/", ":–", ""], 3)
    (True, False)
    """
    shape = shapes[index]
    if len(shape) < RECORD_MIN_MARKS:
        return False
    for near in (index - 2, index - 1, index + 1, index + 2):
        if 0 <= near < len(shapes) and near != index:
            other = shapes[near]
            if len(other) >= RECORD_MIN_MARKS and (
                other.startswith(shape) or shape.startswith(other)
            ):
                return True
    return False


def _shape(text: str) -> str:
    """The punctuation of `text` after its list marker, in order: what records of one list share."""
    return _NO_MARK_RE.sub("", text[len(list_marker(text)) :])


def _comment_limit(scores: list[float], paragraphs: list[Paragraph], doc: Doc) -> int:
    """How many paragraphs come before the comment section, if one follows the article.

    Reader comments are prose too, and often longer than the article; the
    heading that opens them ("34 responses to ...", "Leave a Reply"), which an
    earlier filter removed, is the best sign that the article has ended. A
    heading with little prose before it ("4 Comments" beside the byline) does
    not count.
    """
    breaks = sorted(r.start for r in doc.removed_by(Kind.ENDS_ARTICLE))
    starts = [p.lines[0].start for p in paragraphs]
    prose_before = list(accumulate((max(s, 0.0) for s in scores), initial=0.0))
    for offset in breaks:  # prefix sums keep this linear however many stubs a page has
        limit = bisect.bisect_right(starts, offset)
        if prose_before[limit] >= MIN_PROSE_BEFORE_COMMENTS:
            return limit
    return len(scores)


def _is_confident(scores: list[float], first: int, last: int) -> bool:
    """Whether the region clearly is the article: enough prose, and most of the page's.

    Pages whose article is a list or a table (race results, product lists) have
    little prose, and the densest region there is often a footer or a caption;
    cutting such a page loses the article, keeping it loses only precision.
    """
    prose = sum(s for s in scores if s > 0)
    region = sum(s for s in scores[first : last + 1] if s > 0)
    if region >= MIN_REGION_PROSE and region >= MIN_REGION_SHARE * prose:
        return True
    chrome = -sum(s for s in scores if s < 0)
    thresholds = (
        (MIN_SHORT_REGION_PROSE, MIN_SHORT_REGION_SHARE, SHORT_REGION_CHROME_FACTOR),
        (MIN_ISLAND_PROSE, MIN_ISLAND_SHARE, ISLAND_CHROME_FACTOR),
    )
    return any(
        region >= least and region >= share * prose and chrome >= factor * region
        for least, share, factor in thresholds
    )


def densest_region(scores: list[float], gaps: list[float] | None = None) -> tuple[int, int]:
    """The first and last index of the contiguous run with the largest total (Kadane).

    `gaps[i]` is added when a run reaches across from paragraph i - 1 to i.

    >>> densest_region([-5, 10, -2, 8, -30, 4])
    (1, 3)
    >>> densest_region([4, -2, 8], gaps=[0, 0, -20])
    (2, 2)
    """
    best, best_first, best_last = float("-inf"), 0, 0
    total, first = 0.0, 0
    for index, value in enumerate(scores):
        if gaps is not None:
            total += gaps[index]
        if total <= 0:
            total, first = 0.0, index
        total += value
        if total > best:
            best, best_first, best_last = total, first, index
    return best_first, best_last


def is_link_list_item(text: str) -> bool:
    """A bulleted title without digits: how pages list links to other articles.

    An article's own list items are sentences, lowercase fragments or figures
    ("* England (Group A): 10th appearance"); a teaser list repeats headlines.

    >>> is_link_list_item("* Volker Saw No Harm in Investigating Unfounded Theories")
    True
    >>> is_link_list_item("* two cups of flour, sifted"), is_link_list_item("* Ten Years On")
    (False, True)
    """
    return is_list_item(text) and is_title(text, min_words=1)


def is_title(text: str, *, min_words: int, share: float = TITLE_CASE_SHARE) -> bool:
    """A title-case line without figures: `min_words` words of four letters or more, `share` capitalised.

    Decided by the native core (`src/score.rs`).

    >>> is_title("Objective Reality Doesn't Exist, Quantum Experiment Shows", min_words=5)
    True
    >>> is_title("June 9 – West Palm Beach, FL", min_words=3)
    False
    """
    return _core.is_title(text, min_words=min_words, share=share)


def is_legal(text: str) -> bool:
    """A copyright line or a legal notice: chrome, and the end of an article's run-on.

    Decided by the native core (`src/score.rs`): a copyright opening ("© 2026",
    "Copyright (c)"), or two phrases that only notices write ("All rights
    reserved", "registered trademark of"), not only those an article about
    the web may use ("privacy policy", "terms of service").

    >>> is_legal("Apple TV is a registered trademark of Apple Inc. All rights reserved.")
    True
    >>> is_legal("The app changed its privacy policy and its terms of service on Monday.")
    False
    """
    return _core.is_legal(text)


def is_headline(text: str) -> bool:
    """A title-like line: a few words, no list item, and no finished sentence but a question.

    >>> is_headline("Republicans Are Following Trump to Nowhere"), is_headline("Is it worth it?")
    (True, True)
    >>> is_headline("Opinion Columnist"), is_headline("* Home"), is_headline("He left.")
    (False, False, False)
    >>> is_headline("Reuters November 18, 2019 11:03 PM"), is_headline("He won. Credit... AP")
    (False, False)
    """
    tokens = text.split()
    words = len(tokens)
    if words < HEADLINE_MIN_WORDS and len(_SYLLABIC_RE.findall(text)) < HEADLINE_MIN_SYLLABLES:
        return False
    if words > HEADLINE_MAX_WORDS or is_list_item(text) or _SENTENCE_BREAK_RE.search(text):
        return False  # a caption or a summary: sentences
    if sum(map(has_digit, tokens)) > HEADLINE_DIGITS * words:
        return False  # a dateline or a time: "Reuters November 18, 2019 11:03 PM"
    return not ends_sentence(text) or ends_question(text)


@cache
def _scorer(lang: str) -> _core.ParagraphScorer:
    """The native core's `score` of paragraphs against `lang`'s function words.

    A paragraph weighs + its length for prose, - for chrome and 0 between
    (`src/score.rs`): prose has enough function words (`PROSE_MIN_STOPWORDS`)
    and ends a sentence, or is long; list items, short sentences and code are
    neither; copyright lines, legal notices and teaser cards whose headline a
    rendering glued to their summary are chrome.
    """
    return _core.ParagraphScorer(sorted(_stopwords(lang)))


@cache
def _stopwords(lang: str) -> frozenset[str]:
    words = load_lines(lang, "stopwords") or load_lines("en", "stopwords")  # "und": English
    return frozenset(w.casefold() for w in words)

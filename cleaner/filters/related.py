"""Related-content sections and teaser lines: "Related Articles", "Most Read", "READ MORE: ...".

A related section is a heading followed by teasers: headlines, source and date
lines, and sometimes a teaser's opening paragraphs. The section ends where prose
that belongs to no teaser resumes, which keeps an article that a "Read more"
block cuts in two. With `keep` set (``--keep-related``) the teasers stay and
only the heading goes; the date and source lines are then left to their own
filters.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Self

import regex

from cleaner.filters.base import UNSEEN, LineFilter, whole_line
from cleaner.filters.bylines import Bylines
from cleaner.lexicons import phrase_key
from cleaner.registry import register
from cleaner.rejoin import is_wrap_break, should_join
from cleaner.shape import ends_sentence, is_title_like

if TYPE_CHECKING:
    from cleaner.config import CleanerConfig
    from cleaner.document import Doc, Line
    from cleaner.lexicons import Lexicon
    from cleaner.models import Removal, UserRules

# \p{M}: the vowel signs of Devanagari labels ("यह भी पढ़ें: ...").
_TEASER_LABEL_RE = regex.compile(r"\s*([\p{L}\p{M} ']{2,25}?)\s*[:|]\s+\S.*")
_MAX_TEASER_CHARS = 200
_MAX_TEASER_WORDS = 16
# A teaser unit (source, date, headline, opening lines) spans at most this many lines.
_MAX_UNIT_LINES = 8
# Cards that repeat their first line ("Share | Facebook" over each summary): this many at
# least, each within this many lines of text of the one before, the line this short.
MIN_CARDS = 3
MAX_CARD_LINES = 4
_MAX_CARD_MARK_CHARS = 60
_HEADLINE_START_RE = regex.compile(r"[\p{Lu}\p{N}\"'“‘(\[•*-]|\p{Lo}")
_MORE_FROM_RE = regex.compile(
    r"(?i:more|latest)\ (?i:from|in|on|about)\ [\p{Lu}\d][^.!?]{0,40}(?:\.\.\.|…)?"
)
# "Our Latest Stories", "Our Top Picks": a heading said in the site's voice.
_OWNED = "our "
# Headings written around a site's or a section's name, matched on the lexicon key
# (lowercase, bullets and end punctuation gone): "More Great WIRED Stories",
# "More Business News", "Most read in world news".
_NAMED_HEADING_RE = regex.compile(
    r"""
      (?: more | latest | top | trending | popular ) (?: \ [\w&'’-]+ ){0,3}
      \ (?: stories | news | articles | videos | posts | headlines | reads )
      (?P<named> \ (?: from | in | on | about | at ) (?: \ [\w&'’-]+ ){1,3} )?  # "... from Sci-Tech"
    | most\ (?: read | popular | viewed | shared | watched ) \ (?: in | on | from | at )
      (?: \ [\w&'’-]+ ){1,4}
    """,
    regex.VERBOSE,
)


@register
class RelatedLinks(LineFilter):
    """Remove related-article sections and one-line teasers inside the text.

    >>> from cleaner import clean
    >>> clean("The council met.\\nREAD MORE: Budget talks stall\\nIt voted.\\nMost Read\\nA headline")
    'The council met.\\n\\nIt voted.\\n'
    """

    name = "related_links"

    def __init__(
        self,
        lexicon: Lexicon,
        custom: UserRules | None = None,
        *,
        keep: bool = False,
        bylines: Bylines | None = None,
    ) -> None:
        super().__init__(lexicon, custom)
        self._headings = lexicon.phrases("related_headings")
        self._prefixes = lexicon.phrases("teaser_prefixes")
        # A teaser's source and date lines are judged as the bylines filter judges them.
        self._metadata = bylines or Bylines(lexicon)
        self._keep = keep

    @classmethod
    def from_config(cls, config: CleanerConfig, lexicon: Lexicon) -> Self:
        """Build with the `[related_links]` settings and the user's additions.

        The source lines of teasers are told by the `bylines` rules built from the
        same config, the user's byline phrases and patterns included.
        """
        return cls(
            lexicon,
            config.custom.get(cls.name),
            keep=config.related_links.keep,
            bylines=Bylines.from_config(config, lexicon),
        )

    def rule_for(self, line: Line) -> str | None:
        """A section heading, a user phrase, or a one-line teaser with a label."""
        text = line.stripped
        if self.is_heading(text, line.key):
            return "heading"
        if len(text) > _MAX_TEASER_CHARS or (":" not in text[:32] and "|" not in text[:32]):
            return None  # a teaser is short, and its label ends within the first words
        label = _TEASER_LABEL_RE.fullmatch(text)
        if label and phrase_key(label.group(1)) in self._prefixes:
            return "teaser_line"  # "READ MORE: Budget talks stall"
        return None

    def is_heading(self, text: str, key: str | None = None) -> bool:
        """True for a related-section heading such as "Related Articles" or "More from Reuters"."""
        key = phrase_key(text) if key is None else key
        if key in self._headings:
            return True
        if key.startswith(_OWNED):  # "Our Latest Stories": the site's own, still a heading
            key, text = key[len(_OWNED) :], text.lstrip()[len(_OWNED) :]
            if key in self._headings:
                return True
        if not key.startswith(("more ", "latest ", "most ", "top ", "trending ", "popular ")):
            return False
        if _MORE_FROM_RE.fullmatch(text):
            return True
        named = _NAMED_HEADING_RE.fullmatch(key)
        # "More News from Sci-Tech" is a heading; "latest news on AI" ends a sentence cut in two.
        if named is None:
            return False
        return named.group("named") is None or text.lstrip()[:1].isupper()

    def find(self, doc: Doc) -> Iterator[Removal]:
        """Yield teaser lines, and each heading with the teaser block under it."""
        lines, content = doc.lines, doc.content
        rules = self.line_memo(doc).recall(content)
        custom = self.custom_rule_for if self.has_custom else None
        rule_for = self.rule_for
        index_of: dict[int, int] | None = None  # line start -> index in `lines`, on demand
        position = 0
        while position < len(content):
            line = content[position]
            rule = rules[position]
            if rule is UNSEEN:
                rule = rules[position] = (custom and custom(line)) or rule_for(line)
            position += 1
            if rule is None:
                continue
            yield whole_line(self.name, line, rule)
            if rule == "heading":
                if index_of is None:
                    index_of = {kept.start: at for at, kept in enumerate(lines)}
                index = index_of[line.start] + 1
                block_end = self._teaser_block_end(lines, index, wrap=doc.wrap)
                if not self._keep:
                    for teaser in lines[index:block_end]:
                        if not teaser.is_blank:
                            yield whole_line(self.name, teaser, "teaser_block")
                    # Go on after the block.
                    if block_end == len(lines):
                        return
                    resume = lines[block_end].start
                    while position < len(content) and content[position].start < resume:
                        position += 1

    def _teaser_block_end(self, lines: tuple[Line, ...], start: int, *, wrap: int = 0) -> int:
        """Index just past the teasers that follow a heading at `start - 1`.

        Teasers are headline-like lines, list items, further headings and
        metadata (date and source lines). A date or source line followed by a
        blank line within a few lines opens a teaser *unit*, in which everything
        up to that blank line belongs to the teaser, opening paragraphs included.
        The block ends at the first line outside a unit that reads as prose, or
        that flows into its neighbour as part of a sentence.
        """
        in_unit = False
        end = start = _card_run_end(lines, start, wrap=wrap)
        for index in range(start, len(lines)):
            if lines[index].is_blank:
                in_unit = False
                continue
            if self._is_metadata(lines, index):
                in_unit = in_unit or _blank_within(lines, index, _MAX_UNIT_LINES)
            elif not (in_unit or self._is_teaser_like(lines, index)):
                return end
            end = index + 1
        return end

    def _is_metadata(self, lines: tuple[Line, ...], index: int) -> bool:
        line = lines[index]
        metadata = self._metadata
        if metadata.is_date(line) or metadata.custom_rule_for(line) or metadata.rule_for(line):
            return True
        following = _next_content(lines, index)
        # A bare name right above a date line is the teaser's source.
        return (
            following is not None
            and self._metadata.is_date(following)
            and len(line.stripped.split()) <= 6
            and not ends_sentence(line.stripped)
        )

    def _is_teaser_like(self, lines: tuple[Line, ...], index: int) -> bool:
        text = lines[index].stripped
        if self.is_heading(text, lines[index].key):
            return True
        if not is_title_like(text, max_words=_MAX_TEASER_WORDS):
            return False
        if not _HEADLINE_START_RE.match(text):
            return False
        following = _next_content(lines, index)
        return following is None or not should_join(text, following.stripped)


def _next_content(lines: tuple[Line, ...], index: int) -> Line | None:
    """The next non-blank line after `index`, if any."""
    for following in range(index + 1, len(lines)):
        if not lines[following].is_blank:
            return lines[following]
    return None


def _card_run_end(lines: tuple[Line, ...], start: int, *, wrap: int = 0) -> int:
    """Index just past a run of teaser cards that open with the same line, else `start`.

    A grid of cards under a related heading repeats one line per card (a share
    row, "Read more", "Sponsored") with the card's picture caption or summary
    between, prose though it is: from the first such line, every card up to
    the last repeat goes, with the paragraph under the last. It takes
    `MIN_CARDS` repeats, each within `MAX_CARD_LINES` lines of text of the last;
    in a dump wrapped at `wrap` columns, the lines a wrap broke count as one.
    """
    units = _text_units(lines, start, wrap)
    first = next(units, None)
    if first is None or len(lines[first].stripped) > _MAX_CARD_MARK_CHARS or not lines[first].key:
        return start
    mark = lines[first].key
    repeats = [first]
    since = 0  # units since the last repeat: the scan stops at the first card too far apart
    for index in units:
        since += 1
        if since > MAX_CARD_LINES:
            break
        if lines[index].key == mark:
            repeats.append(index)
            since = 0
    if len(repeats) < MIN_CARDS:
        return start
    end = repeats[-1] + 1
    while end < len(lines) and lines[end].is_blank:
        end += 1
    while end < len(lines) and not lines[end].is_blank:
        end += 1  # the last card's paragraph, up to the blank line under it
    return end


def _text_units(lines: tuple[Line, ...], start: int, wrap: int) -> Iterator[int]:
    """The index of each line of text from `start` on, but for the lines a wrap broke off."""
    for index in range(start, len(lines)):
        if not lines[index].is_blank and not (
            wrap and index > start and is_wrap_break(lines[index - 1].text, lines[index].text, wrap)
        ):
            yield index


def _blank_within(lines: tuple[Line, ...], index: int, limit: int) -> bool:
    """True when a blank line (or the end) comes within `limit` lines after `index`."""
    window = lines[index + 1 : index + 1 + limit]
    return len(window) < limit or any(line.is_blank for line in window)

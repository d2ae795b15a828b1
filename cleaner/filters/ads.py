"""Ad labels left behind by extraction: "Advertisement", "Sponsored", "Story continues below advertisement".

Extraction keeps the label of an ad slot and drops the ad, so the label stands on
a line of its own, or, where a paragraph was flowed around the slot, between two
sentences of one line, or glued to the first word of the paragraph after the slot
("Advertisement The council said ..."). Only those positions are removed: the same
words in a sentence are content ("The advertisement ran in 1984"). A sponsor's
label ("SPONSORED BY ACME BANK", "Presented by Acme") goes too, and in a newsletter
the short paragraph of the sponsor's ad under a label alone ("SPONSORED BY").
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import regex

from cleaner.filters.base import UNSEEN, LineFilter, whole_line
from cleaner.models import Removal
from cleaner.registry import register
from cleaner.shape import ends_sentence

if TYPE_CHECKING:
    from cleaner.document import Doc, Line
    from cleaner.lexicons import Lexicon
    from cleaner.models import UserRules

# A label between the end of one sentence and the start of the next, inside one
# line, as in "... a worrying trend. Advertisement The government has announced".
# Case-sensitive on purpose: a lower-case "advertisement" is a word in a sentence.
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


# Ad labels that are also ordinary words at the start of a sentence ("Ad hoc",
# "Promoted to captain", "Advertising Standards Authority", "Annonce" = notice):
# never taken from the start of a paragraph.
_AMBIGUOUS_LEADING = frozenset(
    "ad ads adv advert advertising promoted annonce annunci annuncio anuncio anúncio pr iklan"
    " reklam".split()
)
# Punctuation glued to a label's first word: "Advertisement:", "ANZEIGE|".
_TRAILING_MARKS = "-–—:|·•."
# After a leading label, a paragraph: it opens with a capital and runs on for six
# words or more, ending a sentence or running over a wrapped line.
_PARAGRAPH_MIN_WORDS = 6
_PARAGRAPH_AFTER_RE = regex.compile(r"[\"'“‘(«„]*\p{Lu}")
_WORD_RE = regex.compile(r"[\p{L}\p{N}]+")
_MIN_RUN_ON_CHARS = 60

# A sponsor's label: "SPONSORED BY", "Sponsored by Acme Bank", "PRESENTED BY ACME".
# The name is capitalised words only: "Presented by the mayor, the plan ..." is a sentence.
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
# The sponsor's ad under a label alone: one short paragraph.
_MAX_SPONSOR_AD_LINES = 4
_MAX_SPONSOR_AD_CHARS = 500


@register
class AdMarkers(LineFilter):
    """Remove ad labels standing alone on a line, or between two sentences.

    A label between two sentences becomes a paragraph break, since the ad slot
    sat between two paragraphs that extraction flowed into one line.

    >>> from cleaner import clean
    >>> clean("Advertisement\\nThe council met on Monday.")
    'The council met on Monday.\\n'
    """

    name = "ad_markers"

    def __init__(self, lexicon: Lexicon, custom: UserRules | None = None) -> None:
        super().__init__(lexicon, custom)
        self._labels = lexicon.phrases("ad_markers")
        # Labels written as a label is, at the start of a paragraph: "Advertisement",
        # "ADVERTISEMENT", "Anzeige". Only scripts with capitals: the capital after
        # the label is what shows where the paragraph begins.
        leading = sorted(
            (
                label
                for label in self._labels
                if label not in _AMBIGUOUS_LEADING and label[:1].upper() != label[:1]
            ),
            key=len,
            reverse=True,
        )
        spellings = dict.fromkeys(
            spelling
            for label in leading
            for spelling in (label[:1].upper() + label[1:], label.upper())
        )
        # The first words of those labels, folded: a line that opens with none of
        # them skips the pattern (most lines).
        self._leading_firsts = frozenset(label.split()[0].casefold() for label in leading)
        # The pattern matches a spelling at the line's first character, so a line that
        # starts with none of them is rejected before the pattern (spellings by initial).
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

    def rule_for(self, line: Line) -> str | None:
        """Condemn a line that is an ad label, or a sponsor's label, and nothing else."""
        if line.key in self._labels:
            return "label_line"
        text = line.stripped
        if (
            len(text) <= _MAX_SPONSOR_CHARS
            and text[:1] in "SsPpBbIi"
            and _SPONSOR_RE.fullmatch(text)
        ):
            return "sponsor_label"
        return None

    def leading_label(self, line: Line) -> regex.Match[str] | None:
        """An ad label glued to the first word of a paragraph: "Advertisement The council said".

        The text after it must read as a paragraph: a capital, six words or more,
        and the end of a sentence or a line long enough to be wrapped.
        """
        spellings = self._leading_by_initial.get(line.stripped[:1], ())
        if self._leading_re is None or not line.stripped.startswith(spellings):
            return None
        head = line.stripped.split(None, 1)[0] if line.stripped else ""
        if head.rstrip(_TRAILING_MARKS).casefold() not in self._leading_firsts:
            return None
        text = line.text
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
        return match

    def find(self, doc: Doc) -> Iterator[Removal]:
        """Yield whole-line labels, then labels found between sentences of a kept line."""
        content = doc.content
        rules = self.line_memo(doc).recall(content)
        leadings = self.line_memo(doc, "leading").recall(content)
        custom = self.custom_rule_for if self.has_custom else None
        rule_for = self.rule_for
        for position, line in enumerate(content):
            rule = rules[position]
            if rule is UNSEEN:
                rule = rules[position] = (custom and custom(line)) or rule_for(line)
            if rule is not None:
                yield whole_line(self.name, line, rule)
                if rule == "sponsor_label":
                    yield from self._sponsor_ad(doc, position)
                continue
            leading = leadings[position]
            if leading is UNSEEN:
                leading = leadings[position] = self.leading_label(line)
            if leading is not None:
                yield Removal(
                    filter=self.name,
                    rule="leading_label",
                    start=line.start + leading.start(),
                    end=line.start + leading.end(),
                    evidence=leading.group(),
                )
                continue
            if "dvert" not in line.text and "ontinue" not in line.text:
                continue  # cheap rejection before the pattern
            for match in _INLINE_LABEL_RE.finditer(line.text):
                yield Removal(
                    filter=self.name,
                    rule="inline_label",
                    start=line.start + match.start(),
                    end=line.start + match.end(),
                    evidence=match.group(),
                    paragraph_break=True,
                )

    def _sponsor_ad(self, doc: Doc, position: int) -> Iterator[Removal]:
        """The sponsor's ad under a label that names no one: its one short paragraph.

        A newsletter prints "SPONSORED BY" (or "Presented by" with the name in a
        logo) above the ad: a paragraph of a few lines, then a blank line and the
        newsletter again. A long or unended block is left alone.
        """
        content = doc.content
        label = content[position]
        if len(_WORD_RE.findall(label.stripped)) > 3:
            return  # "Sponsored by Acme Bank": the name is given, the ad is not below
        block: list[Line] = []
        number = label.number
        for line in content[position + 1 :]:
            if line.number != number + 1:
                break  # a blank or a removed line ends the paragraph
            block.append(line)
            number = line.number
        if (
            not block
            or len(block) > _MAX_SPONSOR_AD_LINES
            or sum(len(line.stripped) for line in block) > _MAX_SPONSOR_AD_CHARS
            or position + 1 + len(block) >= len(content)  # the end of the text: no newsletter after
        ):
            return
        for line in block:
            yield whole_line(self.name, line, "sponsor_block")

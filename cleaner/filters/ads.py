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

from cleaner import _core
from cleaner.filters.base import UNSEEN, LineFilter, whole_line
from cleaner.models import Removal
from cleaner.registry import register

if TYPE_CHECKING:
    from cleaner.document import Doc, Line
    from cleaner.lexicons import Lexicon
    from cleaner.models import UserRules

# Ad labels that are also ordinary words at the start of a sentence ("Ad hoc",
# "Promoted to captain", "Advertising Standards Authority", "Annonce" = notice):
# never taken from the start of a paragraph.
_AMBIGUOUS_LEADING = frozenset(
    "ad ads adv advert advertising promoted annonce annunci annuncio anuncio anúncio pr iklan"
    " reklam".split()
)
# A sponsor's label ("SPONSORED BY", "Presented by Acme"), a label glued to the first
# word of a paragraph and labels between two sentences are told by the native core
# (`src/ads.rs`): the label between sentences only where a sentence has just ended
# and the next starts with a capital, case-sensitively (a lower-case "advertisement"
# is a word in a sentence); the leading one only before a paragraph (a capital, six
# words or more, a sentence's end or a wrapped line); the sponsor's name as
# capitalised words only ("Presented by the mayor, the plan ..." is a sentence).

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
        # the label is what shows where the paragraph begins. The longest are tried first.
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
        firsts = {label.split()[0].casefold() for label in leading}
        self._matcher = _core.AdMatcher(list(spellings), sorted(firsts))

    def rule_for(self, line: Line) -> str | None:
        """Condemn a line that is an ad label, or a sponsor's label, and nothing else."""
        if line.key in self._labels:
            return "label_line"
        if self._matcher.is_sponsor_label(line.stripped):
            return "sponsor_label"
        return None

    def leading_label(self, line: Line) -> tuple[int, int] | None:
        """An ad label glued to the first word of a paragraph: "Advertisement The council said".

        Its span in the line, spaces and separator after it included.
        """
        return self._matcher.leading_label(line.text, line.stripped)

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
                start, end = leading
                yield Removal(
                    filter=self.name,
                    rule="leading_label",
                    start=line.start + start,
                    end=line.start + end,
                    evidence=line.text[start:end],
                )
                continue
            if "dvert" not in line.text and "ontinue" not in line.text:
                continue  # cheap rejection before the scan
            for start, end in self._matcher.inline_labels(line.text):
                yield Removal(
                    filter=self.name,
                    rule="inline_label",
                    start=line.start + start,
                    end=line.start + end,
                    evidence=line.text[start:end],
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
        if self._matcher.word_count(label.stripped) > 3:
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

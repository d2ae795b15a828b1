"""Ad labels left behind by extraction: "Advertisement", "Sponsored", "Story continues below advertisement".

Extraction keeps the label of an ad slot and drops the ad, so the label stands on
a line of its own, or, where a paragraph was flowed around the slot, between two
sentences of one line. Only those two positions are removed: the same words in a
sentence are content ("The advertisement ran in 1984").
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import regex

from cleaner.filters.base import LineFilter, whole_line
from cleaner.models import Removal
from cleaner.registry import register

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

    def rule_for(self, line: Line) -> str | None:
        """Condemn a line that is an ad label and nothing else."""
        return "label_line" if line.key in self._labels else None

    def find(self, doc: Doc) -> Iterator[Removal]:
        """Yield whole-line labels, then labels found between sentences of a kept line."""
        seen = self.line_verdicts(doc)
        custom = self.custom_rule_for if self.has_custom else None
        rule_for = self.rule_for
        for line in doc.content:
            if line in seen:
                rule = seen[line]
            else:
                rule = seen[line] = (custom and custom(line)) or rule_for(line)
            if rule is not None:
                yield whole_line(self.name, line, rule)
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

"""Photo captions and credits standing alone: "(Photo: Reuters)", "Getty Images", "AP Photo/Jane Doe".

Extraction turns the caption under a picture into a line of its own. A credit
line is removed when it is nothing but a credit; a caption sentence is removed
only when it ends with an explicit credit ("... on Tuesday. Photo: Reuters"); a
caption without a full stop needs the credit in brackets or under a capitalised
"Credit:" ("... its autonomy (Image: Getty)", "... sought treatment Credit: EPA");
"its most famous Image: The Scream" is a sentence.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING

from cleaner import _core
from cleaner.errors import ConfigError
from cleaner.filters.base import LineFilter, whole_line
from cleaner.registry import register

if TYPE_CHECKING:
    from cleaner.document import Doc, Line
    from cleaner.lexicons import Lexicon
    from cleaner.models import Removal, UserRules

# The verdict on a line alone (credits, captions closed by a credit, labelled credits of
# other languages, agencies' captions, meta rows) is the native core's (`src/captions.rs`,
# `_core.CaptionMatcher.rule_for`): its cheap checks, patterns and the tests around them.
# What stays here looks at a line's neighbours.

# A text-node dump puts the BBC's spoken label ("Image caption Fans queued overnight") on a
# line of its own, and the caption or credit on the next.
_SPOKEN_LABELS = frozenset(("Image caption", "Media caption", "Image copyright"))
_MAX_CAPTION_CHARS = 420  # as the core's: a longer line under "Image caption" is no caption


@cache
def _matcher(
    agencies: tuple[str, ...],
    labels: tuple[str, ...],
    openings: tuple[str, ...],
    date_labels: tuple[str, ...],
    months: tuple[str, ...],
) -> _core.CaptionMatcher:
    """The rules over these word lists, built once by the native core (`src/captions.rs`)."""
    return _core.CaptionMatcher(agencies, labels, openings, date_labels, months)


@register
class Captions(LineFilter):
    """Remove photo credits, and captions that end with one.

    >>> from cleaner import clean
    >>> clean("(Photo: Reuters)\\nGetty Images\\nThe council met on Monday.")
    'The council met on Monday.\\n'
    """

    name = "captions"

    def __init__(self, lexicon: Lexicon, custom: UserRules | None = None) -> None:
        super().__init__(lexicon, custom)
        agencies = lexicon.words("caption_credits")
        if not agencies:  # an empty alternation would match everywhere
            raise ConfigError(f"lexicon {lexicon.lang}/caption_credits has no entries")
        # Labels of other languages ("Foto", "Фото", "사진", "责任编辑") from the lexicons;
        # the months read a photo agency's dateline ("WASHINGTON, DC - NOVEMBER 19:").
        self._patterns = _matcher(
            agencies,
            lexicon.words("caption_labels"),
            lexicon.words("caption_openings"),
            lexicon.words("date_labels"),
            lexicon.words("months"),
        )

    def rule_for(self, line: Line) -> str | None:
        """Condemn a credit line, a caption that ends with an explicit credit, or an agency's caption.

        Rules: "credit_line" ("(Photo: Reuters)", "Foto: dpa", "Jane Doe | Getty Images"),
        "captioned_line" ("... on Tuesday. Photo: Reuters", "... Ariz. (AP)", "Image caption
        ..."), "agency_caption" ("In this Oct. 28, 2019, file photo, ...", "WASHINGTON, DC -
        NOVEMBER 19: ...") and "meta_row" ("2026-11-20 08:15 来源：新华网"): a date or time and
        labelled credits, nothing else.
        """
        return self._patterns.rule_for(line.stripped)

    def find(self, doc: Doc) -> Iterator[Removal]:
        """Credits and captions line by line; and a credit's label left alone above its credit.

        A rendering may cut "Fotos: Ana Souza / Reuters" after the label: the
        credit goes as a credit line, and "Fotos:" with it.
        """
        found = list(super().find(doc))
        content = doc.content
        gone = {removal.start for removal in found if removal.rule == "credit_line"}
        if gone:
            for line, below in pairwise(content):
                if below.start in gone and line.start not in gone and self._is_label_alone(line):
                    found.append(whole_line(self.name, line, "credit_line"))
        found.extend(_spoken_label_lines(content, {removal.start for removal in found}))
        yield from sorted(found, key=lambda removal: removal.start)

    def _is_label_alone(self, line: Line) -> bool:
        """A credit's label and its colon, nothing else: "Photo:", "Fotos:", "Credit:"."""
        return self._patterns.lone_label(line.stripped)


def _spoken_label_lines(content: Sequence[Line], taken: set[int]) -> Iterator[Removal]:
    """A spoken label on a line of its own ("Image caption"), and the caption line under it.

    The credit under "Image copyright" is a credit line of its own ("Getty
    Images"); the caption under "Image caption" is any sentence, so it goes
    only under its label, and only if it is short enough to be a caption.
    """
    for at, line in enumerate(content):
        if line.start in taken or line.stripped not in _SPOKEN_LABELS:
            continue
        rule = "credit_line" if line.stripped == "Image copyright" else "captioned_line"
        yield whole_line(Captions.name, line, rule)
        below = content[at + 1] if at + 1 < len(content) else None
        if (
            below is not None
            and rule == "captioned_line"
            and below.start not in taken
            and len(below.stripped) <= _MAX_CAPTION_CHARS
            and below.stripped not in _SPOKEN_LABELS
        ):
            yield whole_line(Captions.name, below, "captioned_line")

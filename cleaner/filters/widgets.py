"""Widget labels: AI features, share bars, audio players, newsletter and app prompts.

These are the buttons and calls to action that article templates put around the
text. Extraction keeps their labels as short lines of their own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from cleaner import _core
from cleaner.filters.base import PhraseFilter, whole_line
from cleaner.registry import register

if TYPE_CHECKING:
    from collections.abc import Iterator

    from cleaner.document import Doc, Line
    from cleaner.lexicons import Lexicon
    from cleaner.models import Removal, UserRules

# The line patterns (share bars, reaction bars, prompts) are the native core's
# (`src/widgets.rs`, `_core.WidgetMatcher`): matched in linear time, without backtracking.

# A postal address, as an e-mail footer prints it beside the unsubscribe line:
# "123 Main Street, Suite 400, Springfield, IL 62701". Removed only there.
_ADDRESS_RE = regex.compile(
    r"""
    (?=.*\d)(?=[^,]+,)                                         # a number, and a comma
    .{0,60}?
    (?: \b(?i:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|way|place|pl|suite
            |floor|fl|square|sq|plaza|court|ct|p\.?\ ?o\.?\ box|postfach|strasse|straße|rue|calle
            |via|rua|avenida)\b
      | \p{L}+(?:straße|strasse|str\.|weg|platz|gasse|allee)\b
      | \b\p{Lu}{2}\ \d{5}(?:-\d{4})?\b                          # "IL 62701"
      | \b\d{4,5}\ \p{Lu}\p{Ll}+                                   # "10115 Berlin", "75001 Paris"
    )
    [^.!?]{0,80}
    """,
    regex.VERBOSE,
)
_MAX_ADDRESS_CHARS = 140
# How near an unsubscribe line an address must stand, in kept lines.
_FOOTER_REACH = 3


@register
class Widgets(PhraseFilter):
    """Remove widget labels and calls to action standing alone on a line.

    >>> from cleaner import clean
    >>> clean("Try Our AI Features\\nShare\\nThe council met on Monday.")
    'The council met on Monday.\\n'
    """

    name = "widgets"
    family = "widgets"
    phrase_rule = "button"

    guard_single_words = False  # "Share", "Print": button labels, not headings

    def __init__(self, lexicon: Lexicon, custom: UserRules | None = None) -> None:
        super().__init__(lexicon, custom)
        # The share targets ("Facebook", "微信朋友圈"), and what a reaction bar may say
        # beside its counts: a widget phrase, or a comment count ("💬 4 comments").
        phrases = self._strong | self._weak | lexicon.phrases("comment_stubs")
        self._matcher = _core.WidgetMatcher(
            sorted(lexicon.phrases("widgets_context")), sorted(phrases)
        )

    def find(self, doc: Doc) -> Iterator[Removal]:
        """Buttons, prompts and bars; then a postal address beside an unsubscribe line."""
        found = list(super().find(doc))
        yield from found
        footer = [r.start for r in found if r.rule == "newsletter"]
        if not footer:
            return
        content = doc.content
        positions = {line.start: p for p, line in enumerate(content)}
        near = {
            p
            for start in footer
            if start in positions
            for p in range(positions[start] - _FOOTER_REACH, positions[start] + _FOOTER_REACH + 1)
        }
        taken = {r.start for r in found}
        for position in sorted(near):
            if 0 <= position < len(content):
                line = content[position]
                text = line.stripped
                if (
                    line.start not in taken
                    and len(text) <= _MAX_ADDRESS_CHARS
                    and _ADDRESS_RE.fullmatch(text)
                ):
                    yield whole_line(self.name, line, "email_footer")

    def pattern_rule_for(self, line: Line) -> str | None:
        """Prompts matched by structure, share bars written on one line, reaction bars."""
        return self._matcher.rule_for(line.stripped, line.key)

"""Comment stubs: what a comment section leaves when its comments load by script.

"Comments", "No comments yet...", "Be the first to comment", "12 comments".
Whole lines only: "Comments from the minister came late" is a sentence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from cleaner.filters.base import PhraseFilter
from cleaner.registry import register

if TYPE_CHECKING:
    from cleaner.document import Line

_COUNT_RE = regex.compile(
    r"""
      (?:view\ |show\ |read\ |see\ )?(?:all\ )?
      \d[\d,.]*\s*k?\s+(?:comments?|replies|responses)\W*   # "12 comments", "View all 1.2k comments"
    | comments?\s*\(\s*\d[\d,.]*\s*\)                       # "Comments (12)"
    | \(\s*\d[\d,.]*\s*\)\s*comments?                       # "(12) Comments"
    | comments?\s*[:|]\s*\d[\d,.]*                          # "Comments: 12"
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


@register
class CommentStubs(PhraseFilter):
    """Remove comment-section headings, prompts and counts standing alone.

    >>> from cleaner import clean
    >>> clean("The council met on Monday.\\nComments\\nNo comments yet...")
    'The council met on Monday.\\n'
    """

    name = "comment_stubs"
    family = "comment_stubs"
    phrase_rule = "stub"

    def rule_for(self, line: Line) -> str | None:
        """A one-word "Comments" is a stub on its own, unlike most one-word entries."""
        return super().rule_for(line) or ("stub" if self.is_weak(line) else None)

    def pattern_rule_for(self, line: Line) -> str | None:
        """Comment counts: "12 comments", "Comments (12)"."""
        return "count" if _COUNT_RE.fullmatch(line.stripped) else None

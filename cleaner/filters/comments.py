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
    | [\[(] [^\S\n]? \d[\d,.]* [^\S\n]? (?:comments?|replies|responses) [^\S\n]? [\])]
                                                            # "[ 167 comments ]"
    | comments?\s*\(\s*\d[\d,.]*\s*\)                       # "Comments (12)"
    | \(\s*\d[\d,.]*\s*\)\s*comments?                       # "(12) Comments"
    | comments?\s*[:|]\s*\d[\d,.]*                          # "Comments: 12"
    | (?:\d[\d,.]*|no|one|two|three) \s+ (?:responses?|thoughts?|comments?|replies|reactions?)
      \s+ (?:to|on) \s+ ["“'‘«„] .{1,200}                 # WordPress: '34 responses to "Title"'
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

_BARE_COUNT_RE = regex.compile(r"\d{1,6}")


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

    guard_single_words = False  # a lone "Comments" line is a stub, not a heading

    def is_weak(self, line: Line) -> bool:
        """A bare count ("0", "12") is a stub only beside other stubs."""
        return super().is_weak(line) or bool(_BARE_COUNT_RE.fullmatch(line.stripped))

    def pattern_rule_for(self, line: Line) -> str | None:
        """Comment counts and section headings: "12 comments", '34 responses to "Title"'."""
        text = line.stripped
        return "count" if len(text) <= 240 and _COUNT_RE.fullmatch(text) else None

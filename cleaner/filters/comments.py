"""Comment stubs: what a comment section leaves when its comments load by script.

"Comments", "No comments yet...", "Be the first to comment", "12 comments", "评论(12)",
and the section's disclaimer ("网友评论仅供其表达个人看法", "Comments are moderated").
Whole lines only: "Comments from the minister came late" is a sentence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cleaner import _core
from cleaner.filters.base import PhraseFilter
from cleaner.kinds import Kind
from cleaner.registry import register

if TYPE_CHECKING:
    from collections.abc import Iterator

    from cleaner.document import Doc, Line
    from cleaner.models import Removal

# The patterns (counts, disclaimers, comment headers) are the native core's
# (`src/comments.rs`): matched in linear time, without backtracking.
_MATCHER = _core.CommentStubMatcher()


@register
class CommentStubs(PhraseFilter):
    """Remove comment-section headings, prompts and counts standing alone.

    >>> from cleaner import clean
    >>> clean("The council met on Monday.\\nComments\\nNo comments yet...")
    'The council met on Monday.\\n'
    """

    name = "comment_stubs"
    kind = Kind.ENDS_ARTICLE
    family = "comment_stubs"
    phrase_rule = "stub"

    guard_single_words = False  # a lone "Comments" line is a stub, not a heading

    def is_weak(self, line: Line) -> bool:
        """A bare count ("0", "12") is a stub only beside other stubs."""
        return super().is_weak(line) or is_bare_count(line.stripped)

    def find(self, doc: Doc) -> Iterator[Removal]:
        """The stubs, except bare numbers beside bare numbers: a column of figures is a table.

        A comment count stands alone beside its heading ("Comments" / "12"); the
        cells of a results table, one per line, are numbers beside numbers.
        """
        content = doc.content
        counts = [is_bare_count(line.stripped) for line in content]
        last = len(content) - 1
        in_column = {
            content[position].start
            for position, count in enumerate(counts)
            if count
            and (
                (position > 0 and counts[position - 1])
                or (position < last and counts[position + 1])
            )
        }
        return (removal for removal in super().find(doc) if removal.start not in in_column)

    def pattern_rule_for(self, line: Line) -> str | None:
        """Comment counts and headings: "12 comments", '34 responses to "Title"', "Ann says:"."""
        return _MATCHER.rule_for(line.stripped)


def is_bare_count(text: str) -> bool:
    """A number of one to six digits (`regex`'s `\\d`) and nothing else ("0", "12").

    ASCII text is checked with `str.isdigit`, which there means the same and costs
    no call into the core; other text goes to the core (`regex` and `str` may know
    different Unicode versions).

    >>> is_bare_count("12"), is_bare_count("1234567"), is_bare_count("١٢"), is_bare_count("12a")
    (True, False, True, False)
    """
    if text.isascii():
        return len(text) <= 6 and text.isdigit()
    return _core.CommentStubMatcher.is_bare_count(text)

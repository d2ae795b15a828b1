"""The block syntax of Markdown that both its reading and the rebuilding of paragraphs know.

Kept apart from `cleaner.markdown` so that `cleaner.rejoin` can use it
without importing the reader (which imports the document model).
"""

from __future__ import annotations

import re

FENCE_RE = re.compile(r" {0,3}(`{3,}|~{3,})")
"""The opening or closing line of a fenced code block; group 1 is the fence."""
ATX_HEADING_RE = re.compile(r" {0,3}(#{1,6})(?:[ \t]+|$)")
"""The marker of a ``## heading`` line."""
SETEXT_UNDERLINE_RE = re.compile(r" {0,3}(?:=+|-+)[ \t]*$")
"""The line under a setext heading (``Title`` / ``=====``)."""
TABLE_DELIMITER_RE = re.compile(
    r"[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$"
)
"""The row under a table's header (``---|:---:``)."""


def closes_fence(marker: re.Match[str] | None, fence: str) -> bool:
    """Whether a line's fence `marker` closes the block that `fence` opened.

    >>> closes_fence(FENCE_RE.match("````"), "```"), closes_fence(FENCE_RE.match("~~~"), "```")
    (True, False)
    """
    if marker is None:
        return False
    found = marker.group(1)
    return found[0] == fence[0] and len(found) >= len(fence)

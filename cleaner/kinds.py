"""What a filter is, declared on the filter, so that no filter has to name another.

Most filters judge lines. A few play a part that the pipeline or other filters
rely on: main-content detection judges the whole page, so it runs in the first
round only; menus, footers and cookie banners are the frame around an article,
and a page with a frame is a whole page; a comment section ends the article.
A filter says which with a `kind` attribute; the pipeline and the filters that
judge by earlier removals ask for the kind, never for a filter's name, so a
user's own filter can take any of these parts.
"""

from __future__ import annotations

import enum


class Kind(enum.Flag):
    """The parts a filter plays, beyond finding spans to remove (none by default)."""

    LINES = 0
    """Judges lines; no part beyond that."""

    WHOLE_PAGE = enum.auto()
    """Judges the page as a whole: runs in the first round only, since a second look
    at what it kept (the article alone) would find a "page" that is not one."""

    FRAMES_PAGE = enum.auto()
    """Removes the page's frame (menus, footers, cookie banners): a text that had
    such a frame is a whole page, not an article alone."""

    ENDS_ARTICLE = enum.auto()
    """Removes what ends the article (the heading of a comment section)."""


def kind_of(filter_: object) -> Kind:
    """The kind `filter_` declares; a filter that declares none only judges lines."""
    kind = getattr(filter_, "kind", Kind.LINES)
    return kind if isinstance(kind, Kind) else Kind.LINES

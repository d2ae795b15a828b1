"""The built-in filters; importing this package registers them all.

One module per family of boilerplate, named for what it removes.
"""

from cleaner.filters import (
    ads,
    bylines,
    captions,
    chrome,
    comments,
    content,
    furniture,
    related,
    timestamps,
    widgets,
)
from cleaner.filters.base import Filter, LineFilter, PhraseFilter

__all__ = [
    "Filter",
    "LineFilter",
    "PhraseFilter",
    "ads",
    "bylines",
    "captions",
    "chrome",
    "comments",
    "content",
    "furniture",
    "related",
    "timestamps",
    "widgets",
]

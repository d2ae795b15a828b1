"""cleaner: strip boilerplate out of scraped web text and return clean paragraphs.

>>> import cleaner
>>> cleaner.clean("Try Our AI Features\\nThe council met.\\nComments")
'The council met.\\n'

The HTML entry points, `clean_html` and `extract_text`, are here too, but
`cleaner.html` is imported on first use (PEP 562): users who clean text never
load the HTML stack.
"""

import importlib
import logging
from typing import TYPE_CHECKING

from cleaner.api import clean, clean_and_explain
from cleaner.batch import clean_many
from cleaner.config import CleanerConfig, load_config
from cleaner.document import Doc, Line
from cleaner.errors import CleanerError, ConfigError, CoreError, TextError
from cleaner.filters.base import Filter, LineFilter
from cleaner.models import CleanResult, Removal, Stats
from cleaner.pipeline import Pipeline, apply_removals
from cleaner.registry import DEFAULT_ORDER, register
from cleaner.rejoin import rejoin

if TYPE_CHECKING:
    from cleaner import html
    from cleaner.html import clean_html, extract_text

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_ORDER",
    "CleanResult",
    "CleanerConfig",
    "CleanerError",
    "ConfigError",
    "CoreError",
    "Doc",
    "Filter",
    "Line",
    "LineFilter",
    "Pipeline",
    "Removal",
    "Stats",
    "TextError",
    "__version__",
    "apply_removals",
    "clean",
    "clean_and_explain",
    "clean_html",
    "clean_many",
    "extract_text",
    "html",
    "load_config",
    "register",
    "rejoin",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())

# Names served by `__getattr__`, from `cleaner.html`; "html" is the module itself.
_HTML_NAMES = frozenset(("clean_html", "extract_text", "html"))


def __getattr__(name: str) -> object:
    """Load `cleaner.html` when one of its entry points is first asked for.

    Importing it eagerly would cost every text user the import; leaving it out
    made ``cleaner.clean_html`` an AttributeError after ``import cleaner``.
    """
    if name in _HTML_NAMES:
        module = importlib.import_module("cleaner.html")
        return module if name == "html" else getattr(module, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

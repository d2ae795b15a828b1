"""cleaner: strip boilerplate out of scraped web text and return clean paragraphs.

>>> import cleaner
>>> cleaner.clean("Try Our AI Features\\nThe council met.\\nComments")
'The council met.\\n'
"""

import logging

from cleaner.api import clean, clean_and_explain
from cleaner.batch import clean_many
from cleaner.config import load_config
from cleaner.document import Doc, Line
from cleaner.errors import CleanerError, ConfigError, PatternTimeoutError
from cleaner.filters.base import Filter, LineFilter
from cleaner.models import CleanerConfig, CleanResult, Removal, Stats
from cleaner.pipeline import Pipeline, apply_removals
from cleaner.registry import DEFAULT_ORDER, register
from cleaner.rejoin import rejoin

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_ORDER",
    "CleanResult",
    "CleanerConfig",
    "CleanerError",
    "ConfigError",
    "Doc",
    "Filter",
    "Line",
    "LineFilter",
    "PatternTimeoutError",
    "Pipeline",
    "Removal",
    "Stats",
    "__version__",
    "apply_removals",
    "clean",
    "clean_and_explain",
    "clean_many",
    "load_config",
    "register",
    "rejoin",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())

"""Exceptions that carry a message meant for the person running cleaner.

The CLI prints `str(error)` on one line and exits 1, so each message says what
went wrong and what to do about it.
"""


class CleanerError(Exception):
    """Base class for every error that cleaner raises on purpose."""


class ConfigError(CleanerError, ValueError):
    """A configuration file or object that cannot be used as given."""


class PatternTimeoutError(CleanerError):
    """A user-supplied pattern backtracked for too long on one line of input."""

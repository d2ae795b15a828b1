"""Exceptions that carry a message meant for the person running cleaner.

The CLI prints `str(error)` on one line and exits 1, so each message says what
went wrong and what to do about it.
"""


class CleanerError(Exception):
    """Base class for every error that cleaner raises on purpose."""


class ConfigError(CleanerError, ValueError):
    """A configuration file or object that cannot be used as given."""


class CoreError(CleanerError):
    """The native core failed on an input: a bug in cleaner, reported with the input's position.

    Raised in place of a panic of the Rust core, so that one bad document does
    not take the process (or a batch of a million documents) down.
    """


class TextError(CleanerError, ValueError):
    """A string that is no Unicode text: it holds a lone surrogate.

    Text decoded with ``errors="surrogateescape"`` holds them; no UTF-8 output
    can hold them either.
    """

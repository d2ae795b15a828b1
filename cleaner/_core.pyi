"""The typed surface of the native core (`src/python.rs`), built by maturin from `src/`."""

from cleaner.document import Line

def split_lines(text: str, line_type: type[Line]) -> list[Line]:
    """The lines of `text` as `line_type` instances: (number, start, text, stripped, key)."""

def phrase_key(text: str) -> str:
    """Normalise a line or a lexicon phrase for whole-line comparison (`src/lines.rs`)."""

def is_blank_text(text: str) -> bool:
    """Whether `text` shows nothing: only whitespace and invisible characters."""

def _panic_for_test(position: int) -> None:
    """Panic inside the core after noting `position`; raises `cleaner.errors.CoreError`."""

class DateMatcher:
    """The date patterns of one lexicon, compiled (`src/dates.rs`)."""

    def __init__(
        self,
        *,
        months: list[str],
        weekdays: list[str],
        labels: list[str],
        connectors: list[str],
        periods: list[str],
        relative: list[tuple[list[str], list[str]]],
        reading: list[tuple[list[str], list[str]]],
    ) -> None:
        """Build from the lexicon's words; `relative` and `reading` are (units, templates)."""

    def rule_for_text(self, text: str, relative: bool, absolute: bool) -> str | None:
        """The kind of date line `text` is ("relative_time", ...), or None."""

    def could_be_date(self, text: str) -> bool:
        """The cheap checks that every date line passes."""

    def patterns(self, text: str) -> tuple[bool, bool, bool]:
        """Whether the patterns alone match: (relative time, absolute date, reading time)."""

    @property
    def digitless_relative_only(self) -> bool:
        """Whether a line without a digit can only be a relative time."""

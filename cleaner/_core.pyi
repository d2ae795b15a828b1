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

"""The typed surface of the native core (`src/python.rs`), built by maturin from `src/`."""

from collections.abc import Sequence

from cleaner.document import Line

def split_lines(text: str, line_type: type[Line]) -> list[Line]:
    """The lines of `text` as `line_type` instances: (number, start, text, stripped, key)."""

def phrase_key(text: str) -> str:
    """Normalise a line or a lexicon phrase for whole-line comparison (`src/lines.rs`)."""

def is_blank_text(text: str) -> bool:
    """Whether `text` shows nothing: only whitespace and invisible characters."""

def _panic_for_test(position: int) -> None:
    """Panic inside the core after noting `position`; raises `cleaner.errors.CoreError`."""

class CaptionMatcher:
    """The `captions` filter's patterns, built from the lexicons' word lists (`src/captions.rs`).

    Positions are character offsets into the Python string. Pickles as its word lists.
    """

    def __init__(
        self,
        agencies: Sequence[str],
        labels: Sequence[str],
        openings: Sequence[str],
        date_labels: Sequence[str],
    ) -> None: ...
    @property
    def has_labels(self) -> bool:
        """Whether there are labels of other languages (else `labelled` never matches)."""
    def alone(self, text: str) -> bool:
        """A credit alone: "(Photo: Reuters)", "Getty Images", "AP Photo/Jane Doe"."""
    def trailing(self, text: str) -> bool:
        """A caption closed by a labelled credit: "... on Tuesday. (Photo: Reuters)"."""
    def agency_closing(self, text: str) -> int | None:
        """Where an agency's credit with a name closes a caption: "... (AP Photo/Jane Doe)"."""
    def bare_closing(self, text: str) -> int | None:
        """Where an agency alone, or a name and an agency, closes a caption: "... Ariz. (AP)"."""
    def named(self, text: str) -> bool:
        """A credit line led by a name: "Jane Doe | Getty Images", "Jane Doe Submitted photo"."""
    def label_alone(self, text: str) -> bool:
        """A credit's label alone: "Photo", "Image credit"."""
    def labelled(self, text: str) -> bool:
        """A credit under a label of another language: "Foto: dpa", "[사진=JTBC]"."""
    def meta_split(self, text: str) -> list[str]:
        """A meta row cut at spaces and before a label after a digit: "08:15来源：新华网"."""
    def meta_date(self, text: str) -> bool:
        """A date or a time, perhaps under a label: "2026-11-20", "发布时间：08:15"."""
    def opening_end(self, text: str) -> int | None:
        """Where an agency's opening ends: "In this Oct. 28, 2019, file photo"; None if none."""

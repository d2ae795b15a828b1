"""Reading documents for the command line: bytes in, text (or extracted HTML) out.

Bad input is refused here with a message that says what to do (invalid UTF-8,
binary data, an unreadable file), and each document is cleaned by
`clean_document`, a plain function of picklable arguments, so that the command
line can hand documents to worker processes.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Literal

import regex

from cleaner.api import pipeline_for
from cleaner.boms import bom_encoding
from cleaner.config import CleanerConfig
from cleaner.errors import CleanerError
from cleaner.models import CleanResult

# Share of control characters (other than tab, newline, carriage return, form
# feed) above which input is taken for binary data rather than text.
_MAX_CONTROL_SHARE = 0.01
_CONTROL_BYTES = bytes(c for c in range(32) if c not in (9, 10, 12, 13))
# Characters that text in a wide encoding does not contain; binary data read as one does.
_UNLIKELY_CHARS_RE = regex.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\p{Cn}\p{Co}\p{Cs}]")
HTML_SUFFIXES = frozenset((".htm", ".html", ".xhtml", ".shtml"))

Mode = Literal["auto", "text", "html"]


class InputError(CleanerError):
    """Input that cannot be read as text; the message says what to do."""


@dataclass(frozen=True)
class DocumentOptions:
    """How every document of a run is read and cleaned."""

    config: CleanerConfig
    mode: Mode = "auto"
    encoding_errors: str = "strict"
    timed: bool = False  # time each step of the pipeline (`Stats.seconds`, for ``--stats``)


@dataclass(frozen=True)
class Outcome:
    """One cleaned document: the text its removals point into, and the result.

    `problem` is set, and `result` is None, when the input could not be read.
    """

    name: str
    text: str = ""
    result: CleanResult | None = None
    problem: str = ""
    was_html: bool = False


def read_bytes(name: str, stdin: BinaryIO) -> bytes:
    """The bytes of a file, or of stdin for '-', with a one-line error for an unreadable one."""
    label = "stdin" if name == "-" else name
    try:
        if name == "-":
            return stdin.read()
        return Path(name).read_bytes()
    except OSError as error:
        raise InputError(f"cannot read {label}: {error.strerror or error}") from None


def decode(data: bytes, label: str, *, encoding_errors: str = "strict") -> str:
    """Decode UTF-8, or UTF-16 or UTF-32 behind a byte-order mark; refuse binary data.

    UTF-16 text is full of NUL bytes, so the binary test cannot come first: a
    byte-order mark is what tells text in a wide encoding (Windows Notepad's
    "Unicode") from binary data, and after decoding, control characters still
    give binary data away. Invalid bytes are refused by default.

    >>> decode("Café".encode("utf-16"), "stdin")
    'Café'
    """
    encoding = bom_encoding(data) or "utf-8"
    if encoding.startswith("utf-8") and _looks_binary(data):
        raise InputError(f"{label} looks like binary data, not text; cleaner reads UTF-8 text")
    try:
        text = data.decode(encoding, errors=encoding_errors)
    except UnicodeDecodeError as error:
        name = encoding.upper().removesuffix("-SIG")
        raise InputError(
            f"{label} is not valid {name} (byte {error.start}); convert it first "
            "(e.g. iconv -f latin1 -t utf-8) or pass --encoding-errors replace"
        ) from None
    if not encoding.startswith("utf-8") and _unlikely_share(text) > _MAX_CONTROL_SHARE:
        raise InputError(f"{label} looks like binary data, not text; cleaner reads UTF-8 text")
    return text


def _looks_binary(data: bytes) -> bool:
    return b"\x00" in data or _control_share(data) > _MAX_CONTROL_SHARE


def _unlikely_share(text: str) -> float:
    """The share of characters that text does not hold (controls, unassigned, private use).

    Binary data read as UTF-16 or UTF-32 is made of such characters; text is not.
    """
    sample = text[:65536]
    return len(_UNLIKELY_CHARS_RE.findall(sample)) / len(sample) if sample else 0.0


def _control_share(data: bytes) -> float:
    sample = data[:65536]
    if not sample:
        return 0.0
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls / len(sample)


def is_html_input(name: str, data: bytes, mode: Mode) -> bool:
    """Whether to treat a document as HTML: the mode, else the file name, else a sniff."""
    if mode != "auto":
        return mode == "html"
    if Path(name).suffix.casefold() in HTML_SUFFIXES:
        return True
    from cleaner.html import looks_like_html  # noqa: PLC0415  (cheap, but keeps imports light)

    return looks_like_html(data[:4096].decode(bom_encoding(data) or "utf-8", errors="replace"))


def clean_document(item: tuple[str, bytes | None, str], options: DocumentOptions) -> Outcome:
    """Clean one document given as `(name, bytes, problem)`; never raises for bad input."""
    name, data, problem = item
    label = "stdin" if name == "-" else name
    if data is None:
        return Outcome(name=name, problem=problem)
    try:
        if is_html_input(name, data, options.mode):
            from cleaner.html import decode_html, extract_and_clean  # noqa: PLC0415

            text, result = extract_and_clean(decode_html(data), options.config, timed=options.timed)
            return Outcome(name=name, text=text, result=result, was_html=True)
        text = decode(data, label, encoding_errors=options.encoding_errors)
    except InputError as error:
        return Outcome(name=name, problem=str(error))
    pipeline = pipeline_for(options.config)
    if options.timed:
        pipeline = pipeline.with_timings()
    return Outcome(name=name, text=text, result=pipeline.run(text))

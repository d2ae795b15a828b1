"""Where the command line writes: stdout, files in ``-o DIR``, the ``--errors`` file.

A full disk, a file where the output folder should be, or a folder that cannot
be written to are ordinary errors, not bugs in cleaner: each becomes an
`OutputError` whose one-line message names the path and the reason, and the
command exits 1 (it used to print "internal error ... please report it").
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import Self

from cleaner.errors import CleanerError

MARKDOWN_SUFFIXES = frozenset((".md", ".markdown"))
STDOUT = "stdout"
"""The `OutputError.target` of a failed write to standard output."""


class OutputError(CleanerError):
    """Output that cannot be written; the message names `target` and the reason."""

    def __init__(self, target: str, reason: str) -> None:
        super().__init__(f"cannot write {target}: {reason}")
        self.target = target


@contextlib.contextmanager
def writing(target: str) -> Iterator[None]:
    """Turn an `OSError` raised inside into an `OutputError` naming `target`.

    A closed pipe passes through: the command line ends quietly on it
    (``cleaner < big.txt | head``).

    >>> with writing("out/a.txt"):
    ...     raise IsADirectoryError(21, "Is a directory")
    Traceback (most recent call last):
    cleaner.outputs.OutputError: cannot write out/a.txt: Is a directory
    """
    try:
        yield
    except BrokenPipeError:
        raise
    except OSError as error:
        raise OutputError(target, error.strerror or str(error)) from None


def prepare_folder(path: Path) -> None:
    """Create the ``-o`` folder before any input is read, so a bad one stops the run at once."""
    if path.exists() and not path.is_dir():
        raise OutputError(str(path), "it is a file, and -o takes a folder")
    with writing(str(path)):
        path.mkdir(parents=True, exist_ok=True)


def output_name(name: str, *, json: bool = False, markdown: bool | None = None) -> str:
    """The file name under which ``-o DIR`` writes the cleaned document `name`.

    The cleaned text of a page is no longer HTML, so it takes the suffix of what
    it is: ``.md`` for Markdown input (its markup stays), ``.txt`` for the rest,
    ``.json`` for a ``--json`` result. `markdown` says whether the output is
    Markdown (``--format markdown``; False with ``--plain``); None decides by
    the name, since every output name is known before any input is read.

    >>> output_name("pages/page.html"), output_name("notes.markdown"), output_name("README")
    ('page.txt', 'notes.md', 'README.txt')
    >>> output_name("page.html", json=True)
    'page.json'
    """
    path = Path(name)
    if json:
        suffix = ".json"
    elif markdown or (markdown is None and path.suffix.casefold() in MARKDOWN_SUFFIXES):
        suffix = ".md"
    else:
        suffix = ".txt"
    return path.with_suffix(suffix).name


class ErrorFile:
    """The ``--errors FILE`` of a run: opened before any input is read, one line per skip.

    A skipped JSON Lines record goes in as it was read, so the file can be fixed
    and cleaned again; a skipped FILE argument as its name, a tab and the reason.
    """

    def __init__(self, path: Path) -> None:
        """Open (and empty) `path`; a folder or an unwritable path is an `OutputError`."""
        self.path = path
        self._target = f"the --errors file {path}"
        with writing(self._target):
            self._file = path.open("w", encoding="utf-8")

    def record(self, line: str) -> None:
        """Add one line (its own newline, if any, is replaced)."""
        with writing(self._target):
            self._file.write(line.rstrip("\n") + "\n")

    def __enter__(self) -> Self:
        """The open file, closed at the end of the ``with`` block."""
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        """Close the file; a failure to do so matters only when nothing else failed first."""
        try:
            with writing(self._target):
                self._file.close()
        except OutputError:
            if error is None:
                raise

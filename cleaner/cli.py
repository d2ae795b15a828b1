"""The command line: ``cleaner [FILE ...]``, a stdin-to-stdout filter.

A thin layer: it reads bytes, decodes them with a clear error for bad input,
builds a `CleanerConfig` from the flags and an optional TOML file, and prints
what `Pipeline.run` returns. stdout carries only the cleaned text (or JSON with
``--json``); explanations and errors go to stderr.
"""

from __future__ import annotations

import argparse
import bisect
import os
import sys
from collections.abc import Sequence
from typing import BinaryIO, NamedTuple, TextIO

from cleaner import __version__, registry
from cleaner.config import load_config, validate_config
from cleaner.errors import CleanerError
from cleaner.models import CleanerConfig, CleanResult
from cleaner.pipeline import Pipeline

EXIT_OK = 0
EXIT_BAD_INPUT = 1
EXIT_USAGE = 2

# Share of control characters (other than tab, newline, carriage return, form
# feed) above which input is taken for binary data rather than text.
_MAX_CONTROL_SHARE = 0.01


class Streams(NamedTuple):
    """Where cleaned text and messages go."""

    stdout: TextIO
    stderr: TextIO


class InputError(CleanerError):
    """Input that cannot be read as text; the message says what to do."""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser; flags exist only for what people change per run."""
    parser = argparse.ArgumentParser(
        prog="cleaner",
        description="Strip boilerplate (ads, widgets, comment stubs, related links, menus, "
        "footers) from scraped web text and print the article as clean paragraphs.",
        epilog=f"Filters, in default order: {', '.join(registry.known_names())}.",
    )
    parser.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help="text files to clean (default: stdin; '-' is stdin)",
    )
    parser.add_argument(
        "--keep-related",
        action="store_true",
        help="keep related articles (cleaned) after the main one",
    )
    parser.add_argument(
        "--explain", action="store_true", help="print one line per removal on stderr"
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help="print the full result (text, removals, stats) as JSON, one object per input",
    )
    parser.add_argument(
        "--disable",
        action="append",
        default=[],
        metavar="NAME",
        help="switch a filter off (repeatable)",
    )
    parser.add_argument("--config", metavar="FILE", help="TOML configuration file")
    parser.add_argument(
        "--encoding-errors",
        choices=("strict", "replace"),
        default="strict",
        help="bytes that are not UTF-8: stop with an error (default) or replace them with U+FFFD",
    )
    parser.add_argument("--version", action="version", version=f"cleaner {__version__}")
    return parser


def main(
    argv: Sequence[str] | None = None,
    *,
    stdin: BinaryIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Run the command line; return the exit status instead of exiting."""
    stdin = stdin if stdin is not None else sys.stdin.buffer
    stdout = stdout if stdout is not None else sys.stdout
    stderr = stderr if stderr is not None else sys.stderr
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    try:
        pipeline = Pipeline.from_config(_config_from(args))
        for name in args.files or ["-"]:
            text = read_text(name, stdin, encoding_errors=args.encoding_errors)
            result = pipeline.run(text)
            where = "" if name == "-" or len(args.files) < 2 else f"{name}:"
            _write(result, text, where, args, Streams(stdout, stderr))
        stdout.flush()
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_OK
    except CleanerError as error:
        print(f"cleaner: {error}", file=stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except Exception as error:
        if os.environ.get("CLEANER_DEBUG"):
            raise
        print(
            f"cleaner: internal error ({type(error).__name__}: {error}); "
            "set CLEANER_DEBUG=1 to see the traceback, and please report it",
            file=stderr,
        )
        return EXIT_BAD_INPUT
    return EXIT_OK


def _config_from(args: argparse.Namespace) -> CleanerConfig:
    config = load_config(args.config) if args.config else CleanerConfig()
    if args.keep_related:
        data = config.model_dump()
        data["related"] = {**data["related"], "keep": True}
        config = validate_config(data, source="--keep-related")
    if args.disable:
        try:
            config = config.without(*args.disable)
        except ValueError as error:
            raise CleanerError(f"--disable: {error}") from None
    return config


def read_text(name: str, stdin: BinaryIO, *, encoding_errors: str = "strict") -> str:
    """Read a file (or stdin for '-') as UTF-8 text, refusing binary data with a clear message."""
    label = "stdin" if name == "-" else name
    try:
        if name == "-":
            data = stdin.read()
        else:
            with open(name, "rb") as file:  # noqa: PTH123  (a plain name from the command line)
                data = file.read()
    except OSError as error:
        raise InputError(f"cannot read {label}: {error.strerror or error}") from None
    return decode(data, label, encoding_errors=encoding_errors)


def decode(data: bytes, label: str, *, encoding_errors: str = "strict") -> str:
    """Decode UTF-8 (a BOM is dropped), refusing binary data and, by default, invalid bytes."""
    if b"\x00" in data or _control_share(data) > _MAX_CONTROL_SHARE:
        raise InputError(f"{label} looks like binary data, not text; cleaner reads UTF-8 text")
    try:
        return data.decode("utf-8-sig", errors=encoding_errors)
    except UnicodeDecodeError as error:
        raise InputError(
            f"{label} is not valid UTF-8 (byte {error.start}); convert it first "
            "(e.g. iconv -f latin1 -t utf-8) or pass --encoding-errors replace"
        ) from None


def _control_share(data: bytes) -> float:
    if not data:
        return 0.0
    sample = data[:65536]
    controls = sum(sample.count(bytes([c])) for c in range(32) if c not in (9, 10, 12, 13))
    return controls / len(sample)


def _write(
    result: CleanResult, text: str, where: str, args: argparse.Namespace, streams: Streams
) -> None:
    stdout, stderr = streams
    if args.explain:
        newlines = [i for i, char in enumerate(text) if char == "\n"]
        for removal in result.removals:
            number = bisect.bisect_left(newlines, removal.start) + 1
            print(f"{removal.key}  {where}L{number}  {removal.evidence.strip()!r}", file=stderr)
        for warning in result.warnings:
            print(f"cleaner: warning: {where}{warning}", file=stderr)
    if args.json:
        stdout.write(result.model_dump_json() + "\n")
    else:
        stdout.write(result.text)


def _silence_stdout() -> None:
    """After a closed pipe, point stdout at devnull so the interpreter's final flush is quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass

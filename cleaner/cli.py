"""The command line: ``cleaner [FILE ...]``, a stdin-to-stdout filter.

A thin layer: it reads bytes, decodes them with a clear error for bad input,
builds a `CleanerConfig` from the flags and an optional TOML file, and prints
what `Pipeline.run` returns. stdout carries only the cleaned text (or JSON with
``--json``); explanations and errors go to stderr.
"""

from __future__ import annotations

import argparse
import bisect
import contextlib
import json
import os
import sys
from collections.abc import Iterator, Sequence
from functools import partial
from pathlib import Path
from typing import BinaryIO, NamedTuple, TextIO

from cleaner import __version__, registry
from cleaner.batch import (
    BatchSummary,
    JsonlJob,
    atomic_writer,
    ordered_map,
    progress_bar,
    run_jsonl,
    write_atomically,
)
from cleaner.config import CleanerConfig, load_config, validate_config
from cleaner.errors import CleanerError, ConfigError
from cleaner.html import NO_TEXT_WARNING
from cleaner.inputs import (
    DocumentOptions,
    InputError,
    Mode,
    Outcome,
    clean_document,
    read_bytes,
)
from cleaner.models import CleanResult
from cleaner.outputs import STDOUT, ErrorFile, OutputError, output_name, prepare_folder, writing
from cleaner.pipeline import Pipeline

EXIT_OK = 0
EXIT_BAD_INPUT = 1
EXIT_USAGE = 2
EXIT_SKIPPED = 3
# Skipped records named one by one on stderr before the rest are only counted.
_MAX_PROBLEMS_SHOWN = 20


class UsageError(CleanerError):
    """A flag given a value it cannot take (``--lang xx``, ``--disable nosuch``): exit 2."""


class Streams(NamedTuple):
    """Where input comes from and where cleaned text and messages go."""

    stdin: BinaryIO
    stdout: TextIO
    stderr: TextIO


def build_parser() -> argparse.ArgumentParser:
    """The argument parser; flags exist only for what people change per run."""
    parser = argparse.ArgumentParser(
        prog="cleaner",
        description="Strip boilerplate (ads, widgets, comment stubs, related links, menus, "
        "footers) from scraped web text and print the article as clean paragraphs.",
        epilog=f"Filters, in default order: {', '.join(registry.known_names())}. "
        "Exit status: 0 done, 1 bad input, 2 usage error, 3 some records or files skipped.",
    )
    add = parser.add_argument
    add("files", nargs="*", metavar="FILE", help="files to clean (default: stdin; '-' is stdin)")
    add(
        "-o",
        "--output",
        metavar="DIR",
        help="write each cleaned FILE into DIR, atomically, as NAME.txt (NAME.md for Markdown "
        "input, NAME.json with --json; with --jsonl under the input's own name)",
    )
    add("--keep-related", action="store_true", help="keep related articles after the main one")
    add("--explain", action="store_true", help="print one line per removal on stderr")
    add("--json", action="store_true", help="print the full result as JSON, one object per input")
    add("--disable", action="append", default=[], metavar="NAME", help="switch a filter off")
    add("--config", metavar="FILE", help="TOML configuration file")
    add("--lang", metavar="CODE", help="the language of the input (default: guessed per document)")
    kind = parser.add_mutually_exclusive_group()
    kind.add_argument(
        "--format",
        choices=("auto", "text", "markdown", "html"),
        help="how to read the input (default: auto, told per document: HTML by its name or "
        "tags, Markdown by its links and headings, else text); Markdown comes out as Markdown",
    )
    kind.add_argument("--html", action="store_true", help="the same as --format html")
    kind.add_argument(
        "--text", action="store_true", help="input is text or Markdown, even if it looks like HTML"
    )
    add("--plain", action="store_true", help="turn Markdown input into plain text")
    add("--report", metavar="PATH", help="write an HTML page showing every removal")
    batch = parser.add_argument_group("batch runs")
    batch.add_argument("--jsonl", action="store_true", help="input is JSON Lines; clean one field")
    batch.add_argument("--field", help="the JSON field to clean (default: text)")
    batch.add_argument("--counts-key", metavar="KEY", help="add removal counts under KEY")
    batch.add_argument(
        "--errors",
        metavar="FILE",
        help="copy records that cannot be cleaned to FILE (with FILE arguments: the name of "
        "each skipped file, a tab and the reason)",
    )
    batch.add_argument(
        "--jobs", type=_positive_int, default=1, metavar="N", help="worker processes"
    )
    batch.add_argument("--stats", action="store_true", help="print removals per rule at the end")
    batch.add_argument("--no-progress", action="store_true", help="no progress bar on a terminal")
    add(
        "--encoding-errors",
        choices=("strict", "replace"),
        default="strict",
        help="bytes that are not UTF-8: stop with an error (default) or replace them with U+FFFD",
    )
    add("--version", action="version", version=f"cleaner {__version__}")
    return parser


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def main(
    argv: Sequence[str] | None = None,
    *,
    stdin: BinaryIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Run the command line; return the exit status instead of exiting."""
    streams = Streams(
        stdin if stdin is not None else sys.stdin.buffer,
        stdout if stdout is not None else sys.stdout,
        stderr if stderr is not None else sys.stderr,
    )
    parser = build_parser()
    try:
        # argparse prints --help, --version and usage errors itself: to our streams.
        with contextlib.redirect_stdout(streams.stdout), contextlib.redirect_stderr(streams.stderr):
            args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    problem = _usage_problem(args)
    if problem:
        print(f"cleaner: {problem}", file=streams.stderr)
        return EXIT_USAGE
    return _run_guarded(args, streams)


def _run_guarded(args: argparse.Namespace, streams: Streams) -> int:
    """Run, turning every failure into a one-line message and an exit status."""
    try:
        config = _config_from(args)
        if args.output:
            prepare_folder(Path(args.output))
        with contextlib.ExitStack() as stack:
            errors = stack.enter_context(ErrorFile(Path(args.errors))) if args.errors else None
            if args.jsonl:
                pipeline = Pipeline.from_config(config)
                if args.stats:
                    pipeline = pipeline.with_timings()
                status = _run_jsonl(args, pipeline, streams, errors)
            else:
                status = _run_documents(args, config, streams, errors)
        with writing(STDOUT):
            streams.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_OK
    except UsageError as error:
        print(f"cleaner: {error}", file=streams.stderr)
        return EXIT_USAGE
    except CleanerError as error:
        if isinstance(error, OutputError) and error.target == STDOUT:
            _silence_stdout(streams.stdout)  # the interpreter's last flush would fail again
        print(f"cleaner: {error}", file=streams.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except Exception as error:
        if os.environ.get("CLEANER_DEBUG"):
            raise
        print(
            f"cleaner: internal error ({type(error).__name__}: {error}); "
            "set CLEANER_DEBUG=1 to see the traceback, and please report it",
            file=streams.stderr,
        )
        return EXIT_BAD_INPUT
    return status


def _usage_problem(args: argparse.Namespace) -> str:
    """Combinations of flags that cannot work, found before any input is read."""
    if args.output and (not args.files or "-" in args.files):
        return "-o DIR needs FILE arguments (stdin has no name to write under)"
    if args.output:
        names = [_output_name(name, args) for name in args.files]
        clashes = sorted({n for n in names if names.count(n) > 1})
        if clashes:
            return f"two inputs would be written to the same output name: {', '.join(clashes)}"
    if args.jsonl and (args.html or args.format == "html" or args.report):
        return "--html and --report work on documents, not on --jsonl records"
    if args.jsonl and (args.json or args.explain):
        return (
            "--json and --explain are for single documents; with --jsonl use --counts-key, --stats"
        )
    if not args.jsonl and (args.field is not None or args.counts_key is not None):
        return "--field and --counts-key name parts of JSON Lines records; they need --jsonl"
    return ""


def _output_name(name: str, args: argparse.Namespace) -> str:
    """The name an input is written under in ``-o DIR``: JSON Lines keep theirs."""
    if args.jsonl:
        return Path(name).name
    markdown = None if args.format != "markdown" else True
    return output_name(name, json=args.json, markdown=False if args.plain else markdown)


def _mode(args: argparse.Namespace) -> Mode:
    """Whether documents are HTML ("html"), never HTML ("text"), or told apart ("auto")."""
    if args.html or args.format == "html":
        return "html"
    if args.text or args.format in ("text", "markdown"):
        return "text"
    return "auto"


def _config_from(args: argparse.Namespace) -> CleanerConfig:
    """The config file's settings (or the defaults), changed by the flags.

    A bad config file is bad input (exit 1); a flag with a value no config can
    take is a usage error (exit 2), like any other bad flag.
    """
    config = load_config(args.config) if args.config else CleanerConfig()
    if args.lang:
        try:
            config = validate_config({**config.model_dump(), "lang": args.lang}, source="--lang")
        except ConfigError as error:
            raise UsageError(str(error)) from None
    if args.keep_related:
        data = config.model_dump()
        data["related_links"] = {**data["related_links"], "keep": True}
        config = validate_config(data, source="--keep-related")
    if args.format in ("text", "markdown"):
        config = config.model_copy(update={"format": args.format})
    if args.plain:
        config = config.model_copy(update={"plain": True})
    if args.disable:
        try:
            config = config.without(*args.disable)
        except ValueError as error:
            raise UsageError(f"--disable: {error}") from None
    return config


def _run_documents(
    args: argparse.Namespace, config: CleanerConfig, streams: Streams, errors: ErrorFile | None
) -> int:
    """Clean whole documents (text or HTML): stdin or each FILE, to stdout or into -o DIR.

    A file that cannot be read is skipped (and listed in `errors`); one that
    cannot be written stops the run, since the next one would fail the same way.
    """
    names = args.files or ["-"]
    single = len(names) == 1
    summary = BatchSummary()
    mode: Mode = _mode(args)
    options = DocumentOptions(
        config=config, mode=mode, encoding_errors=args.encoding_errors, timed=args.stats
    )
    reports: list[Outcome] = []

    def inputs() -> Iterator[tuple[str, bytes | None, str]]:
        for name in names:
            try:
                yield name, read_bytes(name, streams.stdin), ""
            except InputError as error:
                yield name, None, str(error)

    bar = progress_bar(_total_size(names), enabled=_wants_progress(args, streams))
    for outcome in ordered_map(partial(clean_document, options=options), inputs(), jobs=args.jobs):
        if bar is not None:
            bar.update(len(outcome.text.encode("utf-8", "surrogatepass")))
        if outcome.result is None:
            if single:
                raise InputError(outcome.problem)
            summary.skipped += 1
            print(f"cleaner: skipped: {outcome.problem}", file=streams.stderr)
            if errors is not None:
                errors.record(f"{outcome.name}\t{outcome.problem}")
            continue
        result = outcome.result
        summary.add(result.stats)
        if outcome.was_html and not outcome.text:
            print(
                f"cleaner: {_title(outcome.name)}: {NO_TEXT_WARNING}; nothing written",
                file=streams.stderr,
            )
            continue
        _explain(result, outcome.text, "" if single else f"{outcome.name}:", args, streams.stderr)
        _warn(result, outcome.name, streams.stderr)
        if args.report:
            reports.append(outcome)
        output = _json_line(outcome.name, result) if args.json else result.text
        if args.output:
            target = Path(args.output) / _output_name(outcome.name, args)
            with writing(str(target)):
                write_atomically(target, output)
        else:
            with writing(STDOUT):
                streams.stdout.write(output)
    if bar is not None:
        bar.close()
    if args.report:
        _write_report(Path(args.report), reports)
    return _finish(summary, args, streams.stderr)


def _write_report(path: Path, outcomes: list[Outcome]) -> None:
    """One document: its report page; several: the batch summary page."""
    from cleaner.report import render_batch_report, render_report  # noqa: PLC0415

    if len(outcomes) == 1 and outcomes[0].result is not None:
        only = outcomes[0]
        page = render_report(only.text, outcomes[0].result, title=_title(only.name))
    else:
        page = render_batch_report(
            (_title(o.name), o.result) for o in outcomes if o.result is not None
        )
    with writing(f"the report {path}"):
        write_atomically(path, page)


def _title(name: str) -> str:
    return "stdin" if name == "-" else name


def _run_jsonl(
    args: argparse.Namespace, pipeline: Pipeline, streams: Streams, errors: ErrorFile | None
) -> int:
    """Clean one field of every JSON Lines record, streaming, in input order."""
    job = JsonlJob(field=args.field or "text", counts_key=args.counts_key)
    summary = BatchSummary()
    names = args.files or ["-"]
    bar = progress_bar(_total_size(names), enabled=_wants_progress(args, streams))

    def progress(records: int, size: int) -> None:
        if bar is not None:
            bar.update(size)
            bar.set_postfix(records=summary.records + summary.skipped + records, refresh=False)

    for name in names:
        target = str(Path(args.output) / Path(name).name) if args.output else STDOUT
        # `writing` outside the stack: the output file is flushed and renamed as the stack closes.
        with writing(target), contextlib.ExitStack() as stack:
            lines = _jsonl_lines(name, streams.stdin, args.encoding_errors, stack)
            out = (
                stack.enter_context(atomic_writer(Path(target))) if args.output else streams.stdout
            )
            run_jsonl(
                lines,
                out,
                pipeline=pipeline,
                job=job,
                jobs=args.jobs,
                on_skipped=errors.record if errors is not None else None,
                on_progress=progress,
                summary=summary,
            )
    if bar is not None:
        bar.close()
    _print_some(summary.warnings, "cleaner: warning: ", "warnings", streams.stderr)
    _print_some(summary.problems, "cleaner: skipped ", "skipped", streams.stderr)
    return _finish(summary, args, streams.stderr)


def _print_some(messages: Sequence[str], prefix: str, kind: str, stderr: TextIO) -> None:
    """The first messages of a batch run one per line, then how many more there were."""
    for message in messages[:_MAX_PROBLEMS_SHOWN]:
        print(f"{prefix}{message}", file=stderr)
    if len(messages) > _MAX_PROBLEMS_SHOWN:
        print(f"cleaner: ... and {len(messages) - _MAX_PROBLEMS_SHOWN} more {kind}", file=stderr)


def _jsonl_lines(
    name: str, stdin: BinaryIO, encoding_errors: str, stack: contextlib.ExitStack
) -> Iterator[str]:
    """The lines of a JSON Lines input, decoded one by one so memory stays flat."""
    label = "stdin" if name == "-" else name
    try:
        binary = stdin if name == "-" else stack.enter_context(Path(name).open("rb"))  # noqa: SIM115
    except OSError as error:
        raise InputError(f"cannot read {label}: {error.strerror or error}") from None
    for number, raw in enumerate(_read_lines(binary, label), start=1):
        try:
            yield raw.decode("utf-8-sig" if number == 1 else "utf-8", errors=encoding_errors)
        except UnicodeDecodeError as error:
            raise InputError(
                f"{label} line {number} is not valid UTF-8 (byte {error.start}); "
                "pass --encoding-errors replace to clean it anyway"
            ) from None


def _read_lines(binary: BinaryIO, label: str) -> Iterator[bytes]:
    """The lines of `binary`; a read that fails half-way is bad input, not a failed write."""
    try:
        yield from binary
    except OSError as error:
        raise InputError(f"cannot read {label}: {error.strerror or error}") from None


def _finish(summary: BatchSummary, args: argparse.Namespace, stderr: TextIO) -> int:
    if args.stats:
        print(format_stats(summary), file=stderr)
    if summary.skipped:
        done = "copied to" if args.jsonl else "listed in"
        where = f" ({done} {args.errors})" if args.errors else ""
        print(f"cleaner: {summary.skipped} input(s) skipped{where}", file=stderr)
        return EXIT_SKIPPED
    return EXIT_OK


def format_stats(summary: BatchSummary) -> str:
    """The ``--stats`` block: documents, sizes, removals per rule, and time per step, most first.

    The times are the pipeline's own (`Pipeline.with_timings`), summed over the
    documents and, with ``--jobs``, over the worker processes; reading and
    writing are not in them.
    """
    stats = summary.stats
    share = stats.chars_removed / stats.chars_in if stats.chars_in else 0.0
    lines = [
        f"cleaner: {summary.records} document(s), {stats.chars_in:,} characters in, "
        f"{stats.chars_removed:,} removed ({share:.1%})"
    ]
    width = max((len(key) for key in stats.counts), default=0)
    for key, count in sorted(stats.counts.items(), key=lambda item: (-item[1], item[0])):
        lines.append(f"  {key:<{width}}  {count:>8,}")
    if stats.seconds:
        total = sum(stats.seconds.values())
        megabytes = summary.bytes_in / 1e6
        speed = f", {megabytes / total:.2f} MB/s" if total and megabytes else ""
        lines.append(f"cleaner: {total:.3f} s in the pipeline{speed}; time per step:")
        width = max(len(step) for step in stats.seconds)
        for step, spent in sorted(stats.seconds.items(), key=lambda item: -item[1]):
            share = spent / total if total else 0.0
            lines.append(f"  {step:<{width}}  {spent * 1000:10.1f} ms  {share:6.1%}")
    return "\n".join(lines)


def _total_size(names: Sequence[str]) -> int | None:
    if "-" in names:
        return None
    try:
        return sum(Path(name).stat().st_size for name in names)
    except OSError:
        return None


def _wants_progress(args: argparse.Namespace, streams: Streams) -> bool:
    return not args.no_progress and streams.stderr.isatty() and (args.jsonl or len(args.files) > 1)


def _json_line(name: str, result: CleanResult) -> str:
    """The ``--json`` object of one input: its name first ("-" for stdin), then the result."""
    data = {"input": name, **result.model_dump(mode="json")}
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"


def _explain(
    result: CleanResult, text: str, where: str, args: argparse.Namespace, stderr: TextIO
) -> None:
    """The ``--explain`` lines on stderr, one per removal."""
    if not args.explain:
        return
    newlines = [i for i, char in enumerate(text) if char == "\n"]
    for removal in result.removals:
        number = bisect.bisect_left(newlines, removal.start) + 1
        print(f"{removal.key}  {where}L{number}  {removal.evidence.strip()!r}", file=stderr)


def _warn(result: CleanResult, name: str, stderr: TextIO) -> None:
    """A document's warnings on stderr, always, each naming the document.

    The guard's "more than 90 % removed" is how a rule that deletes real prose
    shows itself in a batch; shown only with ``--explain`` it went unseen.
    """
    for warning in result.warnings:
        print(f"cleaner: warning: {_title(name)}: {warning}", file=stderr)


def _silence_stdout(stream: TextIO | None = None) -> None:
    """After a closed pipe, point stdout at devnull so the interpreter's final flush is quiet.

    Given the `stream` that failed, only when it is the process's stdout: a
    caller's own stream is left alone.
    """
    if stream is not None and stream is not sys.stdout:
        return
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass

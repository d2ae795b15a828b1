"""Batch runs: JSON Lines streams and many files, on one process or several.

Memory stays constant while streaming: records are read, cleaned and written
in bounded batches, and with several workers each batch is spread over a
process pool whose results come back in input order. A bad record (not JSON,
no such field, not a string, text that cannot be encoded) is reported with its
line number and skipped, or copied to an error file, and the run goes on.
"""

from __future__ import annotations

import contextlib
import json
import multiprocessing
import os
import tempfile
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.pool import AsyncResult
from pathlib import Path
from typing import IO, Any, TypeVar

from cleaner.errors import CleanerError
from cleaner.models import CleanResult, Stats
from cleaner.pipeline import Pipeline

ItemT = TypeVar("ItemT")
ResultT = TypeVar("ResultT")

# Records handed to the pool per worker and per round: large enough to amortise
# the inter-process traffic, small enough to keep memory flat.
BATCH_PER_WORKER = 256


class RecordError(CleanerError):
    """One JSON Lines record that cannot be cleaned; the run skips it."""


@dataclass
class BatchSummary:
    """What a batch run did: counts for the closing message and ``--stats``."""

    records: int = 0
    skipped: int = 0
    bytes_in: int = 0
    stats: Stats = field(default_factory=lambda: Stats(documents=0))
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def add(self, stats: Stats) -> None:
        """Count one cleaned document."""
        self.records += 1
        self.stats = self.stats + stats


@dataclass(frozen=True)
class JsonlJob:
    """How to treat each record: which field to clean, where to put the counts."""

    field: str = "text"
    counts_key: str | None = None


# The pipeline and job of a worker process, set once by `_init_worker`.
_WORKER: tuple[Pipeline, JsonlJob] | None = None


def _init_worker(pipeline: Pipeline, job: JsonlJob) -> None:
    global _WORKER  # noqa: PLW0603  (per-process state of a pool worker, set once)
    _WORKER = (pipeline, job)


def clean_record(
    line: str, pipeline: Pipeline, job: JsonlJob
) -> tuple[str, Stats, tuple[str, ...]]:
    """Clean one JSON Lines record; return the output line, the document's stats and warnings.

    Every other field passes through with its value unchanged (the record is
    re-serialised compactly, keys in their order).
    """
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise RecordError(f"not JSON ({error.msg} at column {error.colno})") from None
    if not isinstance(record, dict):
        raise RecordError(f"a JSON {type(record).__name__}, not an object")
    if job.field not in record:
        raise RecordError(f"no field {job.field!r}")
    text = record[job.field]
    if not isinstance(text, str):
        raise RecordError(f"field {job.field!r} is {type(text).__name__}, not a string")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise RecordError(f"field {job.field!r} holds a lone surrogate escape, not text") from None
    result = pipeline.run(text)
    record[job.field] = result.text
    if job.counts_key:
        record[job.counts_key] = result.stats.counts
    return json.dumps(record, ensure_ascii=False), result.stats, result.warnings


# What a worker sends back for one record: its number, its size in bytes, the
# output line, its stats, its warnings, and the problem that made it be skipped.
_CleanedRecord = tuple[int, int, str | None, Stats | None, tuple[str, ...], str]


def _clean_in_worker(numbered: tuple[int, str]) -> _CleanedRecord:
    """Clean one numbered record.

    A skipped record comes back with output and stats None and the problem said;
    the caller keeps the raw line for the error file, so it is not sent back.
    """
    assert _WORKER is not None, "worker used before _init_worker"
    pipeline, job = _WORKER
    number, line = numbered
    size = len(line.encode("utf-8", "surrogatepass"))
    try:
        output, stats, warnings = clean_record(line, pipeline, job)
    except RecordError as error:
        return number, size, None, None, (), str(error)
    return number, size, output, stats, warnings, ""


def _numbered(lines: Iterable[str]) -> Iterator[tuple[int, str]]:
    """Number the lines from 1 and skip blank ones, which separate nothing in JSON Lines."""
    return ((number, line) for number, line in enumerate(lines, start=1) if line.strip())


def run_jsonl(  # noqa: PLR0913  (the knobs of one batch run, all keyword-only)
    lines: Iterable[str],
    out: IO[str],
    *,
    pipeline: Pipeline,
    job: JsonlJob,
    jobs: int = 1,
    on_skipped: Callable[[str], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    summary: BatchSummary | None = None,
) -> BatchSummary:
    """Clean a stream of JSON Lines into `out`, in order; skip and report bad records.

    Each skipped record's line, as it was read, goes to `on_skipped` (the
    ``--errors`` file), so that it can be fixed and cleaned again.
    """
    summary = summary or BatchSummary()
    pending: dict[int, str] = {}  # raw lines in flight, for the error file

    def numbered() -> Iterator[tuple[int, str]]:
        for number, line in _numbered(lines):
            pending[number] = line
            yield number, line

    results = ordered_map(
        _clean_in_worker,
        numbered(),
        jobs=jobs,
        per_worker=BATCH_PER_WORKER,
        initializer=_init_worker,
        initargs=(pipeline, job),
    )
    for number, size, output, stats, warnings, problem in results:
        raw = pending.pop(number)
        summary.bytes_in += size
        summary.warnings.extend(f"line {number}: {warning}" for warning in warnings)
        if output is None or stats is None:
            summary.skipped += 1
            summary.problems.append(f"line {number}: {problem}")
            if on_skipped is not None:
                on_skipped(raw)
        else:
            out.write(output + "\n")
            summary.add(stats)
        if on_progress is not None:
            on_progress(1, size)
    return summary


def clean_many(
    texts: Iterable[str], pipeline: Pipeline | None = None, *, jobs: int = 1
) -> Iterator[CleanResult]:
    """Clean many documents, streaming results in input order.

    With ``jobs > 1`` the documents are spread over a pool of processes, in
    bounded batches so that an endless iterable does not fill memory.

    >>> [r.text for r in clean_many(["Advertisement\\nOne.", "Two."])]
    ['One.\\n', 'Two.\\n']
    """
    pipeline = pipeline or Pipeline.from_config()
    if jobs <= 1:
        return map(pipeline.run, texts)
    return ordered_map(
        _run_in_worker,
        texts,
        jobs=jobs,
        per_worker=BATCH_PER_WORKER,
        initializer=_init_worker,
        initargs=(pipeline, JsonlJob()),
    )


def ordered_map(  # noqa: PLR0913  (all keyword-only, each needed by one caller)
    function: Callable[[ItemT], ResultT],
    items: Iterable[ItemT],
    *,
    jobs: int = 1,
    per_worker: int = 4,
    initializer: Callable[..., None] | None = None,
    initargs: tuple[Any, ...] = (),
) -> Iterator[ResultT]:
    """`map` over a pool of `jobs` processes, in input order, with a bounded window.

    Items go to the workers in chunks (a quarter of `per_worker` each), and a
    new chunk is sent as soon as the oldest one's results are handed on, so the
    workers never wait for a whole batch to finish; at most `per_worker` items
    per worker are in flight, so an endless iterable does not fill memory.
    `function`, the items and `initargs` must pickle; `initializer` sets up each
    worker once (with one job it runs here).
    """
    if jobs <= 1:
        if initializer is not None:
            initializer(*initargs)
        yield from map(function, items)
        return
    chunk_size = max(1, per_worker // 4)
    window = max(1, jobs * per_worker // chunk_size)
    with multiprocessing.get_context().Pool(jobs, initializer, initargs) as pool:
        pending: deque[AsyncResult[list[ResultT]]] = deque()
        for chunk in _chunks(items, chunk_size):
            pending.append(pool.apply_async(_map_chunk, (function, chunk)))
            if len(pending) >= window:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()


def _chunks(items: Iterable[ItemT], size: int) -> Iterator[list[ItemT]]:
    chunk: list[ItemT] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _map_chunk(function: Callable[[ItemT], ResultT], chunk: list[ItemT]) -> list[ResultT]:
    return [function(item) for item in chunk]


def _run_in_worker(text: str) -> CleanResult:
    assert _WORKER is not None, "worker used before _init_worker"
    return _WORKER[0].run(text)


def _new_file_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


@contextlib.contextmanager
def atomic_writer(path: Path) -> Iterator[IO[str]]:
    """A text file to stream into, which appears at `path` only when complete.

    It is a temporary file in the same folder, renamed over `path` at the end:
    a reader never sees a half-written file, and an interrupted run leaves the
    old file (or none) in place.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(handle, _new_file_mode())  # mkstemp makes 0600; a new file is 0666 - umask
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as file:
            yield file
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_atomically(path: Path, text: str) -> None:
    """Write `text` to `path` through `atomic_writer`."""
    with atomic_writer(path) as file:
        file.write(text)


def progress_bar(total_bytes: int | None, *, enabled: bool) -> Any:  # noqa: ANN401  (tqdm or None)
    """A tqdm bar on stderr counting records and MB, or None when disabled."""
    if not enabled:
        return None
    from tqdm import tqdm  # noqa: PLC0415  (only interactive runs pay for the import)

    return tqdm(
        total=total_bytes,
        unit="B",
        unit_scale=True,
        unit_divisor=1000,
        desc="cleaning",
        leave=False,
    )

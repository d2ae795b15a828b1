"""Speed benchmark: MB/s per process, I/O overhead, peak memory, --jobs scaling, linear cost.

Run by hand, never from the test suite: timings belong to a machine and a
moment, and a timed unit test fails whenever a neighbour is busy. One run
measures everything the "Scale" issue asks for, on a corpus of at least
``--size-mb`` MB built by repeating the text renderings of ``../shared/bench``:

1. **In-process**: ``Pipeline.run`` over every text of the corpus, no I/O; MB/s
   per rendering (inscriptis is the headline figure).
2. **Command line**: ``cleaner --jsonl`` on the corpus as a JSON Lines file,
   with the default pipeline and with a do-nothing pipeline (no filters, no
   rejoin) through the same reading and writing code, then ``--jobs N``
   against ``--jobs 1`` in records per second. Peak memory of each run: the
   largest process (``ru_maxrss`` from ``wait4``) and the whole process tree
   (RSS sampled ten times a second).
3. **Linear cost**: single documents of 1 to 64 MB cut from the renderings
   laid end to end; time per MB should not grow with the size.
4. **Hostile inputs**: a 10 MB line without a newline, a million one-character
   lines, 100 000 ``Advertisement`` lines, 50 000 deeply nested bullets, a line
   of unclosed Markdown links, each at
   1/64, 1/16, 1/4 and full size, so that a cost that grows faster than the
   input shows as a rising s/MB column.

Each linear or hostile case runs in a forked child that is killed after
``--case-timeout`` seconds (600; 30 with ``--quick``). A larger size whose time,
extrapolated from the two before it, would exceed that is reported as
projected and skipped: a quadratic case is shown, not waited for.

``--gb 1`` adds a streaming run over 1 GB of JSON Lines (``--jobs N``, output
to /dev/null) and reports its peak memory; it is off by default because it
takes a long time.

    python benchmarks/speed.py                    # full run (15 minutes at 0.5 MB/s)
    python benchmarks/speed.py --quick            # smoke run: small sizes, short timeouts
    python benchmarks/speed.py --only linear --only hostile
    python benchmarks/speed.py --gb 1 --only stream  # only the 1 GB streaming run
    python benchmarks/speed.py --gb 1 --json figures.json

MB are 10**6 bytes of UTF-8 document text (not of JSON). Targets, on the
2-core project machine: in-process >= 10 MB/s on inscriptis, ``--jobs 2`` >=
1.7x the records/s of ``--jobs 1``, streaming 1 GB under 300 MB of memory.
The load average is printed before and after: other work on the machine makes
every figure slower and the ``--jobs`` ratio lower.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import json
import math
import multiprocessing
import os
import resource
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[1]
# Run as `python benchmarks/speed.py`, Python puts benchmarks/ (not the repo
# root) on sys.path, so neither `benchmarks.quality` nor `cleaner` would import.
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from benchmarks.quality import RENDERINGS, load_gold, load_rendering, resolve_bench  # noqa: E402
from cleaner import Pipeline  # noqa: E402

MB = 1e6
SECTIONS = ("inprocess", "cli", "linear", "hostile")
TARGET_MB_S = 10.0
TARGET_JOBS_RATIO = 1.7
TARGET_PEAK_MB = 300.0
# Time per MB at the largest size over time per MB at the smallest, above which
# a cost is called "not flat" in the report.
FLAT_RATIO = 1.5
EMPTY_CONFIG = "filters = []\n\n[rejoin]\nenabled = false\n"
PAGE = os.sysconf("SC_PAGE_SIZE")


@dataclass(frozen=True, slots=True)
class Record:
    """One document of the corpus: which rendering it comes from, and its text."""

    id: str
    rendering: str
    text: str
    size: int  # UTF-8 bytes of `text`


@dataclass(frozen=True, slots=True)
class Plan:
    """The sizes of one run; `--quick` shrinks all of them."""

    size_mb: float
    linear_mb: tuple[float, ...]
    hostile_scales: tuple[float, ...]
    case_timeout: float


@dataclass
class CliRun:
    """One ``cleaner --jsonl`` subprocess: time, memory and what it wrote."""

    name: str
    jobs: int
    seconds: float
    records: int
    text_mb: float
    largest_process_mb: float
    tree_peak_mb: float
    output_lines: int
    returncode: int

    @property
    def mb_per_s(self) -> float:
        """Document text cleaned per second, all processes together."""
        return self.text_mb / self.seconds

    @property
    def records_per_s(self) -> float:
        """Records cleaned per second, all processes together."""
        return self.records / self.seconds


@dataclass
class Case:
    """One document cleaned in a forked child: its size, time and extra memory."""

    name: str
    mb: float
    lines: int
    seconds: float | None = None  # None: timed out or failed
    extra_mb: float | None = None
    error: str = ""

    @property
    def mb_per_s(self) -> float | None:
        """Throughput, or None when the case did not finish."""
        return self.mb / self.seconds if self.seconds else None

    @property
    def s_per_mb(self) -> float | None:
        """Seconds per MB: flat across sizes when the cost is linear."""
        return self.seconds / self.mb if self.seconds is not None else None


@dataclass
class Report:
    """Every figure of one run, for the table and for ``--json``."""

    machine: dict[str, Any] = field(default_factory=dict)
    corpus: dict[str, Any] = field(default_factory=dict)
    in_process: dict[str, dict[str, float]] = field(default_factory=dict)
    cli: list[CliRun] = field(default_factory=list)
    gb: CliRun | None = None
    linear: list[Case] = field(default_factory=list)
    hostile: dict[str, list[Case]] = field(default_factory=dict)


# --- corpus -----------------------------------------------------------------


def load_renderings(bench: Path) -> dict[str, list[str]]:
    """The texts of every rendering, in the benchmark's page order."""
    gold = load_gold(bench)
    texts = {name: load_rendering(bench, name, gold) for name in RENDERINGS}
    return {name: [texts[name][page_id] for page_id in gold] for name in RENDERINGS}


def build_corpus(renderings: dict[str, list[str]], size_mb: float) -> list[Record]:
    """Repeat the renderings, pages interleaved, until the texts hold `size_mb` MB.

    Repeats share their strings, so the corpus costs the memory of one pass.
    """
    one_pass = [
        Record(f"{i}", name, text, len(text.encode("utf-8")))
        for i, texts in enumerate(zip(*renderings.values(), strict=True))
        for name, text in zip(renderings, texts, strict=True)
    ]
    corpus: list[Record] = []
    total = 0
    for position in itertools.count():
        record = one_pass[position % len(one_pass)]
        if total >= size_mb * MB:
            return corpus
        repeat = position // len(one_pass)
        corpus.append(Record(f"{record.id}-{repeat}", record.rendering, record.text, record.size))
        total += record.size
    raise AssertionError("unreachable")


def write_jsonl(records: Sequence[Record], path: Path, *, min_bytes: float = 0) -> int:
    """Write the records as JSON Lines, repeating them until the file has `min_bytes`.

    Returns the number of records written.
    """
    written = 0
    size = 0
    with path.open("w", encoding="utf-8") as file:
        while True:
            for record in records:
                line = json.dumps(
                    {
                        "id": f"{record.id}.{written}",
                        "rendering": record.rendering,
                        "text": record.text,
                    },
                    ensure_ascii=False,
                )
                file.write(line + "\n")
                size += len(line.encode("utf-8")) + 1
                written += 1
            if size >= min_bytes:
                return written


# --- in-process ---------------------------------------------------------------


def time_in_process(pipeline: Pipeline, corpus: Sequence[Record]) -> dict[str, dict[str, float]]:
    """Clean every text in this process; MB, seconds and MB/s per rendering."""
    for record in corpus[:20]:
        pipeline.run(record.text)  # warm-up: lazily loaded lexicons, regex caches
    seconds = dict.fromkeys(RENDERINGS, 0.0)
    sizes = dict.fromkeys(RENDERINGS, 0)
    docs = dict.fromkeys(RENDERINGS, 0)
    for record in corpus:
        start = time.perf_counter()
        pipeline.run(record.text)
        seconds[record.rendering] += time.perf_counter() - start
        sizes[record.rendering] += record.size
        docs[record.rendering] += 1
    result = {
        name: {
            "mb": sizes[name] / MB,
            "docs": docs[name],
            "seconds": seconds[name],
            "mb_per_s": sizes[name] / MB / seconds[name],
        }
        for name in RENDERINGS
    }
    total_s = sum(seconds.values())
    total_mb = sum(sizes.values()) / MB
    result["all"] = {
        "mb": total_mb,
        "docs": len(corpus),
        "seconds": total_s,
        "mb_per_s": total_mb / total_s,
    }
    return result


# --- command line -------------------------------------------------------------


def _process_tree_rss(root: int) -> int:
    """Bytes resident in `root` and all its descendants right now."""
    parents: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            stat = Path(entry.path, "stat").read_text()
        except OSError:
            continue
        # The command name may hold spaces and parentheses; fields follow the last ')'.
        parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    tree = {root}
    grew = True
    while grew:
        new = {pid for pid, parent in parents.items() if parent in tree and pid not in tree}
        tree |= new
        grew = bool(new)
    total = 0
    for pid in tree:
        try:
            total += int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE
        except (OSError, IndexError, ValueError):
            continue
    return total


class TreeSampler(threading.Thread):
    """Sample the RSS of a process tree ten times a second; keep the peak."""

    def __init__(self, root: int) -> None:
        super().__init__(daemon=True)
        self.root = root
        self.peak = 0
        self.done = threading.Event()

    def run(self) -> None:
        """Sample until `done` is set."""
        while not self.done.wait(0.1):
            self.peak = max(self.peak, _process_tree_rss(self.root))


def run_cli(  # noqa: PLR0913  (one subprocess run, all keyword-only)
    name: str,
    *,
    input_path: Path,
    output: Path,
    records: int,
    text_mb: float,
    jobs: int = 1,
    config: Path | None = None,
) -> CliRun:
    """Run ``cleaner --jsonl`` on `input_path` in a subprocess and measure it."""
    command = [sys.executable, "-m", "cleaner", "--jsonl", "--no-progress", "--jobs", str(jobs)]
    if config is not None:
        command += ["--config", str(config)]
    command.append(str(input_path))
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    with output.open("wb") as out:
        start = time.perf_counter()
        # A session of its own, so that an interrupted benchmark can stop the
        # whole tree (the CLI and its pool workers) and leave nothing running.
        with subprocess.Popen(command, stdout=out, env=env, start_new_session=True) as process:
            sampler = TreeSampler(process.pid)
            sampler.start()
            try:
                _, status, usage = os.wait4(process.pid, 0)
            except BaseException:
                os.killpg(process.pid, signal.SIGKILL)
                raise
            finally:
                sampler.done.set()
                sampler.join()
            seconds = time.perf_counter() - start
            process.returncode = os.waitstatus_to_exitcode(status)
    output_lines = _count_lines(output) if output != Path(os.devnull) else records
    return CliRun(
        name=name,
        jobs=jobs,
        seconds=seconds,
        records=records,
        text_mb=text_mb,
        # ru_maxrss is in KiB on Linux; wait4 reports the largest of the child
        # and of its own waited-for children (the pool workers).
        largest_process_mb=usage.ru_maxrss * 1024 / MB,
        tree_peak_mb=sampler.peak / MB,
        output_lines=output_lines,
        returncode=process.returncode,
    )


def _count_lines(path: Path) -> int:
    with path.open("rb") as file:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: file.read(1 << 20), b""))


# --- forked cases -------------------------------------------------------------


def _current_rss() -> int:
    return int(Path("/proc/self/statm").read_text().split()[1]) * PAGE


def _child(make: Callable[[], str], pipeline: Pipeline, conn: Any) -> None:  # noqa: ANN401
    text = make()
    size = len(text.encode("utf-8"))
    lines = text.count("\n") + (not text.endswith("\n"))
    gc.collect()
    before = _current_rss()
    start = time.perf_counter()
    pipeline.run(text)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    conn.send((size, lines, seconds, max(0, peak - before)))
    conn.close()


def run_case(name: str, make: Callable[[], str], pipeline: Pipeline, timeout: float) -> Case:
    """Clean `make()` in a forked child; give up after `timeout` seconds.

    Forking keeps the built pipeline (no second start-up) and lets a runaway
    case be killed; the child's peak RSS starts at its size when forked, so its
    growth while cleaning is the memory the document cost.
    """
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(make, pipeline, send))
    child.start()
    send.close()
    try:
        if receive.poll(timeout):
            size, lines, seconds, extra = receive.recv()
            return Case(name, size / MB, lines, seconds, extra / MB)
        return Case(name, 0.0, 0, error=f"> {timeout:.0f} s")
    except EOFError:
        return Case(name, 0.0, 0, error=f"child died (exit {child.exitcode})")
    finally:
        if child.is_alive():
            child.kill()
        child.join()


def _repeat_to(base: str, size_mb: float, *, joiner: str = "\n") -> str:
    """`base` repeated, cut at a `joiner` so that the result holds about `size_mb` MB."""
    target = int(size_mb * MB)
    copies = target // max(1, len(base.encode("utf-8"))) + 1
    text = joiner.join([base] * copies)
    text = text.encode("utf-8")[:target].decode("utf-8", "ignore")
    cut = text.rfind(joiner)
    return text[: cut + 1] if cut > 0 else text


def linear_document(base: str, size_mb: float) -> str:
    """One document of `size_mb` MB: the inscriptis renderings laid end to end."""
    return _repeat_to(base, size_mb, joiner="\n\n")


def long_line(prose: str, scale: float) -> str:
    """A 10 MB line of prose and no newline: a page whose markup had no blocks."""
    return _repeat_to(prose, 10 * scale, joiner=" ").rstrip()


def one_char_lines(scale: float) -> str:
    """A million lines of one letter each (lower case, so rejoin wants to join them all)."""
    return "a\n" * int(1_000_000 * scale)


def advertisement_lines(scale: float) -> str:
    """100 000 ad labels in a row: every line is removed."""
    return "Advertisement\n" * int(100_000 * scale)


def nested_bullets(scale: float) -> str:
    """50 000 list items, indented 0 to 39 levels deep, over and over."""
    return "".join("    " * (i % 40) + "- item\n" for i in range(int(50_000 * scale)))


def unclosed_markdown(scale: float) -> str:
    """A 1 MB Markdown line of images and links that never close, under a heading."""
    return "# Title\n\n" + "![[a](" * int(200_000 * scale) + "\n[x](y)\n"


# --- report -------------------------------------------------------------------


def _fmt(value: float | None, spec: str = ".2f") -> str:
    return "-" if value is None else format(value, spec)


def _verdict(ok: bool) -> str:
    return "met" if ok else "MISSED"


def format_report(report: Report, jobs: int) -> str:
    """The tables, in the order the issue lists the figures."""
    out: list[str] = []
    add = out.append
    machine = report.machine
    add(
        f"machine: {machine['cpus']} CPUs, Python {machine['python']}, "
        f"load average {machine['load_before']} before, {machine.get('load_after', '?')} after"
    )
    if report.corpus:
        corpus = report.corpus
        add(
            f"corpus: {corpus['records']:,} records, {corpus['text_mb']:.1f} MB of text "
            f"({corpus['passes']:.2f} passes over {corpus['pages']} pages x {len(RENDERINGS)} "
            "renderings)"
            + (f", JSONL file {corpus['jsonl_mb']:.1f} MB" if "jsonl_mb" in corpus else "")
        )
    if report.in_process:
        add("")
        add("In-process, Pipeline.run per document, no I/O (one process)")
        add(f"  {'rendering':<12} {'docs':>7} {'MB':>8} {'s':>8} {'MB/s':>7}")
        for name, row in report.in_process.items():
            add(
                f"  {name:<12} {row['docs']:>7,.0f} {row['mb']:>8.1f} {row['seconds']:>8.1f} "
                f"{row['mb_per_s']:>7.2f}"
            )
        headline = report.in_process["inscriptis"]["mb_per_s"]
        add(
            f"  target: >= {TARGET_MB_S:g} MB/s on inscriptis: {headline:.2f} MB/s "
            f"({_verdict(headline >= TARGET_MB_S)})"
        )
    if report.cli:
        add("")
        add("Command line, cleaner --jsonl FILE > out.jsonl (MB/s per process = MB/s / jobs)")
        add(
            f"  {'run':<24} {'jobs':>4} {'s':>8} {'MB/s':>7} {'MB/s/proc':>9} {'rec/s':>8} "
            f"{'peak proc MB':>12} {'peak tree MB':>12}  check"
        )
        for run in report.cli:
            check = (
                "ok"
                if run.returncode == 0 and run.output_lines == run.records
                else (f"exit {run.returncode}, {run.output_lines:,}/{run.records:,} lines")
            )
            add(
                f"  {run.name:<24} {run.jobs:>4} {run.seconds:>8.1f} {run.mb_per_s:>7.2f} "
                f"{run.mb_per_s / run.jobs:>9.2f} {run.records_per_s:>8.0f} "
                f"{run.largest_process_mb:>12.0f} {run.tree_peak_mb:>12.0f}  {check}"
            )
        by_name = {run.name: run for run in report.cli}
        one, many = by_name.get("default --jobs 1"), by_name.get(f"default --jobs {jobs}")
        if one and many and jobs > 1:
            ratio = many.records_per_s / one.records_per_s
            add(
                f"  --jobs {jobs} / --jobs 1 records/s: {ratio:.2f}x (target >= "
                f"{TARGET_JOBS_RATIO}x: {_verdict(ratio >= TARGET_JOBS_RATIO)})"
            )
        nothing = by_name.get("do-nothing --jobs 1")
        if one and nothing:
            add(
                f"  do-nothing (start-up, reading, JSON, language guess, line split, writing) "
                f"takes {nothing.seconds:.1f} s of {one.seconds:.1f} s "
                f"({nothing.seconds / one.seconds:.0%} of the default run)"
            )
    if report.gb is not None:
        run = report.gb
        add("")
        add(
            f"Streaming {report.corpus['stream_jsonl_gb']:.2f} GB of JSONL ({run.records:,} "
            f"records, {run.text_mb / 1000:.2f} GB of text; --jobs {run.jobs}, to /dev/null)"
        )
        add(
            f"  {run.seconds:.0f} s, {run.mb_per_s:.2f} MB/s, peak largest process "
            f"{run.largest_process_mb:.0f} MB, peak process tree {run.tree_peak_mb:.0f} MB "
            f"(target < {TARGET_PEAK_MB:g} MB: {_verdict(run.tree_peak_mb < TARGET_PEAK_MB)}), "
            f"exit {run.returncode}"
        )
    if report.linear:
        add("")
        add("Linear cost: one document per size, cut from the inscriptis renderings")
        out.extend(_case_table(report.linear))
    if report.hostile:
        add("")
        add("Hostile inputs, at growing fractions of the full size")
        for name, cases in report.hostile.items():
            add(f"  {name}")
            out.extend("  " + line for line in _case_table(cases))
    return "\n".join(out)


def _case_table(cases: Sequence[Case]) -> list[str]:
    rows = [
        f"  {'size':<12} {'MB':>8} {'lines':>10} {'s':>8} {'MB/s':>7} {'s/MB':>7} "
        f"{'vs first':>8} {'+mem MB':>8}"
    ]
    first = next((c.s_per_mb for c in cases if c.s_per_mb), None)
    for case in cases:
        if case.seconds is None:
            rows.append(f"  {case.name:<12} {'':>8} {'':>10} {case.error:>8}")
            continue
        ratio = case.s_per_mb / first if first and case.s_per_mb is not None else None
        rows.append(
            f"  {case.name:<12} {case.mb:>8.2f} {case.lines:>10,} {case.seconds:>8.2f} "
            f"{_fmt(case.mb_per_s):>7} {_fmt(case.s_per_mb, '.3f'):>7} "
            f"{_fmt(ratio):>8} {_fmt(case.extra_mb, '.0f'):>8}"
        )
    finished = [c for c in cases if c.s_per_mb]
    if len(finished) > 1 and first:
        growth = (finished[-1].s_per_mb or 0) / first
        flat = growth <= FLAT_RATIO and len(finished) == len(cases)
        rows.append(
            f"  s/MB at {finished[-1].name} is {growth:.2f}x that at {finished[0].name}: "
            f"{'flat' if flat else 'NOT FLAT'}"
            + ("" if len(finished) == len(cases) else " (and a larger size did not finish)")
        )
    return rows


# --- main -------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """The options; ``--quick`` shrinks every size for a smoke run."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--bench", type=Path, help="benchmark folder (default: ../shared/bench)")
    parser.add_argument(
        "--size-mb", type=float, default=None, help="corpus size in MB of text (default 100)"
    )
    parser.add_argument("--quick", action="store_true", help="small sizes: a smoke run")
    parser.add_argument("--jobs", type=int, default=2, help="jobs to compare with --jobs 1")
    parser.add_argument(
        "--only",
        action="append",
        choices=(*SECTIONS, "stream"),
        help="run only these sections (repeatable); 'stream' is the --gb run",
    )
    parser.add_argument(
        "--gb", type=float, default=0, help="also stream this many GB of JSONL (default: off)"
    )
    parser.add_argument(
        "--case-timeout", type=float, default=None, help="seconds per linear or hostile case"
    )
    parser.add_argument("--tmp", type=Path, help="folder for the temporary files")
    parser.add_argument("--json", type=Path, help="also write every figure to this JSON file")
    return parser.parse_args(argv)


def make_plan(args: argparse.Namespace) -> Plan:
    """Sizes for a full or a ``--quick`` run; explicit options win."""
    if args.quick:
        plan = Plan(1, (0.125, 0.25, 0.5, 1), (1 / 256, 1 / 64, 1 / 16), 30)
    else:
        plan = Plan(100, (1, 4, 16, 64), (1 / 64, 1 / 16, 1 / 4, 1), 600)
    return Plan(
        args.size_mb if args.size_mb is not None else plan.size_mb,
        plan.linear_mb,
        plan.hostile_scales,
        args.case_timeout if args.case_timeout is not None else plan.case_timeout,
    )


def _load() -> str:
    return " / ".join(f"{x:.2f}" for x in os.getloadavg())


def _progress(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def cli_section(
    report: Report, corpus: Sequence[Record], folder: Path, args: argparse.Namespace
) -> None:
    """The command-line runs on the corpus, and the optional streaming run over ``--gb`` GB."""
    text_mb = sum(r.size for r in corpus) / MB
    if "cli" in _sections(args):
        jsonl = folder / "corpus.jsonl"
        write_jsonl(corpus, jsonl)
        report.corpus["jsonl_mb"] = jsonl.stat().st_size / MB
        empty = folder / "do-nothing.toml"
        empty.write_text(EMPTY_CONFIG, encoding="utf-8")
        runs = [
            ("do-nothing --jobs 1", 1, empty),
            ("default --jobs 1", 1, None),
            (f"default --jobs {args.jobs}", args.jobs, None),
        ]
        for name, jobs, config in runs:
            _progress(f"cli: {name}")
            report.cli.append(
                run_cli(
                    name,
                    input_path=jsonl,
                    output=folder / "out.jsonl",
                    records=len(corpus),
                    text_mb=text_mb,
                    jobs=jobs,
                    config=config,
                )
            )
        jsonl.unlink()
    if args.gb and (args.only is None or "stream" in _sections(args)):
        big = folder / "big.jsonl"
        _progress(f"writing {args.gb:g} GB of JSONL")
        records = write_jsonl(corpus, big, min_bytes=args.gb * 1e9)
        report.corpus["stream_jsonl_gb"] = big.stat().st_size / 1e9
        _progress(f"streaming {big.stat().st_size / 1e9:.2f} GB with --jobs {args.jobs}")
        report.gb = run_cli(
            "stream",
            input_path=big,
            output=Path(os.devnull),
            records=records,
            text_mb=text_mb * records / len(corpus),
            jobs=args.jobs,
        )


def run_growing(
    title: str,
    sizes: Sequence[tuple[str, float, Callable[[], str]]],
    pipeline: Pipeline,
    timeout: float,
) -> list[Case]:
    """Run cases of growing size; skip the rest once one cannot finish in `timeout`.

    From the last two sizes the growth of the time is extrapolated (never less
    than linear), so a cost that grows with the square of the input is reported
    as the projected time instead of being waited for.
    """
    cases: list[Case] = []
    for label, scale, make in sizes:
        if cases and cases[-1].seconds is None:
            break
        projected = _projection(cases, [s for _, s, _ in sizes], scale)
        if projected is not None and projected > timeout:
            cases.append(Case(label, 0.0, 0, error=f"~{projected:,.0f} s projected: skipped"))
            break
        _progress(f"{title}: {label}")
        cases.append(run_case(label, make, pipeline, timeout))
    return cases


def _projection(cases: Sequence[Case], scales: Sequence[float], scale: float) -> float | None:
    """Seconds the next case should take, from the growth between the last two cases."""
    done = [(scales[i], c.seconds) for i, c in enumerate(cases) if c.seconds]
    if not done:
        return None
    last_scale, last_s = done[-1]
    exponent = 1.0
    if len(done) > 1:
        (_, prev_s), ratio = done[-2], done[-1][0] / done[-2][0]
        if ratio > 1 and prev_s > 0:
            exponent = max(1.0, math.log(last_s / prev_s) / math.log(ratio))
    return float(last_s * (scale / last_scale) ** exponent)


def linear_section(
    report: Report, inscriptis: Sequence[str], pipeline: Pipeline, plan: Plan
) -> None:
    """One document per size, cut from the inscriptis renderings laid end to end."""
    base = "\n\n".join(inscriptis)
    sizes = [(f"{mb:g} MB", mb, partial(linear_document, base, mb)) for mb in plan.linear_mb]
    report.linear = run_growing("linear cost", sizes, pipeline, plan.case_timeout)


def hostile_section(
    report: Report, inscriptis: Sequence[str], pipeline: Pipeline, plan: Plan
) -> None:
    """Each hostile shape at growing scales."""
    prose = " ".join(" ".join(inscriptis).split())
    shapes: dict[str, Callable[[float], str]] = {
        "10 MB line, no newline": partial(long_line, prose),
        "1 000 000 one-char lines": one_char_lines,
        "100 000 Advertisement lines": advertisement_lines,
        "50 000 nested bullets": nested_bullets,
        "1 MB of unclosed Markdown links": unclosed_markdown,
    }
    for name, shape in shapes.items():
        sizes = [
            ("full" if scale == 1 else f"1/{round(1 / scale)}", scale, partial(shape, scale))
            for scale in plan.hostile_scales
        ]
        report.hostile[name] = run_growing(name, sizes, pipeline, plan.case_timeout)


def _sections(args: argparse.Namespace) -> set[str]:
    return set(args.only or SECTIONS)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    plan = make_plan(args)
    sections = _sections(args)
    report = Report(
        machine={
            "cpus": os.cpu_count(),
            "python": sys.version.split()[0],
            "load_before": _load(),
            "command": " ".join(sys.argv),
        }
    )
    renderings = load_renderings(resolve_bench(args.bench))
    pipeline = Pipeline.from_config()
    corpus = build_corpus(renderings, plan.size_mb)
    report.corpus = {
        "records": len(corpus),
        "text_mb": sum(r.size for r in corpus) / MB,
        "pages": len(renderings[RENDERINGS[0]]),
        "passes": len(corpus) / sum(len(t) for t in renderings.values()),
    }
    if "inprocess" in sections:
        _progress(f"in-process: {report.corpus['text_mb']:.0f} MB")
        report.in_process = time_in_process(pipeline, corpus)
    if "cli" in sections or (args.gb and (args.only is None or "stream" in sections)):
        with tempfile.TemporaryDirectory(prefix="cleaner-speed-", dir=args.tmp) as tmp:
            cli_section(report, corpus, Path(tmp), args)
    if "linear" in sections:
        linear_section(report, renderings["inscriptis"], pipeline, plan)
    if "hostile" in sections:
        hostile_section(report, renderings["inscriptis"], pipeline, plan)
    report.machine["load_after"] = _load()
    print(format_report(report, args.jobs))
    if args.json:
        args.json.write_text(json.dumps(asdict(report), indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

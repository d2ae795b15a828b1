"""The speed floor: what the steps every document needs cost on their own, in one process.

Run by hand (timings belong to a machine and a moment):

    python benchmarks/speed_floor.py                      # inscriptis rendering, best of 3
    python benchmarks/speed_floor.py --rendering naive --repeat 5

Whatever the filters do, every document is split into lines, its language is
guessed and its paragraphs are rebuilt (`rejoin`). This script times those
steps alone, then a pipeline with no filters at all, then the default
pipeline, on the texts of one bench rendering held in memory (no I/O). The
pipeline without filters is the ceiling that no filter tuning can pass: a
speed target above it asks for another design (a compiled core), not for
leaner filters.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from benchmarks.quality import load_gold, load_rendering, resolve_bench  # noqa: E402
from cleaner import Pipeline  # noqa: E402
from cleaner.document import Doc  # noqa: E402
from cleaner.language import guess_language  # noqa: E402
from cleaner.models import RejoinSettings  # noqa: E402
from cleaner.rejoin import rejoin  # noqa: E402

MB = 1_000_000


def best_seconds(step: Callable[[str], object], texts: Sequence[str], repeat: int) -> float:
    """The fastest of `repeat` passes of `step` over `texts`, each after a full collection."""
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        for text in texts:
            step(text)
        best = min(best, time.perf_counter() - start)
    return best


def steps() -> list[tuple[str, Callable[[str], object]]]:
    """The steps to time, cheapest first; the last two are whole pipelines."""
    settings = RejoinSettings()
    return [
        ("split into lines (Doc.from_text)", Doc.from_text),
        ("language guess", guess_language),
        ("rejoin alone", lambda text: rejoin(text, settings=settings, lang="en")),
        ("pipeline without filters", Pipeline(filters=()).run),
        ("default pipeline", Pipeline.from_config().run),
    ]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--bench", type=Path, help="benchmark folder (default: ../shared/bench)")
    parser.add_argument("--rendering", default="inscriptis", choices=("inscriptis", "naive"))
    parser.add_argument("--repeat", type=int, default=3, help="passes per step; the best counts")
    args = parser.parse_args(argv)
    bench = resolve_bench(args.bench)
    texts = list(load_rendering(bench, args.rendering, sorted(load_gold(bench))).values())
    size = sum(len(text.encode("utf-8")) for text in texts) / MB
    print(f"{args.rendering}: {len(texts)} documents, {size:.2f} MB, best of {args.repeat}")
    for name, step in steps():
        seconds = best_seconds(step, texts, args.repeat)
        print(f"  {name:34s} {seconds:7.3f} s {size / seconds:8.2f} MB/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

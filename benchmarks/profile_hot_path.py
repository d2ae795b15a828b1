"""Where the time of `Pipeline.run` goes: seconds per step on a bench rendering.

Run by hand (timings belong to a machine and a moment):

    python benchmarks/profile_hot_path.py                   # inscriptis, default pipeline
    python benchmarks/profile_hot_path.py --rendering naive --without main_content
    python benchmarks/profile_hot_path.py --cprofile 30     # top 30 functions by own time

Each step of `Pipeline.run` is timed on its own (the language guess, splitting
into lines, each filter in each round, cutting removals out of the doc,
`apply_removals`, `rejoin`, building the result), by replaying the pipeline's
loop here; the replay is checked against `Pipeline.run` so that it cannot
drift from what it measures.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import pstats
import sys
import time
from collections import defaultdict
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from benchmarks.quality import load_gold, load_rendering, resolve_bench  # noqa: E402
from cleaner import Pipeline  # noqa: E402
from cleaner.document import Doc  # noqa: E402
from cleaner.kinds import Kind, kind_of  # noqa: E402
from cleaner.language import guess_language  # noqa: E402
from cleaner.models import CleanResult, Removal, Stats  # noqa: E402
from cleaner.pipeline import MAX_ROUNDS, _without, apply_removals  # noqa: E402
from cleaner.rejoin import rejoin  # noqa: E402


def timed_run(pipeline: Pipeline, text: str, seconds: dict[str, float]) -> CleanResult:
    """`Pipeline.run`, step by step, adding each step's time to `seconds`."""
    clock = time.perf_counter
    t0 = clock()
    lang = pipeline.lang or guess_language(text)
    t1 = clock()
    doc = Doc.from_text(text, lang=lang)
    t2 = clock()
    seconds["guess_language"] += t1 - t0
    seconds["Doc.from_text"] += t2 - t1
    removals: list[Removal] = []
    for round_ in range(MAX_ROUNDS):
        before = len(removals)
        for filter_ in pipeline.filters:
            if round_ and Kind.WHOLE_PAGE in kind_of(filter_):
                continue
            t0 = clock()
            found = sorted(filter_.find(doc), key=lambda r: (r.start, r.end))
            t1 = clock()
            if found:
                doc = _without(doc, found, filter_.name)
                removals.extend(found)
            t2 = clock()
            seconds[f"round {round_ + 1}: {filter_.name}"] += t1 - t0
            seconds["_without"] += t2 - t1
        if len(removals) == before:
            break
    t0 = clock()
    removals.sort(key=lambda r: r.start)
    kept = apply_removals(text, removals)
    t1 = clock()
    cleaned = rejoin(kept, settings=pipeline.rejoin, lang=lang) if pipeline.rejoin.enabled else kept
    t2 = clock()
    result = CleanResult(
        text=cleaned, removals=tuple(removals), stats=Stats.of(text, tuple(removals)), lang=lang
    )
    t3 = clock()
    seconds["apply_removals"] += t1 - t0
    seconds["rejoin"] += t2 - t1
    seconds["result"] += t3 - t2
    return result


def main() -> None:
    """Print seconds per step, largest first, and optionally a cProfile listing."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bench", type=Path, default=None)
    parser.add_argument("--rendering", default="inscriptis")
    parser.add_argument("--without", action="append", default=[], metavar="FILTER")
    parser.add_argument("--cprofile", type=int, default=0, metavar="N", help="top N functions")
    args = parser.parse_args()

    bench = resolve_bench(args.bench)
    texts = list(load_rendering(bench, args.rendering, sorted(load_gold(bench))).values())
    pipeline = Pipeline.from_config().without(*args.without)
    for text in texts[:5]:  # warm caches (compiled patterns, lexicons)
        pipeline.run(text)

    seconds: dict[str, float] = defaultdict(float)
    for text in texts:
        expected = pipeline.run(text)
        gc.disable()  # as `Pipeline.run` does
        try:
            replayed = timed_run(pipeline, text, seconds)
        finally:
            gc.enable()
        if (replayed.text, replayed.removals) != (expected.text, expected.removals):
            raise SystemExit("the replay differs from Pipeline.run: update timed_run")
    total = sum(seconds.values())
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"{args.rendering}: {megabytes:.2f} MB in {total:.3f} s, {megabytes / total:.2f} MB/s")
    for step, spent in sorted(seconds.items(), key=lambda item: -item[1]):
        print(f"  {spent:7.3f} s  {spent / total:6.1%}  {step}")

    if args.cprofile:
        profile = cProfile.Profile()
        profile.enable()
        for text in texts:
            pipeline.run(text)
        profile.disable()
        pstats.Stats(profile).sort_stats("tottime").print_stats(args.cprofile)


if __name__ == "__main__":
    main()

"""Where the time of `Pipeline.run` goes: seconds per step on a bench rendering.

Run by hand (timings belong to a machine and a moment):

    python benchmarks/profile_hot_path.py                   # inscriptis, default pipeline
    python benchmarks/profile_hot_path.py --rendering naive --without main_content
    python benchmarks/profile_hot_path.py --cprofile 30     # top 30 functions by own time

The steps are timed by the pipeline itself (`Pipeline.with_timings`, which the
CLI's ``--stats`` uses too): reading Markdown, the language guess, splitting into
lines, each filter over all rounds, cutting removals out of the lines, the
joined-paragraph round, `apply_removals`, `rejoin` and building the result.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from benchmarks.quality import load_gold, load_rendering, resolve_bench  # noqa: E402
from cleaner import Pipeline  # noqa: E402
from cleaner.models import Stats  # noqa: E402


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

    timed = pipeline.with_timings()
    total_stats = Stats(documents=0)
    for text in texts:
        total_stats += timed.run(text).stats
    seconds = total_stats.seconds
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

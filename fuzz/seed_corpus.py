"""Seed the fuzz targets' corpora with lines and paragraphs of the bench's pages.

The fuzzer mutates what it is given: starting from real renderings (menus, bylines,
dates, captions, share bars in sixteen languages) it reaches the patterns' deep
states far sooner than from nothing. The bench's data is not ours to commit, so
the corpora go to ``fuzz/corpus/<target>/`` (and the megabyte inputs of the hang
check to ``fuzz/corpus-long/<target>/``), which git ignores; run this again after a
fresh checkout.

    python3 fuzz/seed_corpus.py                  # bench from $CLEANER_BENCH
    python3 fuzz/seed_corpus.py --bench /path/to/bench --per-target 500
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import random
from collections.abc import Iterator
from pathlib import Path

# Targets that judge one line at a time get runs of a few consecutive lines (each
# target splits its input into lines itself); the others get paragraphs, and the
# atheris harness of the whole pipeline (clean_atheris.py, corpus "clean") both.
LINE_TARGETS = (
    "shape",
    "dates",
    "captions",
    "comments",
    "bylines",
    "widgets",
    "ads",
    "chrome",
    "furniture",
)
PARAGRAPH_TARGETS = ("lines", "score", "language")
# A paragraph longer than this is cut: libFuzzer's default -max_len follows the
# largest seed, and long seeds slow every mutation. Long inputs have runs of their own.
MAX_SEED_BYTES = 4096
# The long inputs of the hang check (corpus-long/<target>/): about a megabyte each.
LONG_SEED_BYTES = 1_000_000
# User patterns of the kind the README documents, with a few that the core must
# refuse (look-around, a backreference, a possessive quantifier, bad syntax).
PATTERNS = (
    r"Sponsored by \w+( \w+)?",
    r"promoted",
    r"(?x) advert \s+ \d+  # a numbered slot",
    r"[\p{Lu}\d]{2,}\s*[|/]\s*\w+",
    r"Sponsored(?! content)",
    r"(a)\1",
    r"a++",
    r"(unclosed",
    r"\Z",
)


def renderings(bench: Path) -> Iterator[str]:
    """The text of every page of every rendering in the bench."""
    for path in sorted(bench.glob("render-*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as lines:
            for line in lines:
                yield json.loads(line)["text"]


def line_runs(text: str, rng: random.Random) -> Iterator[str]:
    """Runs of one to eight consecutive non-blank lines: a line with its neighbours."""
    lines = [line for line in text.splitlines() if line.strip()]
    at = 0
    while at < len(lines):
        size = rng.randint(1, 8)
        yield "\n".join(lines[at : at + size])
        at += size


def paragraphs(text: str) -> Iterator[str]:
    """The blocks between blank lines, cut to `MAX_SEED_BYTES`."""
    for block in text.split("\n\n"):
        if block.strip():
            yield block.encode("utf-8")[:MAX_SEED_BYTES].decode("utf-8", "ignore")


def long_seeds(pages: list[str]) -> list[str]:
    """Inputs of about `LONG_SEED_BYTES`: bench pages run together, and hostile shapes.

    For the hang check: no entry point may take more than about a second on one of them
    (examples/long_inputs.rs times them; the targets fuzz them with a large -max_len).
    """
    shapes = [
        "\n".join(pages),
        " ".join(" ".join(pages).split()),  # one line
        " " * LONG_SEED_BYTES + "x",
        "\n" * LONG_SEED_BYTES,
        "1 " * (LONG_SEED_BYTES // 2),
        "日本" * (LONG_SEED_BYTES // 6),
        "a. " * (LONG_SEED_BYTES // 3),
        "- " * (LONG_SEED_BYTES // 2),
        "By Jane Doe " * (LONG_SEED_BYTES // 11),
        "November 19, 2026 " * (LONG_SEED_BYTES // 18),
        "(AP Photo/Jane Doe) " * (LONG_SEED_BYTES // 20),
        "Share on Facebook | " * (LONG_SEED_BYTES // 20),
        "Foto: dpa 2026年11月25日 10:32 Uhr ❤️ 12 💬 4 comments " * 20_000,
    ]
    return [shape.encode("utf-8")[:LONG_SEED_BYTES].decode("utf-8", "ignore") for shape in shapes]


def write(folder: Path, seeds: list[str]) -> int:
    """Write each seed to a file named by its hash, as libFuzzer names its own."""
    folder.mkdir(parents=True, exist_ok=True)
    for seed in seeds:
        data = seed.encode("utf-8")
        (folder / hashlib.sha1(data, usedforsecurity=False).hexdigest()).write_bytes(data)
    return len(seeds)


def main() -> None:
    """Sample the bench's lines and paragraphs into each target's corpus."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--bench", type=Path, default=Path(os.environ.get("CLEANER_BENCH", "/work/shared/bench"))
    )
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "corpus")
    parser.add_argument("--per-target", type=int, default=1500, help="seeds per target")
    parser.add_argument("--seed", type=int, default=12, help="random seed of the sample")
    args = parser.parse_args()

    rng = random.Random(args.seed)
    runs: set[str] = set()
    blocks: set[str] = set()
    pages: list[str] = []
    for text in renderings(args.bench):
        runs.update(line_runs(text, rng))
        blocks.update(paragraphs(text))
        pages.append(text)
    if not runs:
        parser.error(f"no render-*.jsonl.gz pages under {args.bench}")
    ordered_runs, ordered_blocks = sorted(runs), sorted(blocks)

    written = {}
    for target in LINE_TARGETS:
        sample = rng.sample(ordered_runs, min(args.per_target, len(ordered_runs)))
        written[target] = write(args.out / target, sample)
    for target in PARAGRAPH_TARGETS:
        sample = rng.sample(ordered_blocks, min(args.per_target, len(ordered_blocks)))
        written[target] = write(args.out / target, sample)
    # `clean` (clean_atheris.py, the whole pipeline): runs of lines and paragraphs.
    half = args.per_target // 2
    written["clean"] = write(
        args.out / "clean",
        rng.sample(ordered_runs, min(half, len(ordered_runs)))
        + rng.sample(ordered_blocks, min(half, len(ordered_blocks))),
    )
    # `patterns`: the patterns, a NUL, then a line to match (fuzz_targets/patterns.rs).
    lines = [line for run in ordered_runs for line in run.split("\n")]
    pattern_seeds = [
        f"{rng.choice(PATTERNS)}\0{rng.choice(lines)}" for _ in range(args.per_target // 5)
    ]
    pattern_seeds += [f"{pattern}\0{pattern}" for pattern in PATTERNS]
    written["patterns"] = write(args.out / "patterns", pattern_seeds)
    # `joins`: a wrap width (one byte), then three consecutive lines (fuzz_targets/joins.rs).
    triples = [run for run in ordered_runs if run.count("\n") >= 2]
    written["joins"] = write(
        args.out / "joins",
        [
            chr(rng.randint(28, 108)) + run
            for run in rng.sample(triples, min(args.per_target, len(triples)))
        ],
    )
    long = long_seeds(pages)
    for target in (*LINE_TARGETS, *PARAGRAPH_TARGETS, "joins"):
        write(args.out.parent / "corpus-long" / target, long)
    for target, count in sorted(written.items()):
        print(f"{target}: {count} seeds in {args.out / target}")


if __name__ == "__main__":
    main()

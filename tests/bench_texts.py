"""The bench's texts for the native core's differential tests: pages and their lines.

Each `tests/test_core_*.py` holds a part of the core to its last Python version
on every text of the bench's four renderings and its gold texts (the folder
`tests.test_bench_idempotence.BENCH` names), and skips where the bench is not
there (`HAVE_BENCH`).
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from tests.test_bench_idempotence import BENCH

RENDERINGS = ("inscriptis", "naive", "lynx", "markdown")
SOURCES = (*RENDERINGS, "gold")
HAVE_BENCH = (Path(BENCH) / "ground-truth.jsonl").exists()


def bench_texts(source: str) -> Iterator[str]:
    """The pages of one rendering, or the gold texts (`source` "gold")."""
    if source == "gold":
        with (Path(BENCH) / "ground-truth.jsonl").open(encoding="utf-8") as records:
            yield from (json.loads(line)["articleBody"] for line in records)
        return
    with gzip.open(Path(BENCH) / f"render-{source}.jsonl.gz", "rt", encoding="utf-8") as records:
        yield from (json.loads(line)["text"] for line in records)


def every_bench_text() -> Iterator[str]:
    """The pages of every rendering, then the gold texts."""
    for source in SOURCES:
        yield from bench_texts(source)


def raw_bench_lines() -> Iterator[str]:
    """Every line of every bench text, as it stands, repeats included."""
    for text in every_bench_text():
        yield from text.split("\n")


@cache
def bench_lines() -> list[str]:
    """Every distinct line of the bench, as it stands and stripped, sorted."""
    raw = set(raw_bench_lines())
    return sorted(raw | {line.strip() for line in raw})

"""Cleaning a real page's output again changes nothing, on every rendering of the public bench.

Generated text (tests/test_properties.py) cannot show what real pages do: a byline
that a rendering cut into text nodes, a Markdown table whose header a filter
removed. Every page of ``shared/bench`` in all four renderings is cleaned twice.

The pages listed in `KNOWN_UNSTABLE` still change, each for a reason written
beside it; the list is strict, so a page that becomes stable must leave it, and
any other page that changes fails the test.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import cleaner
from benchmarks.quality import RENDERINGS, load_gold, load_rendering

BENCH = Path(os.environ.get("CLEANER_BENCH", Path(__file__).resolve().parents[2] / "shared/bench"))

KNOWN_UNSTABLE: dict[tuple[str, str], str] = {}


@pytest.mark.skipif(not (BENCH / "ground-truth.jsonl").exists(), reason="benchmark not present")
@pytest.mark.parametrize("rendering", RENDERINGS)
def test_cleaning_a_bench_output_again_changes_nothing(rendering: str) -> None:
    pages = load_gold(BENCH)
    texts = load_rendering(BENCH, rendering, pages)
    unstable = set()
    for page_id, text in texts.items():
        once = cleaner.clean(text)
        if cleaner.clean(once) != once:
            unstable.add((rendering, page_id[:8]))
    known = {key for key in KNOWN_UNSTABLE if key[0] == rendering}
    assert unstable == known

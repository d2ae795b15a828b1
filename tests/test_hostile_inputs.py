"""Hostile input shapes clean correctly, and no pattern backtracks without end.

Speed itself is measured by ``benchmarks/speed.py`` (run by hand): a timed
unit test fails whenever the machine is busy. Here the hostile shapes of the
"Scale" issue are cleaned at small sizes and their outputs checked, and every
compiled pattern in cleaner is run on adversarial strings under the `regex`
module's own timeout, which stops a runaway match instead of hanging the suite.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Iterator
from typing import Any

import pytest
import regex

import cleaner
from cleaner import Pipeline

# --- hostile shapes ---------------------------------------------------------


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_config()


def test_repeated_ad_labels_leave_nothing(pipeline: Pipeline) -> None:
    result = pipeline.run("Advertisement\n" * 10_000)
    assert result.text == ""
    assert result.stats.counts == {"ad_markers.label_line": 10_000}


def test_ad_labels_between_paragraphs_all_go(pipeline: Pipeline) -> None:
    text = "Advertisement\nThe council met on Monday.\n\n" * 2_000
    cleaned = pipeline.clean(text)
    assert "Advertisement" not in cleaned
    assert cleaned.count("The council met on Monday.") == 2_000


def test_one_megabyte_line_without_newline_is_kept_whole(pipeline: Pipeline) -> None:
    sentence = "The council met on Monday and voted to keep the library open, said the mayor. "
    line = (sentence * 13_000).rstrip()
    assert len(line) > 1_000_000
    assert "\n" not in line
    assert pipeline.clean(line) == line + "\n"


def test_one_megabyte_run_without_spaces_is_kept_whole(pipeline: Pipeline) -> None:
    line = "x" * 1_000_000
    assert pipeline.clean(line) == line + "\n"


def test_one_character_lines_become_one_paragraph(pipeline: Pipeline) -> None:
    # Lower-case lines continue the line before, so rejoin joins every one of them.
    assert pipeline.clean("a\n" * 1_000) == " ".join(["a"] * 1_000) + "\n"


@pytest.mark.parametrize(
    ("indent", "bullet"), [("    ", "-"), ("  ", "*")], ids=["dash-4-spaces", "star-2-spaces"]
)
def test_deeply_nested_bullets_stay_one_list_block(
    pipeline: Pipeline, indent: str, bullet: str
) -> None:
    text = "".join(f"{indent * (i % 40)}{bullet} item\n" for i in range(2_000))
    cleaned = pipeline.clean(text)
    assert cleaned == text  # one block: no blank line, every indent and item intact
    assert "\n\n" not in cleaned


# --- catastrophic backtracking -----------------------------------------------

# Strings that make badly nested or overlapping quantifiers try every way to
# split the input: long runs of one class, repeated tokens that almost match,
# and near-misses that fail only at the last character.
ADVERSARIAL = (
    "a" * 5_000 + "!",
    "é" * 5_000 + "!",
    " " * 5_000 + "x",
    "\t " * 2_500 + "x",
    "1" * 3_000 + "a",
    "1 " * 2_500 + "!",
    "A. " * 2_000,
    "a." * 2_500,
    "aa " * 2_000 + "!",
    "Ab, " * 1_500 + "1",
    "Ab-" * 2_000,
    "Aa1-" * 1_200 + "!",
    "-" * 5_000,
    "- " * 2_500 + "!",
    "• " * 2_500 + "x",
    ":" * 3_000,
    "(" * 3_000,
    "<a " * 2_000,
    "Photo: " + "Ab " * 500,
    "(Photo: " * 500,
    "By " + "Ab " * 2_000 + "!",
    "READ MORE: " + "Ab " * 1_500,
    "1/1/1 " * 1_000,
    "11:05, " * 800 + "x",
    "10:32 AM " * 600 + "!",
    "Nov 24, " * 700 + "x",
    "Mon, " * 1_000 + "!",
    "2026-11-24 " * 500 + "!",
    "Updated " * 700 + "!",
    "5 min read " * 500 + "!",
    "12 comments " * 400 + "!",
    "Home > " * 800 + "!",
    "Home | " * 800 + "!",
    "© " + "2020 " * 1_000 + "!",
    "Getty Images " * 400 + "!",
    "Sign up " * 600 + "!",
    "日本" * 2_500 + "!",
    "ab\n" * 1_500,
)
TIMEOUT_S = 1.0

# Patterns that do backtrack without end on some adversarial string, with the
# input that shows it. Each stays a strict xfail until the pattern is fixed.
KNOWN_BACKTRACKING = {
    "Pipeline.from_config().captions._alone_re": (
        "search on ' ' * 5000 + 'x' times out: from every start the leading \\s* gives back "
        "the run of spaces one by one to a long alternation of labels and agencies "
        "(the filter's fullmatch is guarded by len <= 100)"
    ),
    "Pipeline.from_config().captions._labelled_re": (
        "search on ' ' * 5000 + 'x' times out: \\s* before and after the optional bracket "
        "split the run of spaces every way (the filter's fullmatch is guarded by len <= 60)"
    ),
    "cleaner.filters.chrome._BREADCRUMB_RE": (
        "search on ' ' * 5000 + 'x' times out: the \\s* around each separator and the "
        "separator-free runs both match spaces (fullmatch is guarded by len <= 200)"
    ),
    "cleaner.filters.related._TEASER_LABEL_RE": (
        "search and fullmatch on ' ' * 5000 + 'x' time out: the leading \\s*, the label "
        "class (which holds ' ') and the \\s* after it all match spaces (the filter "
        "matches stripped lines, but checks the length only after the match)"
    ),
}


def _modules() -> Iterator[Any]:
    """Every module of cleaner; an integration whose host library is missing is skipped."""
    yield cleaner
    for info in pkgutil.walk_packages(cleaner.__path__, "cleaner."):
        if info.name.rsplit(".", 1)[-1] == "__main__":
            continue  # importing it runs the command line
        try:
            yield importlib.import_module(info.name)
        except ImportError:
            if not info.name.startswith("cleaner.integrations."):
                raise


def _walk(value: object, where: str, seen: set[int]) -> Iterator[tuple[str, object]]:
    """Compiled patterns inside `value`: containers and cleaner's own objects are searched."""
    if id(value) in seen:
        return
    seen.add(id(value))
    if isinstance(value, regex.Pattern | re.Pattern):
        yield where, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _walk(item, f"{where}[{key!r}]", seen)
    elif isinstance(value, list | tuple | set | frozenset):
        for position, item in enumerate(value):
            yield from _walk(item, f"{where}[{position}]", seen)
    elif type(value).__module__.startswith("cleaner") and not isinstance(value, type):
        attributes = dict(vars(value)) if hasattr(value, "__dict__") else {}
        for slot in getattr(type(value), "__slots__", ()):
            if hasattr(value, slot):
                attributes[slot] = getattr(value, slot)
        for name, item in attributes.items():
            yield from _walk(item, f"{where}.{name}", seen)


def collect_patterns() -> dict[str, regex.Pattern[str]]:
    """Every distinct compiled pattern: module globals, then the default pipeline's filters.

    A stdlib `re` pattern (which has no timeout) is recompiled with `regex`,
    whose syntax and flags it shares.
    """
    found: dict[str, regex.Pattern[str]] = {}
    keys: set[tuple[str, int, str]] = set()
    seen: set[int] = set()
    sources: list[tuple[str, object]] = [
        (f"{module.__name__}.{name}", value)
        for module in _modules()
        for name, value in vars(module).items()
        if not name.startswith("__")
    ]
    sources += [(f"Pipeline.from_config().{f.name}", f) for f in Pipeline.from_config().filters]
    for where, value in sources:
        for path, pattern in _walk(value, where, seen):
            assert isinstance(pattern, regex.Pattern | re.Pattern)
            if isinstance(pattern.pattern, bytes):
                continue  # no bytes input reaches a bytes pattern
            key = (pattern.pattern, pattern.flags, type(pattern).__module__)
            if key in keys:
                continue
            keys.add(key)
            if isinstance(pattern, re.Pattern):
                found[f"{path} (re)"] = regex.compile(pattern.pattern, pattern.flags)
            else:
                found[path] = pattern
    return found


PATTERNS = collect_patterns()


def _params() -> list[Any]:
    params = []
    for name, pattern in PATTERNS.items():
        reason = KNOWN_BACKTRACKING.get(name)
        marks = (
            [pytest.mark.xfail(strict=True, raises=pytest.fail.Exception, reason=reason)]
            if reason
            else []
        )
        params.append(pytest.param(pattern, id=name, marks=marks))
    return params


def test_patterns_were_found() -> None:
    # The walk must see the module-level patterns and those built from lexicons.
    assert len(PATTERNS) > 20
    assert any(name.startswith("Pipeline.from_config().") for name in PATTERNS)


def test_known_backtracking_entries_name_real_patterns() -> None:
    assert set(KNOWN_BACKTRACKING) <= set(PATTERNS)


@pytest.mark.parametrize("pattern", _params())
def test_pattern_settles_on_adversarial_strings(pattern: regex.Pattern[str]) -> None:
    for text in ADVERSARIAL:
        for method in (pattern.search, pattern.fullmatch):
            try:
                method(text, timeout=TIMEOUT_S)
            except TimeoutError:
                pytest.fail(
                    f"{method.__name__} gave up after {TIMEOUT_S} s on "
                    f"{text[:24]!r}... ({len(text)} chars)"
                )

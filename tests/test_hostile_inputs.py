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
import time
from collections.abc import Iterator
from typing import Any

import pytest
import regex

import cleaner
from cleaner import Pipeline
from cleaner.filters import comments

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
# and near-misses that fail only at the last character. About 1000 characters
# each: an exponential or cubic pattern cannot settle that within the timeout,
# while a linear one takes microseconds and even a quadratic one with a small
# constant takes milliseconds, so the verdict does not depend on how busy the
# machine is (the `regex` timeout is checked only now and then, so a call
# near the limit may or may not be stopped).
ADVERSARIAL = (
    "a" * 1_000 + "!",
    "é" * 1_000 + "!",
    " " * 1_000 + "x",
    "\t " * 500 + "x",
    "1" * 1_000 + "a",
    "1 " * 500 + "!",
    "A. " * 330,
    "a." * 500,
    "aa " * 330 + "!",
    "Ab, " * 250 + "1",
    "Ab-" * 330,
    "Aa1-" * 250 + "!",
    "-" * 1_000,
    "- " * 500 + "!",
    "• " * 500 + "x",
    ":" * 1_000,
    "(" * 1_000,
    "<a " * 330,
    # Markdown: images, links and autolinks that never close.
    "![" * 500,
    "[a](" * 250,
    "[![a](b" * 150,
    "![\\[" * 250,
    "<http://" * 125,
    "Photo: " + "Ab " * 330,
    "(Photo: " * 125,
    "By " + "Ab " * 330 + "!",
    "READ MORE: " + "Ab " * 330,
    "1/1/1 " * 170,
    "11:05, " * 140 + "x",
    "10:32 AM " * 110 + "!",
    "Nov 24, " * 125 + "x",
    "Mon, " * 200 + "!",
    "2026-11-24 " * 90 + "!",
    "Updated " * 125 + "!",
    "5 min read " * 90 + "!",
    "12 comments " * 80 + "!",
    "Home > " * 140 + "!",
    "Home | " * 140 + "!",
    "© " + "2020 " * 200 + "!",
    "Getty Images " * 80 + "!",
    "Sign up " * 125 + "!",
    "日本" * 500 + "!",
    "ab\n" * 330,
)
TIMEOUT_S = 1.0

# Patterns that backtrack without end on some string, each with a longer
# "witness" string that shows it beyond doubt and the reason. Each stays a
# strict xfail until the pattern is fixed; then the entry must go. All of them
# are safe where cleaner uses them (the filters match stripped lines of
# bounded length), but each would hang on a long run of spaces without its guard.
SPACES = " " * 5_000 + "x"
KNOWN_BACKTRACKING = {
    "cleaner.filters.related._TEASER_LABEL_RE": (
        SPACES,
        "search on ' ' * 500 + 'x' already runs for seconds (cubic): the leading \\s*, "
        "the label class (which holds ' ') and the \\s* after it all match spaces; the "
        "filter matches stripped lines, but checks their length only after the match",
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
        known = KNOWN_BACKTRACKING.get(name)
        if known is None:
            params.append(pytest.param(pattern, ADVERSARIAL, id=name))
            continue
        witness, reason = known
        mark = pytest.mark.xfail(strict=True, raises=pytest.fail.Exception, reason=reason)
        params.append(pytest.param(pattern, (*ADVERSARIAL, witness), id=name, marks=mark))
    return params


def test_comment_counts_settle_on_a_long_run_of_digits() -> None:
    # The Python pattern took seconds on this (worse than quadratic); the core's is linear.
    for text in ("1" * 5_000 + "a", "1" * 100_000 + "a", "(" + "1" * 100_000):
        assert not comments._MATCHER.is_count(text)
        assert comments._MATCHER.rule_for(text) is None


def test_patterns_were_found() -> None:
    # The walk must see the module-level patterns. Those built from lexicons have all
    # moved into the native core (the last with `ChromeMatcher` and `AdMatcher`), whose
    # methods are run on the adversarial strings below; the walk still looks through the
    # pipeline's filters for any new one.
    assert len(PATTERNS) > 20


def test_known_backtracking_entries_name_real_patterns() -> None:
    assert set(KNOWN_BACKTRACKING) <= set(PATTERNS)


@pytest.mark.parametrize(("pattern", "texts"), _params())
def test_pattern_settles_on_adversarial_strings(
    pattern: regex.Pattern[str], texts: tuple[str, ...]
) -> None:
    for text in texts:
        for method in (pattern.search, pattern.fullmatch):
            try:
                method(text, timeout=TIMEOUT_S)
            except TimeoutError:
                pytest.fail(
                    f"{method.__name__} gave up after {TIMEOUT_S} s on "
                    f"{text[:24]!r}... ({len(text)} chars)"
                )


# The captions filter's verdicts and patterns run in the native core (Rust's `regex`, linear
# time by construction), where the two that backtracked on a run of spaces in
# Python (`alone` and `labelled`) are safe without their length guards.
_CAPTION_METHODS = (
    "rule_for",
    "lone_label",
    "alone",
    "trailing",
    "agency_closing",
    "bare_closing",
    "named",
    "label_alone",
    "labelled",
    "meta_split",
    "meta_date",
    "opening_end",
)


@pytest.mark.parametrize("method", _CAPTION_METHODS)
def test_caption_patterns_settle_on_adversarial_strings(method: str) -> None:
    captions = next(f for f in Pipeline.from_config().filters if f.name == "captions")
    matcher = captions._patterns  # type: ignore[attr-defined]
    call = getattr(matcher, method)
    call("")  # built on first use, outside the timing
    for text in (*ADVERSARIAL, SPACES, "(Photo: " + " " * 5_000 + "x"):
        started = time.perf_counter()
        call(text)
        elapsed = time.perf_counter() - started
        assert elapsed < TIMEOUT_S, f"{method} took {elapsed:.2f} s on {text[:24]!r}..."


# The chrome filters' line tests run in the native core too (`ChromeMatcher`): the
# breadcrumb pattern, which backtracked on a run of spaces in Python, is linear there.
@pytest.mark.parametrize(
    "method", ["is_cookie_banner", "is_breadcrumb", "is_menu_entry", "footer_rule"]
)
def test_chrome_tests_settle_on_adversarial_strings(method: str) -> None:
    footers = next(f for f in Pipeline.from_config().filters if f.name == "footers")
    call = getattr(footers._matcher, method)  # type: ignore[attr-defined]
    for text in (*ADVERSARIAL, SPACES, "Home >" + " " * 5_000 + "x", "We use cookies " * 40):
        started = time.perf_counter()
        call(text)
        elapsed = time.perf_counter() - started
        assert elapsed < TIMEOUT_S, f"{method} took {elapsed:.2f} s on {text[:24]!r}..."

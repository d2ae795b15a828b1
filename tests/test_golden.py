"""Golden samples: every ``samples/**/<case>.in.txt`` cleaned and compared byte for byte.

Each input has ``<case>.out.txt`` (default settings) and may have
``<case>.keep-related.out.txt`` (run with ``related.keep = True``). The test id
is the expected file's path relative to ``samples/`` without ``.out.txt``:
``en/daily8-scmp`` and ``en/daily8-scmp.keep-related``.

``samples/known_failures.txt``, when it exists, lists case ids that currently
fail, one per line as ``<case-id>  <reason>``; ``#`` starts a comment. Those run
as strict xfails, so a case that starts passing must be taken off the list.

``pytest --update-golden`` rewrites the expected files from the current output
(known failures included); review the diff before committing it.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

import pytest

import cleaner
from cleaner import CleanerConfig

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
KNOWN_FAILURES = SAMPLES / "known_failures.txt"

# Expected-file suffix -> settings it is produced with.
VARIANTS: dict[str, CleanerConfig | None] = {
    ".out.txt": None,
    ".keep-related.out.txt": CleanerConfig(related_links={"keep": True}),
}


def read_exact(path: Path) -> str:
    """Read UTF-8 text without newline translation, so whitespace stays byte-exact."""
    with path.open(encoding="utf-8", newline="") as file:
        return file.read()


def write_exact(path: Path, text: str) -> None:
    with path.open("w", encoding="utf-8", newline="") as file:
        file.write(text)


def known_failures() -> dict[str, str]:
    if not KNOWN_FAILURES.is_file():
        return {}
    failures: dict[str, str] = {}
    for raw in read_exact(KNOWN_FAILURES).splitlines():
        line = raw.split("#", 1)[0].strip()
        if line:
            case_id, _, reason = line.partition(" ")
            failures[case_id] = reason.strip() or "listed in samples/known_failures.txt"
    return failures


class Case(NamedTuple):
    """One golden comparison: an input, the file it must produce, and the settings."""

    case_id: str
    source: Path
    expected: Path
    variant: str


def golden_cases() -> list[Case]:
    """One `Case` for every expected file of every input."""
    cases = []
    for source in sorted(SAMPLES.rglob("*.in.txt")):
        stem = source.name.removesuffix(".in.txt")
        for suffix in VARIANTS:
            expected = source.with_name(stem + suffix)
            if suffix == ".out.txt" or expected.exists():
                case_id = expected.relative_to(SAMPLES).as_posix().removesuffix(".out.txt")
                cases.append(Case(case_id, source, expected, suffix))
    return cases


CASES = golden_cases()


def test_there_are_golden_cases() -> None:
    ids = {case.case_id for case in CASES}
    assert len(ids) >= 10
    assert {"en/daily8-scmp", "en/daily8-scmp.keep-related"} <= ids


def test_every_expected_file_has_an_input() -> None:
    """An ``.out.txt`` without its ``.in.txt`` would silently never run."""
    expected = {case.expected for case in CASES}
    orphans = [
        path.relative_to(SAMPLES).as_posix()
        for path in SAMPLES.rglob("*.out.txt")
        if path not in expected
    ]
    assert orphans == []


def test_known_failures_name_existing_cases() -> None:
    ids = {case.case_id for case in CASES}
    assert sorted(set(known_failures()) - ids) == []


@pytest.mark.parametrize("case", [pytest.param(case, id=case.case_id) for case in CASES])
def test_golden(case: Case, update_golden: bool, request: pytest.FixtureRequest) -> None:
    output = cleaner.clean(read_exact(case.source), VARIANTS[case.variant])
    if update_golden:
        if not case.expected.exists() or read_exact(case.expected) != output:
            write_exact(case.expected, output)
        return
    reason = known_failures().get(case.case_id)
    if reason is not None:
        request.applymarker(pytest.mark.xfail(strict=True, reason=reason))
    assert output == read_exact(case.expected)

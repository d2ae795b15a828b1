"""Shared test configuration: hypothesis profiles and the ``--update-golden`` option.

Hypothesis profiles:

* ``dev`` (the default): 100 examples per property, random seeds.
* ``ci``: 300 examples, derandomized, so a CI run is reproducible.

Pick one with ``HYPOTHESIS_PROFILE=dev|ci``; when that is unset, ``ci`` is used
if the ``CI`` environment variable is set, else ``dev``. Neither profile has a
deadline: the machines are small and shared, and a timing failure there says
nothing about the code.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import settings

settings.register_profile("dev", max_examples=100, deadline=None)
settings.register_profile("ci", max_examples=300, derandomize=True, deadline=None)
settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev")
)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help=(
            "rewrite the expected files samples/**/*.out.txt (and *.keep-related.out.txt) "
            "from the cleaner's current output instead of comparing against them; "
            "review the resulting diff before committing it"
        ),
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    """True when the run was started with ``--update-golden``."""
    return bool(request.config.getoption("--update-golden"))

"""`import cleaner` stays light: no HTML stack and no test tooling at import time.

Run in a fresh interpreter, because this test session has already imported
hypothesis and perhaps trafilatura (the click ``test_imports`` idea).
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

HEAVY = ("trafilatura", "lxml", "hypothesis")

PROBE = """
import json, sys
import cleaner
cleaner.clean("Advertisement\\nThe council met.")
print(json.dumps(sorted(sys.modules)))
"""


def test_import_and_clean_do_not_load_heavy_modules() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True, timeout=60
    )
    modules = json.loads(result.stdout)
    assert "cleaner" in modules  # the probe did import it
    loaded = sorted(m for m in modules if m.split(".")[0] in HEAVY)
    assert loaded == []


LAZY_PROBE = """
import json, sys
import cleaner
before = sorted(sys.modules)
from cleaner import clean_html
print(json.dumps({
    "before": before,
    "same": clean_html is cleaner.html.clean_html
    and cleaner.extract_text is cleaner.html.extract_text,
}))
"""


def test_html_entry_points_are_reachable_from_the_package_and_load_lazily() -> None:
    result = subprocess.run(
        [sys.executable, "-c", LAZY_PROBE], capture_output=True, text=True, check=True, timeout=60
    )
    probe = json.loads(result.stdout)
    assert "cleaner.html" not in probe["before"]
    assert [m for m in probe["before"] if m.split(".")[0] in HEAVY] == []
    assert probe["same"] is True


def test_clean_html_after_import_cleaner() -> None:
    import cleaner  # noqa: PLC0415

    result = cleaner.clean_html(
        "<html><body><article><p>The council met on Monday.</p>"
        "<p>Advertisement</p></article></body></html>"
    )
    assert "Advertisement" not in result.text


def test_an_unknown_attribute_is_still_an_attribute_error() -> None:
    import cleaner  # noqa: PLC0415

    with pytest.raises(AttributeError, match="no attribute 'clean_htm'"):
        _ = cleaner.clean_htm

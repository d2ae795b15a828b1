"""`import cleaner` stays light: no HTML stack and no test tooling at import time.

Run in a fresh interpreter, because this test session has already imported
hypothesis and perhaps trafilatura (the click ``test_imports`` idea).
"""

from __future__ import annotations

import json
import subprocess
import sys

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

"""The README's examples, run as they are written there."""

from __future__ import annotations

import contextlib
import gzip
import io
import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import regex

import cleaner

REPO = Path(__file__).resolve().parent.parent
README = (REPO / "README.md").read_text(encoding="utf-8")
PYTHON_BLOCK_RE = regex.compile(r"^```python\n(.*?)^```$", regex.MULTILINE | regex.DOTALL)


def readme_example(marker: str) -> str:
    """The one Python block of the README that contains `marker`."""
    (block,) = [code for code in PYTHON_BLOCK_RE.findall(README) if marker in code]
    return str(block)


def test_the_custom_filter_example() -> None:
    code = readme_example("class Sponsored")
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(code, "README.md", "exec"), {"__name__": "readme"})
    assert printed.getvalue() == "The council met on Monday.\n\nIt voted on Tuesday.\n\n"


def test_the_datatrove_example_as_a_script(tmp_path: Path) -> None:
    """Run as a saved script: without its ``__main__`` guard every worker re-runs it, endlessly."""
    pytest.importorskip("datatrove")
    script = tmp_path / "clean_pages.py"
    script.write_text(readme_example("LocalPipelineExecutor"), encoding="utf-8")
    pages = tmp_path / "pages"
    pages.mkdir()
    records = [
        {"id": "1", "text": "Advertisement\nThe council met on Monday."},
        {"id": "2", "text": "Comments\nIt voted on Tuesday."},
    ]
    (pages / "part.jsonl").write_text(
        "".join(json.dumps(record) + "\n" for record in records), encoding="utf-8"
    )
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])),
    }
    result = subprocess.run(
        [sys.executable, script.name],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    cleaned: dict[str, str] = {}
    for path in (tmp_path / "clean").iterdir():
        with gzip.open(path, "rt", encoding="utf-8") as file:
            cleaned.update((r["id"], r["text"]) for r in map(json.loads, file))
    assert cleaned == {"1": "The council met on Monday.\n", "2": "It voted on Tuesday.\n"}


def test_the_config_example_validates_and_shows_every_setting() -> None:
    (block,) = regex.findall(r"^```toml\n(.*?)^```$", README, flags=regex.MULTILINE | regex.DOTALL)
    config = cleaner.CleanerConfig.model_validate(tomllib.loads(block))
    assert config.max_removed_fraction == 0.9
    shown = set(tomllib.loads(block))
    assert set(cleaner.CleanerConfig.model_fields) - shown == set()

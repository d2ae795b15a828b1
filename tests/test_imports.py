"""`import cleaner` stays light: no HTML stack and no test tooling at import time.

Run in a fresh interpreter, because this test session has already imported
hypothesis and perhaps trafilatura (the click ``test_imports`` idea).
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

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


def _imports_of(path: Path, module: str) -> set[str]:
    """The `cleaner` modules that `module` imports at run time (type-checking imports aside)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            node.body = [ast.Pass()]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(
                    [*package.split(".")[: len(package.split(".")) - node.level + 1], base]
                )
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return {name for name in found if name.split(".")[0] == "cleaner"}


def _import_graph() -> dict[str, set[str]]:
    root = Path(__file__).resolve().parents[1] / "cleaner"
    paths = {
        ".".join(("cleaner", *path.relative_to(root).with_suffix("").parts)).removesuffix(
            ".__init__"
        ): path
        for path in root.rglob("*.py")
    }
    return {
        module: {name for name in _imports_of(path, module) if name in paths and name != module}
        for module, path in paths.items()
    }


def test_no_module_of_the_package_imports_itself_through_others() -> None:
    # A package's __init__ imports its modules and is imported before any of them, which
    # is no loop of the code's own: edges to a package's __init__ are left out.
    graph = _import_graph()
    packages = {name for name in graph if any(other.startswith(f"{name}.") for other in graph)}
    graph = {module: targets - packages for module, targets in graph.items()}
    loops = []
    for start in graph:
        seen: set[str] = set()
        todo = list(graph[start])
        while todo:
            module = todo.pop()
            if module == start:
                loops.append(f"{start} -> {' / '.join(sorted(graph[start] & seen | {start}))}")
                break
            if module not in seen:
                seen.add(module)
                todo.extend(graph[module])
    assert loops == []

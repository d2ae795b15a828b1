"""Table tests of the filters, one module per family."""

from __future__ import annotations

import cleaner


def assert_verdict(line: str, rule: str | None) -> None:
    """`line` between two sentences is removed by exactly `rule`, or kept (None) in the output."""
    text = f"The council met on Monday.\n{line}\nIt voted on Tuesday."
    found = [r.key for r in cleaner.clean_and_explain(text).removals]
    assert found == ([rule] if rule else [])
    if rule is None:
        assert line.strip() in cleaner.clean(text)

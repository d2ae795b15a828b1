"""The line filters' memo of verdicts from round to round (`LineMemo`, `_core.recall`)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleaner import _core
from cleaner.document import Doc, Line
from cleaner.filters.base import UNSEEN, LineFilter, LineMemo
from cleaner.lexicons import for_language
from cleaner.models import trusted_removal
from cleaner.pipeline import _without


def test_recall_finds_the_verdicts_of_the_very_lines_judged() -> None:
    doc = Doc.from_text("one\ntwo\nthree\nfour")
    lines = doc.lines
    verdicts = ["v0", None, "v2", "v3"]
    kept = (lines[0], lines[2], lines[3])
    assert _core.recall(lines, verdicts, kept, UNSEEN) == ["v0", "v2", "v3"]


def test_recall_takes_an_equal_line_that_is_another_object_for_unseen() -> None:
    # A piece that a cut made may equal nothing judged, or even equal a judged
    # line: only the very object judged keeps its verdict.
    doc = Doc.from_text("one\ntwo three")
    lines = doc.lines
    piece = Line.of(1, lines[1].start, "two")
    twin = Line.of(0, 0, "one")
    recalled = _core.recall(lines, ["a", "b"], (twin, piece), UNSEEN)
    assert recalled[0] is UNSEEN
    assert recalled[1] is UNSEEN


def test_recall_refuses_verdicts_that_do_not_match_the_lines() -> None:
    lines = Doc.from_text("one\ntwo").lines
    with pytest.raises(ValueError, match="2 lines judged but 1 verdicts"):
        _core.recall(lines, ["a"], lines, UNSEEN)


def test_a_memo_returns_its_own_list_so_that_filling_it_in_remembers() -> None:
    lines = Doc.from_text("one\ntwo").lines
    memo = LineMemo()
    first = memo.recall(lines)
    assert first == [UNSEEN, UNSEEN]
    first[1] = "rule"  # a filter stopped after the second line
    assert memo.recall(lines) == [UNSEEN, "rule"]
    assert memo.recall(lines[1:]) == ["rule"]


class _Counting(LineFilter):
    """Condemns lines that say "drop", and counts the lines it was asked about."""

    name = "counting"

    def __init__(self) -> None:
        super().__init__(for_language("en"))
        self.asked: list[str] = []

    def rule_for(self, line: Line) -> str | None:
        self.asked.append(line.stripped)
        return "drop" if line.stripped == "drop" else None


def test_a_later_round_judges_only_the_pieces_a_cut_made() -> None:
    doc = Doc.from_text("keep me\ndrop\nAd here. More text")
    filter_ = _Counting()
    found = list(filter_.find(doc))
    assert [r.evidence for r in found] == ["drop"]
    assert filter_.asked == ["keep me", "drop", "Ad here. More text"]
    third = doc.lines[2]
    cut = trusted_removal("ads", "inline", third.start, third.start + len("Ad here."), "Ad here.")
    later = _without(_without(doc, found), [cut])
    filter_.asked.clear()
    assert list(filter_.find(later)) == []
    assert filter_.asked == ["More text"]  # the piece; "keep me" is remembered


def _cut_whole_lines_as_python_did(
    lines: tuple[Line, ...], content: tuple[Line, ...], spans: list[tuple[int, int]]
) -> tuple[tuple[Line, ...], tuple[Line, ...], list[bool]]:
    """The pipeline's loop before the core took it (`_without`), as the oracle."""
    by_start = {line.start: line for line in lines}
    whole: set[int] = set()
    took: list[bool] = []
    for start, end in spans:
        line = by_start.get(start)
        takes = (
            line is not None
            and end == line.start + len(line.text)
            and bool(line.text)
            and start not in whole
        )
        if takes:
            whole.add(start)
        took.append(takes)
    return (
        tuple(line for line in lines if line.start not in whole),
        tuple(line for line in content if line.start not in whole),
        took,
    )


@given(
    st.lists(st.sampled_from(["", " ", "ab", "Advertisement", "  x y ", "é€𝄞"]), max_size=12),
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 20)), max_size=10),
)
def test_cut_whole_lines_agrees_with_the_python_loop(
    texts: list[str], raw_spans: list[tuple[int, int]]
) -> None:
    doc = Doc.from_text("\n".join(texts))
    # Spans from line starts (odd draws) or from anywhere (even ones), and whole lines.
    starts = [line.start for line in doc.lines] or [0]

    def begin(at: int) -> int:
        return starts[at % len(starts)] if at % 2 else at

    spans = sorted(
        [(begin(at), begin(at) + n) for at, n in raw_spans]
        + [(line.start, line.end) for line in doc.lines[::2]]
    )
    assert _core.cut_whole_lines(doc.lines, doc.content, spans) == _cut_whole_lines_as_python_did(
        doc.lines, doc.content, spans
    )

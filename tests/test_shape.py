"""One definition of text shape for the filters and rejoin (cleaner/shape.py)."""

from __future__ import annotations

import pytest

from cleaner.filters import chrome, related
from cleaner.shape import ends_question, ends_sentence, is_title_like


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("He left.", True),
        ('"He left?")', True),
        ("Er ging…", True),
        ("他走了。」", True),
        ("वह चला गया।", True),
        ("هل ذهب؟", True),
        ("He left.\n", True),
        ("He left", False),
        ("Page 2 of 5 »", False),
        ("", False),
        (")", False),
    ],
)
def test_ends_sentence_in_every_script(line: str, expected: bool) -> None:
    assert ends_sentence(line) is expected


def test_ends_question() -> None:
    assert ends_question("为什么？")
    assert not ends_question("He left.")


def test_is_title_like() -> None:
    assert is_title_like("市政府宣布扩建绿道", max_words=3)
    assert not is_title_like("市政府宣布扩建绿道。", max_words=3)


# ad_markers asks the same question in the core (`src/ads.rs` calls `shape::ends_sentence`).
@pytest.mark.parametrize("module", [chrome, related])
def test_no_filter_keeps_a_sentence_end_of_its_own(module: object) -> None:
    assert not hasattr(module, "_SENTENCE_END_RE")
    assert module.ends_sentence is ends_sentence  # type: ignore[attr-defined]

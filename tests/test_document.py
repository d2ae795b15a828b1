"""Helpers of the document model (cleaner/document.py)."""

from __future__ import annotations

from cleaner.document import has_digit


def test_has_digit_agrees_with_isdigit_on_every_character() -> None:
    for code in range(0x110000):
        char = chr(code)
        assert has_digit(f"a{char}b") == char.isdigit(), hex(code)

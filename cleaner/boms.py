"""Byte-order marks: which codec a text file names at its start, for text and HTML input alike."""

from __future__ import annotations

import codecs

# Byte-order marks and the codecs that read past them; UTF-32 first, because its
# little-endian mark starts with UTF-16's.
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def bom_encoding(data: bytes) -> str | None:
    """The codec that a byte-order mark at the start of `data` names, or None.

    >>> bom_encoding("Hi".encode("utf-16")), bom_encoding(b"Hi")
    ('utf-16', None)
    """
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return encoding
    return None

"""HTML input: decode a web page, extract its article text with trafilatura, then clean it.

trafilatura finds the main content of a page from its markup far better than any
rule can from a flat text rendering, but what it keeps still holds the boilerplate
that sits *inside* the article container: "Advertisement" labels, newsletter
prompts, "Read more:" teasers, datelines. So this module asks trafilatura for
recall and lets the cleaner pipeline take out what came along.

trafilatura (and lxml under it) are imported inside the functions only, so that
`import cleaner` stays light for users who clean text.

A page with no extractable text is not an error: `clean_html` returns an empty
result whose warnings hold `NO_TEXT_WARNING`, so a crawl of thousands of pages
needs no try/except per page.

On the dev benchmark's 181 pages (``benchmarks/quality.py --html``) this scores
shingle F1 0.969 against 0.960 for ``trafilatura.extract(html,
include_comments=False)`` alone.
"""

from __future__ import annotations

import codecs
import re
from typing import Final, TypedDict

from cleaner.api import pipeline_for
from cleaner.inputs import bom_encoding
from cleaner.models import CleanerConfig, CleanResult

NO_TEXT_WARNING: Final = "no article text found in the HTML page"
"""The warning of an empty `clean_html` result; the CLI prints it on stderr."""


class ExtractSettings(TypedDict):
    """The keyword arguments given to `trafilatura.extract`."""

    favor_recall: bool
    fast: bool
    include_comments: bool
    include_tables: bool
    deduplicate: bool
    include_images: bool
    include_links: bool
    include_formatting: bool
    output_format: str


EXTRACT_SETTINGS: Final[ExtractSettings] = {
    # Recall first: what trafilatura lets through, the pipeline removes.
    "favor_recall": True,
    # No readability/jusText fallback: on the dev benchmark it never helped in
    # recall mode and it swapped in whole sidebars on 3 of 181 pages. It stays as
    # a rescue for pages where the main extractor finds nothing (`extract_text`).
    "fast": True,
    # Reader comments are not the article.
    "include_comments": False,
    "include_tables": True,
    # trafilatura's deduplication is a process-wide cache: it would drop a
    # paragraph because an *earlier page* had it, making output depend on order.
    "deduplicate": False,
    "include_images": False,
    "include_links": False,
    "include_formatting": False,
    "output_format": "txt",
}
"""The settings of every `trafilatura.extract` call made here; do not modify."""

WHOLE_PAGE_FILTERS: Final = ("main_content",)
"""Filters that look for the article in a whole-page text, skipped on HTML input.

trafilatura has already found the article from the markup, which is the stronger
signal; judging its output again by text features only cuts the article (on the
dev benchmark, recall fell from 0.978 to 0.944).
"""

# HTML5's encoding sniffing looks at the first 1024 bytes; pages with long heads
# declare their charset later, and looking further costs nothing.
_SNIFF_BYTES = 16384
_CHARSET_RE = re.compile(
    rb"""<meta[^>]*?charset\s*=\s*["']?\s*([-\w.:]+)"""  # <meta charset=x> and http-equiv
    rb"""|<\?xml[^>]*?encoding\s*=\s*["']([-\w.:]+)""",  # <?xml ... encoding="x"?>
    re.IGNORECASE,
)
# Labels that browsers (WHATWG Encoding Standard) read as a wider encoding: a page
# labelled latin-1 that uses curly quotes is really windows-1252.
_ENCODING_ALIASES = {
    "iso8859_1": "cp1252",
    "ascii": "cp1252",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "euc_kr": "cp949",
    "shift_jis": "cp932",
    "tis_620": "cp874",
    "iso8859_11": "cp874",
    "iso8859_9": "cp1254",
}

_SNIFF_CHARS = 1024
_DOCUMENT_START_RE = re.compile(
    r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|\?xml\s)",
    re.IGNORECASE | re.DOTALL,
)
_DOCUMENT_TAG_RE = re.compile(r"<(?:!doctype\s+html|html|head|body)[\s>]", re.IGNORECASE)
_TAG_RE = re.compile(r"</?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?/?>")
_FRAGMENT_MIN_TAGS = 3
_DOCUMENT_MIN_TAGS = 5


def decode_html(data: bytes) -> str:
    """Decode the bytes of a web page the way a browser would, without ever raising.

    In order: a byte-order mark; valid UTF-8 (whatever the page declares: servers
    keep stale latin-1 declarations after converting to UTF-8, while legacy text
    that happens to be valid UTF-8 is vanishingly rare); the charset the page
    declares (``<meta charset>``, ``http-equiv`` content type, XML declaration);
    then UTF-8 with replacement if most non-ASCII bytes form UTF-8, else cp1252.

    >>> decode_html(b'<meta charset="iso-8859-1"><p>caf\\xe9</p>')
    '<meta charset="iso-8859-1"><p>café</p>'
    """
    encoding = bom_encoding(data)
    if encoding is not None:
        return data.decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _declared_encoding(data[:_SNIFF_BYTES])
    if declared is not None and declared != "utf_8":
        return data.decode(declared, errors="replace")
    as_utf8 = data.decode("utf-8", errors="replace")
    replaced = as_utf8.count("\ufffd")
    decoded = sum(1 for char in as_utf8 if char > "\x7f") - replaced
    return as_utf8 if decoded >= replaced else data.decode("cp1252", errors="replace")


def _declared_encoding(head: bytes) -> str | None:
    """The Python codec name of the charset `head` declares, if it names a known one."""
    match = _CHARSET_RE.search(head)
    if match is None:
        return None
    label = (match.group(1) or match.group(2)).decode("ascii", errors="replace")
    try:
        name = codecs.lookup(label).name.replace("-", "_")
    except LookupError:
        return None
    if name.startswith(("utf_16", "utf_32")):
        return "utf_8"  # an ASCII-readable declaration cannot be UTF-16 (WHATWG rule)
    return _ENCODING_ALIASES.get(name, name)


def looks_like_html(text: str) -> bool:
    """Guess from its first kilobyte whether `text` is an HTML document or fragment.

    Cheap on purpose: the CLI sniffs every input. HTML documents start with a
    doctype, ``<html>``, ``<head>``, ``<body>`` or an XML declaration (comments may
    come first); a fragment starts with a tag and has several; a document tag
    after some junk counts when many tags follow. Text that merely mentions a tag
    ("use <br> to break a line") does not qualify.

    >>> looks_like_html("<!DOCTYPE html><title>x</title>")
    True
    >>> looks_like_html("Use <br> to break a line.")
    False
    """
    sample = text[:_SNIFF_CHARS].lstrip("\ufeff")
    if _DOCUMENT_START_RE.match(sample):
        return True
    tags = len(_TAG_RE.findall(sample))
    if sample.lstrip().startswith("<") and tags >= _FRAGMENT_MIN_TAGS:
        return True
    return bool(_DOCUMENT_TAG_RE.search(sample)) and tags >= _DOCUMENT_MIN_TAGS


def extract_text(html: str | bytes) -> str:
    """Return the article text of a page: one paragraph a line, a blank line between.

    trafilatura runs with `EXTRACT_SETTINGS`; when that finds nothing, once more
    with its fallback extractors. Paragraphs are separated by blank lines because the markup already
    told us where they end, and rejoin never merges across a blank line. Returns
    ``""`` when the page has no extractable text.
    """
    import trafilatura  # noqa: PLC0415  (lazy: `import cleaner` must not load lxml)

    if isinstance(html, bytes):
        html = decode_html(html)
    tree = trafilatura.load_html(html)
    if tree is None:
        return ""
    with_fallback = EXTRACT_SETTINGS.copy()
    with_fallback["fast"] = False
    text = trafilatura.extract(tree, **EXTRACT_SETTINGS) or trafilatura.extract(
        tree, **with_fallback
    )
    lines = [line.strip() for line in (text or "").splitlines()]
    lines = [line for line in lines if line]
    return "\n\n".join(lines) + "\n" if lines else ""


def clean_html(html: str | bytes, config: CleanerConfig | None = None) -> CleanResult:
    """Extract the article text of a page and clean it; bytes are decoded first.

    The pipeline is `config`'s without `WHOLE_PAGE_FILTERS`. A page with no
    extractable text gives an empty result whose warnings are `NO_TEXT_WARNING`.
    The removals are offsets into `extract_text`'s output; `extract_and_clean`
    returns that text too, for a report.
    """
    return extract_and_clean(html, config)[1]


def extract_and_clean(
    html: str | bytes, config: CleanerConfig | None = None
) -> tuple[str, CleanResult]:
    """`extract_text` and `clean_html` in one go: the text the removals point into, and the result.

    A report shows the extracted text with its removals marked, so it needs both.
    """
    text = extract_text(html)
    if not text:
        return text, CleanResult(text="", warnings=(NO_TEXT_WARNING,))
    return text, pipeline_for(html_config(config)).run(text)


def html_config(config: CleanerConfig | None = None) -> CleanerConfig:
    """`config` (or the default) without the `WHOLE_PAGE_FILTERS`, for extracted text.

    >>> "main_content" in html_config().filters
    False
    """
    config = config or CleanerConfig()
    skipped = [name for name in WHOLE_PAGE_FILTERS if name in config.filters]
    return config.without(*skipped) if skipped else config

"""HTML input: decode a web page, extract its article text with trafilatura, then clean it.

trafilatura finds the main content of a page from its markup far better than any
rule can from a flat text rendering, but what it keeps still holds the boilerplate
that sits *inside* the article container: "Advertisement" labels, newsletter
prompts, "Read more:" teasers, datelines. So this module takes trafilatura's own
default extraction and lets the cleaner pipeline take out what came along.

The output is trafilatura's text less whole removals: the extraction settings are
trafilatura's defaults, kept lines come out exactly as trafilatura wrote them (no
rejoining, no punctuation tidying), and when the filters would remove more than
`MAX_REMOVED_SHARE` of the extraction, the extraction is returned as it is. So a
page can only lose to trafilatura alone where a filter removed a line wrongly, and
every such line is an explained removal.

trafilatura (and lxml under it) are imported inside the functions only, so that
`import cleaner` stays light for users who clean text.

A page with no extractable text is not an error: `clean_html` returns an empty
result whose warnings hold `NO_TEXT_WARNING`, so a crawl of thousands of pages
needs no try/except per page.

On the dev benchmark's 181 pages (``benchmarks/quality.py --html``) this scores
shingle F1 0.962 against 0.960 for ``trafilatura.extract(html,
include_comments=False)`` alone, better on 37 pages and worse on 10.
"""

from __future__ import annotations

import codecs
import re
from typing import Final, TypedDict

from cleaner.api import pipeline_for
from cleaner.boms import bom_encoding
from cleaner.config import CleanerConfig
from cleaner.models import CleanResult, Stats

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
    # trafilatura's defaults, the settings it is evaluated and tuned with. Not
    # favor_recall: its balanced mode already retries for recall when its text is
    # short for the page, and on the dev benchmark favor_recall raised recall on
    # none of the 181 pages while it let boilerplate through on 7 (the filters took
    # out only part of it). Not fast: the readability/jusText comparison it skips
    # is what rescues a page whose main extraction failed (on the dev benchmark it
    # helps 2 pages and hurts 3, too few to overrule trafilatura's own tuning).
    "favor_recall": False,
    "fast": False,
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

MAX_REMOVED_SHARE: Final = 0.5
"""Above this share of the extraction's characters removed, keep the extraction whole.

trafilatura has already narrowed the page to its article, so filters that would
remove most of that text are misreading it (an article that is a list of links, a
page of short items) rather than finding boilerplate. On the dev benchmark no page
loses more than 13 %, so this only guards pages unlike those.
"""

REMOVED_TOO_MUCH_WARNING: Final = (
    "the filters would remove {share:.0%} of trafilatura's extraction "
    "(more than {limit:.0%}); kept as extracted"
)
"""The warning of a `clean_html` result returned as extracted (see `MAX_REMOVED_SHARE`)."""

WHOLE_PAGE_FILTERS: Final = ("main_content",)
"""Filters that look for the article in a whole-page text, skipped on HTML input.

trafilatura has already found the article from the markup, which is the stronger
signal; a second region cut by text features on its output can only lose a short
article, a list or a table. (On the dev benchmark it once cut recall from 0.978 to
0.944; on trafilatura's default extraction it now declines on all 181 pages.)
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
    with ``favor_recall``. Paragraphs are separated by blank lines because the
    markup already told us where they end. Returns ``""`` when the page has no
    extractable text.
    """
    import trafilatura  # noqa: PLC0415  (lazy: `import cleaner` must not load lxml)

    if isinstance(html, bytes):
        html = decode_html(html)
    tree = trafilatura.load_html(html)
    if tree is None:
        return ""
    for_recall = EXTRACT_SETTINGS.copy()
    for_recall["favor_recall"] = True
    text = trafilatura.extract(tree, **EXTRACT_SETTINGS) or trafilatura.extract(tree, **for_recall)
    return _paragraphs(text or "")


def _paragraphs(text: str) -> str:
    """`text`'s non-blank lines, stripped, with one blank line between them."""
    lines = [line.strip() for line in text.splitlines()]
    lines = [line for line in lines if line]
    return "\n\n".join(lines) + "\n" if lines else ""


def clean_html(html: str | bytes, config: CleanerConfig | None = None) -> CleanResult:
    """Extract the article text of a page and clean it; bytes are decoded first.

    The pipeline is `html_config(config)`'s. A page with no extractable text
    gives an empty result whose warnings are `NO_TEXT_WARNING`; a page of whose
    extraction the filters would remove more than `MAX_REMOVED_SHARE` comes out
    as extracted, with no removals and a warning. The removals are offsets into
    `extract_text`'s output; `extract_and_clean` returns that text too, for a
    report.
    """
    return extract_and_clean(html, config)[1]


def extract_and_clean(
    html: str | bytes, config: CleanerConfig | None = None, *, timed: bool = False
) -> tuple[str, CleanResult]:
    """`extract_text` and `clean_html` in one go: the text the removals point into, and the result.

    A report shows the extracted text with its removals marked, so it needs both.
    `timed`: see `clean_extracted`.
    """
    text = extract_text(html)
    if not text:
        return text, CleanResult(text="", warnings=(NO_TEXT_WARNING,))
    return text, clean_extracted(text, config, timed=timed)


def clean_extracted(
    text: str, config: CleanerConfig | None = None, *, timed: bool = False
) -> CleanResult:
    """Clean `extract_text`'s output: its kept lines unchanged, one blank line between.

    When the filters would remove more than `MAX_REMOVED_SHARE` of `text`, the
    result is `text` itself, with no removals and `REMOVED_TOO_MUCH_WARNING`.

    >>> clean_extracted("Advertisement\\n\\nThe council met on Monday .\\n").text
    'The council met on Monday .\\n'
    """
    pipeline = pipeline_for(html_config(config))
    if timed:  # the pipeline times its steps (`Stats.seconds`)
        pipeline = pipeline.with_timings()
    result = pipeline.run(text)
    share = result.stats.chars_removed / len(text) if text else 0.0
    if share > MAX_REMOVED_SHARE:
        warning = REMOVED_TOO_MUCH_WARNING.format(share=share, limit=MAX_REMOVED_SHARE)
        return result.model_copy(
            update={
                "text": text,
                "removals": (),
                "stats": Stats.of(text, ()),
                "warnings": (warning,),
            }
        )
    return result.model_copy(update={"text": _paragraphs(result.text)})


def html_config(config: CleanerConfig | None = None) -> CleanerConfig:
    """`config` (or the default) set for trafilatura's output: whole lines, read as text.

    The `WHOLE_PAGE_FILTERS` are skipped; the text is read as plain text
    (trafilatura's tables, ``| a | b |``, and list items, ``- item``, would make it
    look like Markdown); and rejoin is off: trafilatura writes one paragraph a
    line, so rejoin would only change spacing and punctuation inside kept lines,
    which makes them differ from the page for no gain.

    >>> "main_content" in html_config().filters
    False
    >>> html_config().rejoin.enabled
    False
    """
    config = config or CleanerConfig()
    skipped = [name for name in WHOLE_PAGE_FILTERS if name in config.filters]
    config = config.without(*skipped) if skipped else config
    return config.model_copy(
        update={"format": "text", "rejoin": config.rejoin.model_copy(update={"enabled": False})}
    )

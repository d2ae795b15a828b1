"""HTML input: decoding web pages, sniffing HTML, extraction through trafilatura, cleaning."""

from __future__ import annotations

import codecs
import json
import subprocess
import sys

import pytest

from cleaner.config import CleanerConfig
from cleaner.html import (  # importing cleaner.html does not import trafilatura
    EXTRACT_SETTINGS,
    MAX_REMOVED_SHARE,
    NO_TEXT_WARNING,
    clean_extracted,
    clean_html,
    decode_html,
    extract_and_clean,
    extract_text,
    html_config,
    looks_like_html,
)

ARTICLE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Council approves new river bridge | The Valley Gazette</title>
<meta property="og:title" content="Council approves new river bridge">
</head>
<body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li></ul></nav></header>
<main><article>
<h1>Council approves new river bridge</h1>
<p>The city council voted on Monday to build a second bridge across the river, ending a
debate that has divided the town for more than a decade.</p>
<p>Advertisement</p>
<p>The bridge will carry cyclists and pedestrians only. Construction is expected to begin
next spring and to take about eighteen months, the council said in a statement.</p>
<p>Residents on the east bank, who now walk almost two kilometres to the nearest crossing,
welcomed the decision at a packed public meeting on Tuesday evening.</p>
<p><strong>Related Articles</strong></p>
<p><a href="/a">Ferry service to end after 80 years</a></p>
<p><a href="/b">Town plans new cycle lanes downtown</a></p>
<p><a href="/c">Flood defences tested after heavy rain</a></p>
</article></main>
<footer><p>© 2024 The Valley Gazette. All rights reserved.</p></footer>
</body>
</html>
"""

ARTICLE_CLEAN = (
    "Council approves new river bridge\n"
    "\n"
    "The city council voted on Monday to build a second bridge across the river, ending a "
    "debate that has divided the town for more than a decade.\n"
    "\n"
    "The bridge will carry cyclists and pedestrians only. Construction is expected to begin "
    "next spring and to take about eighteen months, the council said in a statement.\n"
    "\n"
    "Residents on the east bank, who now walk almost two kilometres to the nearest crossing, "
    "welcomed the decision at a packed public meeting on Tuesday evening.\n"
)


# --- decode_html --------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (codecs.BOM_UTF8 + "<p>café</p>".encode(), "<p>café</p>"),
        (codecs.BOM_UTF16_LE + "<p>café</p>".encode("utf-16-le"), "<p>café</p>"),
        (codecs.BOM_UTF16_BE + "<p>café</p>".encode("utf-16-be"), "<p>café</p>"),
        (codecs.BOM_UTF32_LE + "<p>café</p>".encode("utf-32-le"), "<p>café</p>"),
        # the BOM wins over a contradicting declaration
        (
            codecs.BOM_UTF8 + '<meta charset="iso-8859-1"><p>é</p>'.encode(),
            '<meta charset="iso-8859-1"><p>é</p>',
        ),
    ],
    ids=["utf8-bom", "utf16le-bom", "utf16be-bom", "utf32le-bom", "bom-beats-meta"],
)
def test_decode_html_byte_order_marks(data: bytes, expected: str) -> None:
    assert decode_html(data) == expected


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b'<meta charset="iso-8859-1"><p>caf\xe9</p>', "café"),
        (b"<meta charset='ISO-8859-1'><p>caf\xe9</p>", "café"),
        (b"<meta charset=latin1><p>caf\xe9</p>", "café"),
        # latin-1 labels are read as windows-1252, as browsers do: curly quotes survive
        (b'<meta charset="iso-8859-1"><p>\x93caf\xe9\x94</p>', "“café”"),
        (
            b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
            b"<p>\xcf\xf0\xe8\xe2\xe5\xf2</p>",
            "Привет",
        ),
        (b'<?xml version="1.0" encoding="koi8-r"?><html><p>\xf0\xd2\xc9</p></html>', "При"),
        (b'<meta charset="shift_jis"><p>\x93\xfa\x96{</p>', "日本"),
    ],
    ids=[
        "meta",
        "meta-single-quotes",
        "meta-unquoted",
        "latin1-is-cp1252",
        "http-equiv",
        "xml",
        "sjis",
    ],
)
def test_decode_html_declared_charset(data: bytes, expected: str) -> None:
    assert expected in decode_html(data)


def test_valid_utf8_wins_over_a_stale_declaration() -> None:
    page = '<meta charset="iso-8859-1"><p>café</p>'.encode()
    assert "café" in decode_html(page)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"<p>caf\xe9</p>", "<p>café</p>"),  # undeclared latin-1: cp1252
        ("<p>café</p>".encode() + b"\xff", "<p>café</p>\ufffd"),  # UTF-8 with one bad byte
        (b'<meta charset="no-such-charset"><p>caf\xe9</p>', "café"),  # unknown label ignored
        (b"", ""),
    ],
    ids=["undeclared-latin1", "utf8-one-bad-byte", "unknown-charset", "empty"],
)
def test_decode_html_fallbacks(data: bytes, expected: str) -> None:
    assert expected in decode_html(data)


@pytest.mark.parametrize(
    "data",
    [bytes(range(256)), b"\xff\xfe\x00", b"\x80" * 100, b"<meta charset=utf-16>\xff\xfe", b"\xc3"],
    ids=["all-bytes", "truncated-bom", "continuation-bytes", "utf16-label", "truncated-utf8"],
)
def test_decode_html_never_raises(data: bytes) -> None:
    assert isinstance(decode_html(data), str)


# --- looks_like_html ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<!DOCTYPE html><html><body><p>x</p></body></html>", True),
        ("\ufeff\n  <!doctype HTML>\n<title>t</title>", True),
        ("<html lang='en'><p>x</p></html>", True),
        ("<head><title>t</title></head>", True),
        ("<body>text</body>", True),
        ('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">', True),
        ("<!-- saved from url=(0014)about:internet -->\n<!DOCTYPE html>", True),
        ("<div class='a'><p>One</p><p>Two</p></div>", True),
        ("PHP Warning: x\n<!DOCTYPE html><html><head><title>t</title></head><body><p>x</p>", True),
        ("The council met on Monday.\nAdvertisement\nIt voted.", False),
        ("Use <br> to break a line and <p> for paragraphs.", False),
        ("In HTML the <html> element holds <head> and <body>.", False),
        ("a < b and c > d", False),
        ("", False),
        ("<3 you", False),
    ],
    ids=[
        "doctype",
        "bom-and-space",
        "html-tag",
        "head-tag",
        "body-tag",
        "xhtml",
        "comment-first",
        "fragment",
        "junk-then-document",
        "plain-text",
        "mentions-tags",
        "mentions-document-tags",
        "comparison",
        "empty",
        "heart",
    ],
)
def test_looks_like_html(text: str, expected: bool) -> None:
    assert looks_like_html(text) is expected


def test_looks_like_html_reads_only_the_start() -> None:
    assert not looks_like_html("plain text line\n" * 200 + "<!DOCTYPE html><html><body>")


# --- headline ------------------------------------------------------------------


# --- extraction and cleaning (need trafilatura) ---------------------------------


def test_html_config_skips_whole_page_filters_only() -> None:
    config = CleanerConfig()
    assert set(config.filters) - set(html_config(config).filters) <= {"main_content"}
    assert html_config(None).filters == html_config(config).filters
    without = config.without("ad_markers")
    assert "ad_markers" not in html_config(without).filters
    bare = CleanerConfig(filters=("ad_markers",))
    assert html_config(bare).filters == bare.filters


def test_html_config_reads_text_and_leaves_kept_lines_alone() -> None:
    config = html_config(CleanerConfig(format="markdown", rejoin={"mend_hyphens": False}))
    assert config.format == "text"
    assert config.rejoin.enabled is False
    assert config.rejoin.mend_hyphens is False  # the user's other settings stay


def test_settings_are_trafilaturas_defaults() -> None:
    # the reference is trafilatura.extract(html, include_comments=False): the same
    # extraction, so the cleaner differs from it only by explained removals
    assert EXTRACT_SETTINGS["favor_recall"] is False
    assert EXTRACT_SETTINGS["fast"] is False


def test_importing_the_html_and_report_modules_loads_no_html_stack() -> None:
    probe = (
        "import json, sys, cleaner.html, cleaner.report; "
        "print(json.dumps([m for m in sys.modules if m.split('.')[0] in ('trafilatura', 'lxml')]))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert json.loads(result.stdout) == []


def test_settings_do_not_deduplicate_across_pages() -> None:
    assert EXTRACT_SETTINGS["deduplicate"] is False
    assert EXTRACT_SETTINGS["include_comments"] is False


def test_clean_html_article() -> None:
    pytest.importorskip("trafilatura")

    result = clean_html(ARTICLE)
    assert result.text == ARTICLE_CLEAN
    keys = {removal.key for removal in result.removals}
    assert "ad_markers.label_line" in keys
    assert any(key.startswith("related_links.") for key in keys)
    # the removals point into extract_text's output, which a report shows
    text, again = extract_and_clean(ARTICLE)
    assert text == extract_text(ARTICLE)
    assert again == result
    assert all(text[r.start : r.end] == r.evidence for r in result.removals)
    assert text.startswith("Council approves new river bridge\n")  # the headline stays first


def test_clean_html_takes_bytes_in_a_declared_charset() -> None:
    pytest.importorskip("trafilatura")

    page = ARTICLE.replace('charset="utf-8"', 'charset="iso-8859-1"').replace(
        "kilometres", "km à pied"
    )
    assert "km à pied" in clean_html(page.encode("latin-1")).text
    assert clean_html(page.encode("latin-1")).text == clean_html(page).text


@pytest.mark.parametrize(
    "page",
    [
        "",
        "<html><head><title>Nothing here</title></head><body></body></html>",
        "<!DOCTYPE html><html><body><script>var x = 1;</script></body></html>",
        b"\x00\x01\x02",
    ],
    ids=["empty", "empty-body", "script-only", "binary"],
)
def test_page_without_text_gives_empty_result_and_warning(page: str | bytes) -> None:
    pytest.importorskip("trafilatura")

    assert extract_text(page) == ""
    result = clean_html(page)
    assert result.text == ""
    assert result.removals == ()
    assert result.warnings == (NO_TEXT_WARNING,)


def test_xml_declaration_in_a_str_is_accepted() -> None:
    pytest.importorskip("trafilatura")

    page = '<?xml version="1.0" encoding="utf-8"?>\n' + ARTICLE.split("\n", 1)[1]
    assert "second bridge across the river" in extract_text(page)


def test_paragraphs_are_lines_separated_by_blank_lines() -> None:
    pytest.importorskip("trafilatura")

    text = extract_text(ARTICLE)
    assert text.endswith("\n")
    assert "\n\n\n" not in text
    paragraphs = text.strip().split("\n\n")
    assert all("\n" not in p and p == p.strip() for p in paragraphs)
    assert paragraphs[0] == "Council approves new river bridge"  # the headline stays first
    assert paragraphs[1].startswith("The city council voted on Monday")


# --- kept lines and the removal guard (no trafilatura needed) --------------------


@pytest.mark.parametrize(
    ("extracted", "expected"),
    [
        # spacing and punctuation inside a kept line stay as trafilatura wrote them
        (
            "Senator Lawan , on Tuesday , moved a motion .\n\nAdvertisement\n\n"
            "The Senate\u00a0adjourned  after the letters were read.\n",
            "Senator Lawan , on Tuesday , moved a motion .\n\n"
            "The Senate\u00a0adjourned  after the letters were read.\n",
        ),
        # a table row and a list item are text, not Markdown: nothing is stripped
        (
            "| Team | Points |\n\n|---|---|\n\n| Ajax | 12 |\n\n- first item\n",
            "| Team | Points |\n\n|---|---|\n\n| Ajax | 12 |\n\n- first item\n",
        ),
        # a word hyphenated at a line end is not mended: each line is a paragraph
        (
            "The new programme aims to re-\n\ncruit engineers.\n",
            "The new programme aims to re-\n\ncruit engineers.\n",
        ),
    ],
    ids=["spacing-kept", "table-and-list-as-text", "no-hyphen-mending"],
)
def test_kept_lines_come_out_as_extracted(extracted: str, expected: str) -> None:
    result = clean_extracted(extracted)
    assert result.text == expected
    for line in result.text.splitlines():
        assert line in extracted.splitlines()


def test_filters_that_would_remove_most_of_the_extraction_are_overruled() -> None:
    # an article that is a list of short labelled lines: each alone reads as boilerplate
    extracted = (
        "Comments\n\nAdvertisement\n\nShare this article\n\nAdvertisement\n\n"
        "Comments\n\nThe vote is on Monday.\n"
    )
    result = clean_extracted(extracted)
    assert result.text == extracted
    assert result.removals == ()
    assert result.stats.chars_removed == 0
    assert len(result.warnings) == 1
    assert f"more than {MAX_REMOVED_SHARE:.0%}" in result.warnings[0]


def test_a_small_removal_is_not_overruled() -> None:
    extracted = (
        "The council met on Monday and voted to build a second bridge across the river.\n\n"
        "Advertisement\n"
    )
    result = clean_extracted(extracted)
    assert result.text == (
        "The council met on Monday and voted to build a second bridge across the river.\n"
    )
    assert [removal.key for removal in result.removals] == ["ad_markers.label_line"]
    assert result.warnings == ()

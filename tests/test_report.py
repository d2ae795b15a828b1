"""The HTML reports: everything escaped, every removal highlighted, counts that add up."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from cleaner import clean_and_explain
from cleaner.models import CleanResult, Removal, Stats
from cleaner.registry import DEFAULT_ORDER
from cleaner.report import colour_class, render_batch_report, render_report

HOSTILE = (
    "The council met on Monday and voted for the bridge.\n"
    "Advertisement\n"
    "<script>alert(1)</script>\n"
    '<img src=x onerror=alert(1)> and a "quoted" & ampersanded line.\n'
    "Comments\n"
    "It will open in the spring, the mayor said.\n"
)


class _Collector(HTMLParser):
    """Collects what a browser would see: tags, attributes and titles."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attributes: list[str] = []
        self.mark_titles: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes.extend(name for name, _ in attrs)
        if tag == "mark":
            self.mark_titles.append(dict(attrs).get("title") or "")


def _parse(page: str) -> _Collector:
    collector = _Collector()
    collector.feed(page)
    collector.close()
    return collector


def _removal(start: int, end: int, text: str, key: str = "f.r") -> Removal:
    filter_, rule = key.split(".")
    return Removal(filter=filter_, rule=rule, start=start, end=end, evidence=text[start:end])


# --- escaping -------------------------------------------------------------------


def test_page_text_is_escaped_and_runs_nothing() -> None:
    result = clean_and_explain(HOSTILE)
    page = render_report(HOSTILE, result, title="<script>alert('title')</script>")
    assert "<script" not in page.lower()
    assert "onerror=" not in page.replace("onerror=alert", "")  # only as escaped text
    assert not re.search(r"<[^>]*\bonerror\s*=", page)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    parsed = _parse(page)
    assert "script" not in parsed.tags
    assert "img" not in parsed.tags
    assert not any(name.startswith("on") for name in parsed.attributes)


def test_removed_markup_is_escaped_inside_marks_and_titles() -> None:
    text = "<b onmouseover=x>Sponsored</b>\nBody text stays here.\n"
    removal = _removal(0, text.index("\n"), text, key='ads"><script>.rule')
    result = CleanResult(
        text="Body text stays here.\n", removals=(removal,), stats=Stats.of(text, (removal,))
    )
    page = render_report(text, result)
    assert "<script" not in page
    parsed = _parse(page)
    assert "onmouseover" not in parsed.attributes
    assert parsed.mark_titles == ['ads"><script>.rule (line 1)']  # the attribute held it as text


def test_page_is_self_contained_and_script_free() -> None:
    page = render_report(HOSTILE, clean_and_explain(HOSTILE))
    assert page.startswith("<!DOCTYPE html>")
    assert "http://" not in page
    assert "https://" not in page
    assert not re.search(r"<(?:link|script|img|iframe)\b", page)
    assert "Content-Security-Policy" in page
    assert "default-src 'none'" in page


# --- highlighting and counts -------------------------------------------------------


def test_every_removal_is_one_mark_titled_with_its_rule() -> None:
    result = clean_and_explain(HOSTILE)
    assert len(result.removals) >= 2  # "Advertisement" and "Comments" at least
    page = render_report(HOSTILE, result)
    assert page.count("<mark ") == len(result.removals)
    titles = _parse(page).mark_titles
    assert [t.split(" ")[0] for t in titles] == [
        r.key for r in sorted(result.removals, key=lambda r: r.start)
    ]


def test_marks_carry_the_filter_colour_and_line_number() -> None:
    text = "keep\nAdvertisement\nkeep\n"
    removal = _removal(5, 18, text, key="ad_markers.label_line")
    result = CleanResult(text="keep\nkeep\n", removals=(removal,), stats=Stats.of(text, (removal,)))
    page = render_report(text, result)
    assert (
        f'<mark class="{colour_class("ad_markers")}" '
        'title="ad_markers.label_line (line 2)">Advertisement</mark>'
    ) in page


def test_input_is_shown_whole() -> None:
    text = "a <1>\nRemove me\nz & y\n"
    removal = _removal(6, 15, text)
    result = CleanResult(
        text="a <1>\nz & y\n", removals=(removal,), stats=Stats.of(text, (removal,))
    )
    page = render_report(text, result)
    shown = re.search(r'<pre class="input">(.*?)</pre>', page, re.DOTALL)
    assert shown is not None
    unmarked = re.sub(r"</?mark[^>]*>", "", shown.group(1))
    assert unmarked == "a &lt;1&gt;\nRemove me\nz &amp; y\n"


def test_legend_counts_match_stats() -> None:
    result = clean_and_explain(HOSTILE)
    page = render_report(HOSTILE, result)
    legend = re.search(r'<section class="box legend">(.*?)</section>', page, re.DOTALL)
    assert legend is not None
    per_filter = dict(re.findall(r"<b>([\w]+)</b> (\d+)", legend.group(1)))
    expected: dict[str, int] = {}
    for key, count in result.stats.counts.items():
        expected[key.split(".")[0]] = expected.get(key.split(".")[0], 0) + count
    assert {k: int(v) for k, v in per_filter.items()} == expected
    for key, count in result.stats.counts.items():
        assert f"{key.split('.')[1]} {count}" in legend.group(1)


def test_output_is_shown_as_rejoined_paragraphs() -> None:
    result = clean_and_explain(HOSTILE)
    page = render_report(HOSTILE, result)
    output = re.search(r'<div class="output">(.*?)</div>', page, re.DOTALL)
    assert output is not None
    paragraphs = re.findall(r"<p>(.*?)</p>", output.group(1), re.DOTALL)
    assert len(paragraphs) == len([p for p in result.text.split("\n\n") if p.strip()])
    assert "The council met on Monday and voted for the bridge." in paragraphs[0]


def test_nothing_removed_and_empty_output() -> None:
    page = render_report("", CleanResult(text="", warnings=("no article text found",)))
    assert "Nothing was removed" in page
    assert "(nothing kept)" in page
    assert "no article text found" in page
    assert page.count("<mark ") == 0


def test_colour_classes_are_stable_and_distinct_for_builtins() -> None:
    classes = [colour_class(name) for name in DEFAULT_ORDER]
    assert len(set(classes)) == len(classes)
    assert colour_class("my_filter") == colour_class("my_filter")
    assert re.fullmatch(r"c\d+", colour_class("<weird> name"))


# --- batch ----------------------------------------------------------------------------


def _batch() -> list[tuple[str, CleanResult]]:
    docs = {
        "a.txt": "Advertisement\nFirst article, first paragraph.\nComments\n",
        "b.txt": "Advertisement\nSecond article body is here.\nAdvertisement\n",
        "<c>.txt": "Nothing to remove in this one at all.\n",
    }
    return [(name, clean_and_explain(text)) for name, text in docs.items()]


def test_batch_report_aggregates() -> None:
    results = _batch()
    page = render_batch_report(iter(results))  # an iterator is read once
    total = Stats(documents=0)
    for _, result in results:
        total += result.stats
    assert f"{total.documents:,} documents" in page
    assert f"{total.chars_in:,} characters in" in page
    assert total.counts["ad_markers.label_line"] == 3
    rules = re.search(r"Removals per rule</h2>(.*?)</section>", page, re.DOTALL)
    assert rules is not None
    row = re.search(
        r"ad_markers\.label_line</td><td class=\"n\">(\d+)</td><td class=\"n\">(\d+)",
        rules.group(1),
    )
    assert row is not None
    assert row.groups() == ("3", "2")  # 3 removals in 2 documents


def test_batch_report_lists_frequent_lines_with_their_rules() -> None:
    page = render_batch_report(_batch(), top=1)
    frequent = re.search(
        r"Most frequent removed lines \(top 1\)</h2>(.*?)</section>", page, re.DOTALL
    )
    assert frequent is not None
    assert frequent.group(1).count("<tr>") == 2  # header and the one line asked for
    assert '<td class="n">3</td><td class="n">2</td>' in frequent.group(1)
    assert "ad_markers.label_line ×3" in frequent.group(1)
    assert "Advertisement" in frequent.group(1)


def test_batch_report_escapes_names_and_lines() -> None:
    text = "<script>alert(1)</script>\nBody of the article stays.\n"
    removal = _removal(0, 25, text, key="ad_markers.label_line")
    result = CleanResult(
        text="Body of the article stays.\n", removals=(removal,), stats=Stats.of(text, (removal,))
    )
    page = render_batch_report([("<img src=x onerror=alert(1)>", result)])
    assert "<script" not in page
    assert not re.search(r"<[^>]*\bonerror\s*=", page)
    assert "&lt;img src=x onerror=alert(1)&gt;" in page


@pytest.mark.parametrize("top", [0, 1, 50])
def test_batch_report_of_nothing(top: int) -> None:
    page = render_batch_report([], top=top)
    assert "0 documents" in page
    assert "Nothing was removed" in page

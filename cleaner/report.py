"""Self-contained HTML pages that show what cleaner removed, and why.

Reading ``--explain`` lines is tedious; a page that shows the input with every
removed span in its filter's colour, the rule on hover, is how a user checks a
run, and the corpus summary (totals per rule, most frequent and longest removed
lines) is how a user spots a rule that deletes real prose.

The pages need no scripts and load nothing: they open from disk and travel as
one file. Every piece of document text goes through `html.escape`, and a
Content-Security-Policy forbids scripts besides, so a scraped page full of
``<script>`` or ``onerror=`` shows them as text and runs nothing.
"""

from __future__ import annotations

import bisect
import heapq
import re
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from html import escape
from typing import Any, TypeVar

from cleaner.models import CleanResult, Removal, Stats
from cleaner.registry import DEFAULT_ORDER

# One (background, accent) pair per built-in filter, in DEFAULT_ORDER, then spares
# for custom filters; light backgrounds keep dark text readable.
_PALETTE = tuple(
    tuple(pair.split("/"))
    for pair in "#ffd6d6/#d33c3c #ffe3bf/#dd7a00 #fff1a6/#b39400 #daf3c6/#4a9a28 #cdeefa/#1a88b3 "
    "#d9defc/#4357c7 #ebdcff/#8046d1 #ffd9f0/#c23d93 #c9f1e3/#15947a #eee2cd/#9a7440 "
    "#e4e4e4/#777777 #f8d2c2/#b9542c #e6f0c0/#7a8a1a #d5d5f7/#5a5ab8".split()
)
T = TypeVar("T", bound=tuple[Any, ...])
_SNIPPET_CHARS = 300
_PARAGRAPH_BREAK_RE = re.compile(r"\n[^\S\n]*\n\s*")

_CSS = """
*{box-sizing:border-box}h1{font-size:22px;margin:0 0 4px}h2{font-size:16px;margin:0 0 10px}
body{margin:0;padding:24px 32px;font:15px/1.5 system-ui,sans-serif;color:#1f2328;background:#f6f7f9}
.summary{color:#57606a;margin:0 0 16px}.rules{color:#57606a;font-size:13px}
.box{background:#fff;border:1px solid #d8dee4;border-radius:8px;padding:14px 18px;margin:0 0 16px}
.legend ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:8px 22px}
.sw{display:inline-block;width:14px;height:14px;border-radius:3px;vertical-align:-2px;
background:var(--bg);border:2px solid var(--ac)}.warn{background:#fff8c5;border-color:#d4a72c}
.cols{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:16px;align-items:start}
@media (max-width:1000px){.cols{grid-template-columns:minmax(0,1fr)}}
pre.input,td.t{font:13px/1.6 ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace}
pre.input{margin:0;white-space:pre-wrap;overflow-wrap:anywhere}td.t{overflow-wrap:anywhere}
mark{background:var(--bg);border-bottom:2px solid var(--ac);color:inherit;border-radius:2px}
.output p{margin:0 0 10px;padding-left:10px;border-left:3px solid #d8dee4;white-space:pre-wrap;
overflow-wrap:anywhere}.empty{color:#57606a;font-style:italic}summary{font-weight:600}
table{border-collapse:collapse;width:100%;font-size:13px}td.r{white-space:nowrap}
th,td{text-align:left;vertical-align:top;padding:4px 8px;border-bottom:1px solid #eaeef2}
th{color:#57606a;font-weight:600}td.n{text-align:right;font-variant-numeric:tabular-nums}
""" + "".join(f".c{i}{{--bg:{bg};--ac:{accent}}}" for i, (bg, accent) in enumerate(_PALETTE))


def render_report(text: str, result: CleanResult, *, title: str = "cleaner report") -> str:
    """One page for one document: the input with its removals marked, and the output.

    `text` must be the input that produced `result` (for HTML input, what
    `cleaner.html.extract_text` returned), since removals are offsets into it.
    Each removal becomes one ``<mark>`` titled ``filter.rule (line N)``; the
    legend's counts are `result.stats`.

    >>> from cleaner import clean_and_explain
    >>> text = "Advertisement\\nHi <b>."
    >>> page = render_report(text, clean_and_explain(text))
    >>> page.count("<mark "), "Hi &lt;b&gt;." in page
    (1, True)
    """
    stats = result.stats
    summary = (
        f"{stats.chars_in:,} characters in, {stats.chars_removed:,} removed ({_share(stats):.1%}) "
        f"in {len(result.removals):,} removals; {len(result.text):,} characters out"
    )
    body = [
        f"<h1>{escape(title)}</h1>",
        f'<p class="summary">{escape(summary)}</p>',
        _legend(stats.counts),
        _warnings(result.warnings),
        '<div class="cols">',
        '<section class="box"><h2>Input, removals highlighted</h2>',
        f'<pre class="input">{_highlighted(text, result.removals)}</pre></section>',
        '<section class="box"><h2>Cleaned output, as rejoined</h2>',
        f'<div class="output">{_paragraphs(result.text)}</div></section>',
        "</div>",
        _removal_table(text, result.removals),
    ]
    return _page(title, body)


def render_batch_report(results: Iterable[tuple[str, CleanResult]], *, top: int = 50) -> str:
    """A summary page for many documents: totals per rule and what was removed most.

    `results` pairs a document's name (a file name) with its result; it is read
    once. The most frequent removed lines show what each rule is really taking
    across the corpus; the longest removed spans show prose, if a rule eats any;
    documents are listed by the share of their text that was removed.
    """
    corpus = _Corpus(top)
    for name, result in results:
        corpus.add(name, result)
    total = corpus.total
    summary = (
        f"{total.documents:,} documents, {total.chars_in:,} characters in, {total.chars_removed:,} "
        f"removed ({_share(total):.1%}) in {sum(total.counts.values()):,} removals"
    )
    rule_rows = [
        [_rule_cell(key), _n(count), _n(corpus.rule_docs[key]), _n(corpus.rule_chars[key])]
        for key, count in sorted(total.counts.items(), key=_rule_order)
    ]
    frequent = heapq.nlargest(top, corpus.line_rules.items(), key=lambda item: item[1].total())
    frequent_rows = [
        [_n(rules.total()), _n(corpus.line_docs[k]), _rules_cell(rules), _snippet(corpus.shown[k])]
        for k, rules in frequent
    ]
    longest_rows = [
        [_n(length), _td(name), _rule_cell(key), _snippet(line)]
        for length, _, name, key, line in sorted(corpus.longest, reverse=True)
    ]
    doc_rows = [
        [_td(name), _n(stats.chars_in), _percent(stats), _n(removals), _n(warnings)]
        for _, _, name, stats, removals, warnings in sorted(corpus.most_cut, reverse=True)
    ]
    tables = [
        ("Removals per rule", "rule removals documents chars", rule_rows),
        (f"Most frequent removed lines (top {top})", "times documents rules line", frequent_rows),
        (f"Longest removed spans (top {top}): prose?", "chars document rule text", longest_rows),
        (f"Documents most cut (top {top})", "document chars removed removals warnings", doc_rows),
    ]
    head = ["<h1>cleaner batch report</h1>", f'<p class="summary">{escape(summary)}</p>']
    body = [*head, _legend(total.counts), *(_table(h, c.split(), r) for h, c, r in tables)]
    return _page("cleaner batch report", body)


class _Corpus:
    """What the batch page needs, gathered in one pass; memory grows with distinct lines only."""

    def __init__(self, top: int) -> None:
        self.top = top
        self.total = Stats(documents=0)
        # removed lines, keyed casefolded and space-collapsed: their rules, documents, display
        self.line_rules: defaultdict[str, Counter[str]] = defaultdict(Counter)
        self.line_docs: Counter[str] = Counter()
        self.shown: dict[str, str] = {}
        self.rule_docs: Counter[str] = Counter()
        self.rule_chars: Counter[str] = Counter()
        # bounded min-heaps; the index keeps ties from comparing the rest
        self.longest: list[tuple[int, int, str, str, str]] = []
        self.most_cut: list[tuple[float, int, str, Stats, int, int]] = []

    def add(self, name: str, result: CleanResult) -> None:
        """Count one document's removals."""
        index, stats = self.total.documents, result.stats
        self.total += stats
        entry = (_share(stats), -index, name, stats, len(result.removals), len(result.warnings))
        _push_bounded(self.most_cut, entry, self.top)
        self.rule_docs.update({removal.key for removal in result.removals})
        seen: set[str] = set()
        for removal in result.removals:
            self.rule_chars[removal.key] += removal.end - removal.start
            line = " ".join(removal.evidence.split())
            if not line:
                continue
            key = line.casefold()
            self.shown.setdefault(key, line)
            self.line_rules[key][removal.key] += 1
            self.line_docs[key] += key not in seen
            seen.add(key)
            _push_bounded(self.longest, (len(line), -index, name, removal.key, line), self.top)


def _push_bounded(heap: list[T], item: T, size: int) -> None:
    """Keep the `size` largest items seen in the min-heap `heap`."""
    if len(heap) < size:
        heapq.heappush(heap, item)
    elif size and item > heap[0]:
        heapq.heapreplace(heap, item)


def _page(title: str, body: Sequence[str]) -> str:
    """The HTML document around `body`; its CSP lets nothing but inline styles in."""
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">\n'
        '<meta http-equiv="Content-Security-Policy" '
        "content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n<style>{_CSS}</style></head>\n<body>\n"
        + "\n".join(part for part in body if part)
        + "\n</body></html>\n"
    )


def colour_class(filter_name: str) -> str:
    """The CSS class that colours a filter: fixed for built-ins, stable for custom ones.

    >>> colour_class("browser_furniture"), colour_class("my_filter") == colour_class("my_filter")
    ('c0', True)
    """
    if filter_name in DEFAULT_ORDER:
        return f"c{DEFAULT_ORDER.index(filter_name) % len(_PALETTE)}"
    spares = len(_PALETTE) - len(DEFAULT_ORDER)
    return f"c{len(DEFAULT_ORDER) + zlib.crc32(filter_name.encode()) % spares}"


def _legend(counts: Mapping[str, int]) -> str:
    """One entry per filter: colour, name, total and the count of each of its rules."""
    by_filter: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for key, count in counts.items():
        filter_name, _, rule = key.partition(".")
        by_filter[filter_name][rule] += count
    if not by_filter:
        return '<section class="box legend"><h2>Nothing was removed</h2></section>'
    items = []
    for filter_name in sorted(by_filter, key=_filter_order):
        rules = by_filter[filter_name]
        detail = " · ".join(f"{escape(rule)} {count}" for rule, count in rules.most_common())
        items.append(
            f"<li>{_swatch(filter_name)}<b>{escape(filter_name)}</b> {sum(rules.values())} "
            f'<span class="rules">({detail})</span></li>'
        )
    heading = "<h2>Removed, by filter</h2>"
    return f'<section class="box legend">{heading}<ul>{"".join(items)}</ul></section>'


def _line_numbers(text: str, removals: Sequence[Removal]) -> list[int]:
    """The 1-based line on which each removal starts, as ``--explain`` prints it."""
    newlines = [i for i, char in enumerate(text) if char == "\n"]
    return [bisect.bisect_left(newlines, removal.start) + 1 for removal in removals]


def _highlighted(text: str, removals: Sequence[Removal]) -> str:
    """`text` escaped, each removal wrapped in a ``<mark>`` coloured by its filter."""
    ordered = sorted(removals, key=lambda r: r.start)
    parts: list[str] = []
    cursor = 0
    for removal, line in zip(ordered, _line_numbers(text, ordered), strict=True):
        start = max(removal.start, cursor)  # the pipeline never overlaps; be safe anyway
        parts.append(escape(text[cursor:start]))
        parts.append(
            f'<mark class="{colour_class(removal.filter)}" '
            f'title="{escape(removal.key)} (line {line})">'
            f"{escape(text[start : removal.end])}</mark>"
        )
        cursor = max(cursor, removal.end)
    parts.append(escape(text[cursor:]))
    return "".join(parts)


def _paragraphs(text: str) -> str:
    """The output, one block per paragraph so that the rejoined shape is visible."""
    paragraphs = [p for p in _PARAGRAPH_BREAK_RE.split(text.strip()) if p.strip()]
    if not paragraphs:
        return '<p class="empty">(nothing kept)</p>'
    return "".join(f"<p>{escape(paragraph)}</p>" for paragraph in paragraphs)


def _warnings(warnings: Sequence[str]) -> str:
    if not warnings:
        return ""
    items = "".join(f"<li>{escape(warning)}</li>" for warning in warnings)
    return f'<section class="box warn"><h2>Warnings</h2><ul>{items}</ul></section>'


def _removal_table(text: str, removals: Sequence[Removal]) -> str:
    if not removals:
        return ""
    rows = [
        [_n(line), _rule_cell(removal.key), _snippet(removal.evidence)]
        for removal, line in zip(removals, _line_numbers(text, removals), strict=True)
    ]
    table = _table("", ["line", "rule", "removed text"], rows)
    return f'<details class="box"><summary>All {len(removals)} removals</summary>{table}</details>'


def _table(heading: str, header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A table of ``<td>`` cells made by the helpers below, which escape their text."""
    head = "".join(f"<th>{escape(cell)}</th>" for cell in header)
    body = "".join("<tr>" + "".join(row) + "</tr>" for row in rows)
    table = f"<table><tr>{head}</tr>{body}</table>" if rows else '<p class="empty">(none)</p>'
    return f'<section class="box"><h2>{escape(heading)}</h2>{table}</section>' if heading else table


def _td(text: str) -> str:
    return f"<td>{escape(text)}</td>"


def _n(value: int) -> str:
    return f'<td class="n">{value:,}</td>'


def _share(stats: Stats) -> float:
    return stats.chars_removed / stats.chars_in if stats.chars_in else 0.0


def _percent(stats: Stats) -> str:
    return f'<td class="n">{_share(stats):.1%}</td>'


def _snippet(text: str) -> str:
    short = text if len(text) <= _SNIPPET_CHARS else text[: _SNIPPET_CHARS - 1] + "…"
    return f'<td class="t">{escape(short)}</td>'


def _swatch(filter_name: str) -> str:
    return f'<span class="sw {colour_class(filter_name)}"></span> '


def _rule_cell(key: str) -> str:
    return f'<td class="r">{_swatch(key.partition(".")[0])}{escape(key)}</td>'


def _rules_cell(rules: Counter[str]) -> str:
    entries = (
        f"{_swatch(key.partition('.')[0])}{escape(key)} ×{count}"
        for key, count in rules.most_common()
    )
    return f'<td class="r">{"<br>".join(entries)}</td>'


def _filter_order(filter_name: str) -> tuple[int, str]:
    in_order = filter_name in DEFAULT_ORDER
    return (DEFAULT_ORDER.index(filter_name) if in_order else len(DEFAULT_ORDER), filter_name)


def _rule_order(item: tuple[str, int]) -> tuple[tuple[int, str], int, str]:
    key, count = item
    return (_filter_order(key.partition(".")[0]), -count, key)

"""Markdown input: a plain view for the filters, and the way back to the Markdown.

Reader services and crawlers hand over whole pages as Markdown: menus as
``* [Home](/)`` lists, teasers as ``#### [Headline](/news/…)``, images as
``![alt](src)``. The filters judge words, not syntax, so each Markdown line is
read as the plain text a reader sees (`MarkdownView`): links become their
text, images and emphasis marks go, heading and quote markers go, list markers
stay (as in a plain rendering of a list). The view has exactly one line for
each line of the source, and every character of it knows where it came from,
so a removal the filters make in the view maps back to a span of the source
(`MarkdownView.to_source`) and the output keeps the Markdown of every kept
line.

What the view loses, the markup, is also evidence: which words were links.
`MarkdownView.link_chars` counts, per line, the characters of the view that
were link text, the link density that DOM extractors rely on.

Lines that hold only syntax (an image, a link reference definition, a
thematic break, an empty link) are blank in the view; `syntax_removals` takes
them out after the filters, together with the syntax lines whose content the
filters removed (the underline of a removed setext heading, the fences of a
removed code block, the delimiter row of a removed table).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Literal

from cleaner.document import Line, split_lines
from cleaner.markdown_syntax import (
    ATX_HEADING_RE,
    FENCE_RE,
    SETEXT_UNDERLINE_RE,
    TABLE_DELIMITER_RE,
    closes_fence,
)
from cleaner.models import Format, Removal, trusted_removal

FILTER_NAME = "markdown"

# Inline constructs, found left to right. An image may stand inside a link's text
# ("[![logo](a.png)](/)"); a link's destination may hold one level of brackets
# (Wikipedia URLs) and a title.
# An image's alt text holds no bracket but an escaped one, so a search that fails
# stops at the next "[": a line of "![![![..." is read in linear time.
# Runs of plain characters are taken whole and never given back (`++`, `*+`): `re`
# steps through a repeated alternation one character at a time, saving its state at
# each, which made these patterns most of the time spent reading a Markdown page.
# No match is lost: what follows each run (a bracket, a parenthesis, a space) can
# never start inside it. In a link's text, "!" is tried as an image before it is
# taken as a character, as the one-character alternation found it on backtracking.
_IMAGE = (
    r"!\[(?:[^\[\]\\\n]++|\\.)*+\]"
    r"\((?:[^()\s]++|\([^()\s]*+\))*+(?:\s+(?:\"[^\"\n]*\"|'[^'\n]*'))?\s*\)"
)
_DESTINATION = (
    r"\((?:<[^>\n]*>|(?:[^()\s]++|\([^()\s]*+\))*+)"
    r"(?:\s+(?:\"[^\"\n]*\"|'[^'\n]*'))?\s*\)"
)
# Every inline construct of `_INLINE_RE` starts with one of these: a line without
# them (most paragraphs of an article) is its own plain reading.
_INLINE_START_RE = re.compile(r"[\[!<\\`*_~]")
_INLINE_RE = re.compile(
    rf"(?P<image>{_IMAGE})"
    rf"|(?P<link>\[(?P<text>(?:[^\[\]\\\n!]++|\\.|{_IMAGE}|!)*+)\]"
    rf"(?:(?P<dest>{_DESTINATION})|\[(?P<ref>[^\]\n]*)\]))"
    r"|(?P<auto><(?P<url>(?:https?|ftp)://[^\s<>]+|[^\s<>@]+@[^\s<>@]+\.\w+)>)"
    r"|(?P<escape>\\[!-/:-@\[-`{-~])"
    r"|(?P<code>`+)"
    r"|(?P<emphasis>\*+|_+|~~)"
)
_CLOSING_HASHES_RE = re.compile(r"[ \t]+#+[ \t]*$")
# The end of a link that opened lines above: what the inline reading leaves of it.
_BLOCK_LINK_CLOSE_RE = re.compile(rf"\]{_DESTINATION}")
BLOCK_LINK_MAX_LINES = 12  # a card: picture, kicker, headline, summary, byline, date
_WORD_RE = re.compile(r"\w")
_QUOTE_RE = re.compile(r" {0,3}(?:>[ \t]?)+")
_THEMATIC_BREAK_RE = re.compile(r" {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_REFERENCE_RE = re.compile(r" {0,3}\[[^\]\n]+\]:[ \t]*\S")
_LIST_MARKER_RE = re.compile(r"[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+")
# What the block patterns above (fences, setext underlines, thematic breaks, references,
# table rules, headings, quotes, list markers) take as a line's first character after
# spaces and tabs; a digit (`str.isdecimal`, as `\d` reads it) opens a numbered item too.
_BLOCK_SIGNS = frozenset("`~=-*_[|:#>+")

# Sniffing: how a text shows itself as Markdown. Inline links and images are
# what plain text never has; an ATX heading or a fence is nearly as rare in it.
_SNIFF_LINK_RE = re.compile(r"\]\((?:[^()\s]|\([^()\s]*\))+\)")
_SNIFF_BLOCK_RE = re.compile(
    r"^ {0,3}(?:#{1,6}[ \t]+\S|`{3,}|~{3,}|\|?[ \t]*:?-{3,}:?[ \t]*\|[ \t]*:?-{3,})", re.MULTILINE
)
# A line break, up to three spaces, then what can open a block that `_SNIFF_BLOCK_RE` takes.
_LINE_OPENING_RE = re.compile(r"\n {0,3}[#`~|:-]")
_BLOCK_FIRSTS = frozenset("#`~|:-")
MIN_MARKDOWN_SIGNS = 2
"""Links, images, ATX headings, fences and table rules a text needs to be read as Markdown."""

LineKind = Literal[
    "text", "heading", "setext", "fence", "code", "table_delimiter", "syntax", "blank"
]


@dataclass(frozen=True, slots=True)
class ViewLine:
    """One source line read as plain text.

    `pieces` maps the view back: each ``(view_offset, source_offset, length)``
    copies `length` characters of the source line, from `source_offset`, to
    `view_offset` in the view line (offsets within the line). Characters of the
    view outside every piece were added (a space between two adjacent links).
    `links` holds the ``(start, end)`` of each link's text in the view line
    and the ``(start, end)`` of the whole link in the source line, so that a
    removal of all its text can take its syntax too.
    """

    source: Line
    text: str
    kind: LineKind
    pieces: tuple[tuple[int, int, int], ...]
    link_chars: int
    links: tuple[tuple[int, int, int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class MarkdownView:
    """The plain reading of a Markdown text, line for line, with the way back."""

    source: str
    lines: tuple[ViewLine, ...]
    text: str
    starts: tuple[int, ...]
    """Where each line starts in `text`."""

    @classmethod
    def of(cls, source: str) -> MarkdownView:
        """Read `source` as Markdown.

        >>> view = MarkdownView.of("## [Home](/) and **more**\\n![logo](a.png)")
        >>> view.text
        'Home and more\\n'
        >>> [line.kind for line in view.lines], view.lines[0].link_chars
        (['heading', 'syntax'], 4)
        """
        lines = tuple(read_lines(list(split_lines(source))))
        text = "\n".join(line.text for line in lines)
        starts = tuple(_starts(line.text for line in lines))
        return cls(source=source, lines=lines, text=text, starts=starts)

    @property
    def link_chars(self) -> dict[int, int]:
        """Per line number, how many characters of the view line were link text.

        The lines of a link that spans lines (`block_links`) are link text whole.
        """
        found = {line.source.number: line.link_chars for line in self.lines if line.link_chars}
        for index in block_links(self.lines):
            line = self.lines[index]
            found[line.source.number] = len(line.text.strip())
        return found

    def to_source(self, removal: Removal) -> Removal:
        """The span of the source that a removal in the view stands for.

        A removal of a whole view line takes the whole source line; one inside
        a line takes the source characters it covers, and the syntax of every
        link whose text it covers entirely (so no ``[](/url)`` is left behind).
        """
        index = bisect.bisect_right(self.starts, removal.start) - 1
        line = self.lines[index]
        offset = self.starts[index]
        start, end = removal.start - offset, removal.end - offset
        source = line.source
        if start <= _first_visible(line.text) and end >= len(line.text.rstrip()):
            begin, finish = source.start, source.end
        else:
            begin = source.start + _source_offset(line, start, at_end=False)
            finish = source.start + _source_offset(line, end, at_end=True)
            for view_start, view_end, link_start, link_end in line.links:
                if start <= view_start and view_end <= end:
                    begin = min(begin, source.start + link_start)
                    finish = max(finish, source.start + link_end)
        if removal.paragraph_break:
            return removal.model_copy(
                update={"start": begin, "end": finish, "evidence": self.source[begin:finish]}
            )
        return trusted_removal(
            removal.filter, removal.rule, begin, finish, self.source[begin:finish]
        )


def looks_like_markdown(text: str) -> bool:
    """Whether `text` shows Markdown syntax: links, images, ATX headings, fences, table rules.

    Plain text has no ``[text](url)``; two such signs are enough, so a cleaned
    Markdown article (a headline and a link) is read as Markdown again.

    >>> looks_like_markdown("# Storm\\nSee [the report](https://example.org/r).")
    True
    >>> looks_like_markdown("* Home\\n* News\\nThe council met (on Monday).")
    False
    """
    signs = 0
    # Candidates are found with plain substring and literal searches, which run
    # far faster over a page than a pattern anchored at every line start.
    at = text.find("](")
    while at >= 0:
        if _SNIFF_LINK_RE.match(text, at):
            signs += 1
            if signs >= MIN_MARKDOWN_SIGNS:
                return True
        at = text.find("](", at + 2)
    for opening in _line_openings(text):
        if _SNIFF_BLOCK_RE.match(text, opening):
            signs += 1
            if signs >= MIN_MARKDOWN_SIGNS:
                return True
    return False


def _line_openings(text: str) -> Iterator[int]:
    """Where the lines that could open a Markdown block start: "#", a fence, a table rule."""
    if text[:4].lstrip(" ")[:1] in _BLOCK_FIRSTS:
        yield 0
    for match in _LINE_OPENING_RE.finditer(text):
        yield match.start() + 1


def resolve_format(text: str, requested: Format) -> Literal["text", "markdown"]:
    """The format a document is read in: the requested one, else the sniffed one."""
    if requested != "auto":
        return requested
    return "markdown" if looks_like_markdown(text) else "text"


def read_lines(source_lines: Sequence[Line]) -> Iterator[ViewLine]:
    """Read each source line as plain text, knowing which lines are code or table syntax."""
    fence = ""
    for index, line in enumerate(source_lines):
        raw = line.text
        if not _may_open_block(line):  # most lines: no block pattern can match
            yield _read_unmarked(line, in_code=bool(fence))
            continue
        if fence:
            if closes_fence(FENCE_RE.match(raw), fence):
                fence = ""
                yield _verbatim(line, "fence")
            else:
                yield _verbatim(line, "code")
            continue
        opening = FENCE_RE.match(raw)
        if opening:
            fence = opening.group(1)
            yield _verbatim(line, "fence")
            continue
        if not line.stripped:
            yield ViewLine(line, "", "blank", (), 0)
            continue
        if SETEXT_UNDERLINE_RE.match(raw) and _underlines(
            source_lines[index - 1] if index else None
        ):
            yield ViewLine(line, "", "setext", (), 0)
            continue
        if _THEMATIC_BREAK_RE.match(raw) or _REFERENCE_RE.match(raw):
            yield ViewLine(line, "", "syntax", (), 0)
            continue
        if TABLE_DELIMITER_RE.match(raw):
            yield _verbatim(line, "table_delimiter")
            continue
        yield _read_inline(line)


def block_links(lines: Sequence[ViewLine]) -> Iterator[int]:
    """The indexes of the text lines inside links that span lines.

    A page's card (a teaser's picture, headline and date inside one ``<a>``)
    becomes a link whose text runs over several lines: ``[`` opens it at the
    end or the start of a line and ``](/url)`` closes it a few lines below.
    The inline reading of each line cannot see it, and leaves the brackets in
    the view; these lines are link text all the same.
    """
    opened: int | None = None
    for index, line in enumerate(lines):
        if line.kind in ("fence", "code"):
            opened = None
        if line.kind not in ("text", "heading"):
            continue
        if opened is not None and index - opened > BLOCK_LINK_MAX_LINES:
            opened = None
        closing = _BLOCK_LINK_CLOSE_RE.search(line.text) if opened is not None else None
        if opened is not None and closing is not None:
            inside = [i for i in range(opened, index + 1) if lines[i].kind in ("text", "heading")]
            opening = lines[opened].text
            shown = " ".join(
                [
                    opening[opening.rfind("[") + 1 :]
                    if opening.rstrip().endswith("[")
                    else opening,
                    *(lines[i].text for i in inside[1:-1]),
                    line.text[: closing.start()],
                ]
            ).strip(" [*_")
            # A link with no words shown, or one that shows its address, is no card.
            if _WORD_RE.search(shown) and not shown.startswith(("http://", "https://", "www.")):
                yield from inside
            opened = None
        if _opens_block_link(line.text):
            opened = index


def _may_open_block(line: Line) -> bool:
    """Whether a block pattern may match `line`: its first visible character is a block sign.

    `Line.stripped` drops the spaces and tabs that the patterns allow in front.
    """
    first = line.stripped[:1]
    return first in _BLOCK_SIGNS or first.isdecimal()


def _read_unmarked(line: Line, *, in_code: bool) -> ViewLine:
    """What `read_lines` makes of a line that no block pattern matches: code, blank or text."""
    if in_code:
        return _verbatim(line, "code")
    if not line.stripped:
        return ViewLine(line, "", "blank", (), 0)
    return _read_inline(line, marked=False)


def _opens_block_link(text: str) -> bool:
    """Whether a line opens a link that it does not close: "[ Headline", "](/a) [" or "["."""
    stripped = text.strip()
    if stripped.endswith("["):
        return True
    return stripped.startswith("[") and "]" not in stripped


def _underlines(above: Line | None) -> bool:
    """Whether a line of ``===`` or ``---`` makes the line above a setext heading.

    Only a line of paragraph text can be one; under a list item, a heading, a
    quote or a blank line, ``---`` is a thematic break.
    """
    if above is None or not above.stripped:
        return False
    raw = above.text
    return not (
        _LIST_MARKER_RE.match(raw)
        or ATX_HEADING_RE.match(raw)
        or _QUOTE_RE.match(raw)
        or FENCE_RE.match(raw)
        or SETEXT_UNDERLINE_RE.match(raw)
    )


def _verbatim(line: Line, kind: LineKind) -> ViewLine:
    return ViewLine(line, line.text, kind, ((0, 0, len(line.text)),) if line.text else (), 0)


def _read_inline(line: Line, *, marked: bool = True) -> ViewLine:
    """The plain reading of one line outside code: markers and inline syntax dropped.

    A line that is not `marked` (see `_may_open_block`) has no heading, quote or list marker.
    """
    raw = line.text
    kind: LineKind = "text"
    cursor = 0
    end = len(raw)
    heading = ATX_HEADING_RE.match(raw) if marked else None
    if heading:
        kind = "heading"
        cursor = heading.end()
        closing = _CLOSING_HASHES_RE.search(raw, cursor)
        if closing:
            end = closing.start()
    elif marked:
        quote = _QUOTE_RE.match(raw)
        if quote:
            cursor = quote.end()
        item = _LIST_MARKER_RE.match(raw, cursor)
        inner = item and ATX_HEADING_RE.match(raw, item.end())
        if item and inner:  # "* ## [Headline](/url)": a teaser list's heading
            builder = _Builder(raw)
            builder.copy(cursor, item.end())
            _read_span(builder, inner.end(), end)
            return _built(line, builder, "heading")
    if not _INLINE_START_RE.search(raw, cursor, end):  # no inline syntax: one piece
        text = raw[cursor:end]
        if not text.strip():
            return ViewLine(line, "", "syntax", (), 0)
        return ViewLine(line, text, kind, ((0, cursor, len(text)),), 0)
    builder = _Builder(raw)
    _read_span(builder, cursor, end)
    return _built(line, builder, kind)


def _built(line: Line, builder: _Builder, kind: LineKind) -> ViewLine:
    """The view line that `builder` holds; a line of syntax alone when it has no text."""
    text = builder.text()
    if not text.strip():
        return ViewLine(line, "", "syntax", (), 0)
    return ViewLine(
        line, text, kind, tuple(builder.pieces), builder.link_chars, tuple(builder.links)
    )


def _read_span(builder: _Builder, start: int, end: int) -> None:
    """Copy `raw[start:end]` into the view, reading links, images, escapes and emphasis."""
    raw = builder.raw
    cursor = start
    for match in _inline_matches(raw, start, end):
        builder.copy(cursor, match.start())
        cursor = match.end()
        group = match.lastgroup
        if group == "link":
            text_start, text_end = match.span("text")
            if (
                builder.length
                and builder.ends_with_word()
                and raw[match.start() - 1 : match.start()] == ")"
            ):
                builder.add(" ")  # "[Subscribe](/s)[Sign In](/l)": two entries, not one word
            view_start = builder.length
            _read_span(builder, text_start, text_end)
            view_end = builder.length
            if view_end > view_start:
                builder.links.append((view_start, view_end, match.start(), match.end()))
                builder.link_chars += view_end - view_start
        elif group == "auto":
            view_start = builder.length
            builder.copy(*match.span("url"))
            builder.links.append((view_start, builder.length, match.start(), match.end()))
            builder.link_chars += builder.length - view_start
        elif group == "escape":
            builder.copy(match.start() + 1, match.end())
        elif group == "emphasis" and not _is_flanking(raw, match.start(), match.end()):
            builder.copy(match.start(), match.end())  # "2 * 3", "snake_case": not a mark
    builder.copy(cursor, end)


def _inline_matches(raw: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The matches of `_INLINE_RE` in `raw[start:end]`, as `finditer` finds them.

    Each construct starts with a character of `_INLINE_START_RE`: the pattern is
    tried only there, not at every character of the text between (where `re`
    tries each of its alternatives in turn).
    """
    find_start, match_inline = _INLINE_START_RE.search, _INLINE_RE.match
    position = start
    while (found := find_start(raw, position, end)) is not None:
        match = match_inline(raw, found.start(), end)
        if match is None:
            position = found.start() + 1
        else:
            yield match
            position = match.end()  # every construct holds a character: no empty match


def _is_flanking(raw: str, start: int, end: int) -> bool:
    """Whether a run of ``*``, ``_`` or ``~`` opens or closes emphasis rather than standing in text.

    It must touch a word on one side only; ``_`` inside a word ("snake_case")
    and a lone ``*`` between spaces ("2 * 3") are text; ``__`` or ``****``
    between spaces is an empty emphasis (``<i></i>``), markup.
    """
    before = raw[start - 1] if start else " "
    after = raw[end] if end < len(raw) else " "
    if before.isspace() and after.isspace():
        run = end - start
        return (raw[start] == "_" and run >= 2) or (raw[start] == "*" and run >= 4)
    opens = not after.isspace() and (before.isspace() or not before.isalnum())
    closes = not before.isspace() and (after.isspace() or not after.isalnum())
    if raw[start] == "_" and before.isalnum() and after.isalnum():
        return False
    return opens or closes


class _Builder:
    """Collects the view of one line and the pieces that map it back to the source."""

    __slots__ = ("_parts", "length", "link_chars", "links", "pieces", "raw")

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self._parts: list[str] = []
        self.pieces: list[tuple[int, int, int]] = []
        self.links: list[tuple[int, int, int, int]] = []
        self.length = 0
        self.link_chars = 0

    def copy(self, start: int, end: int) -> None:
        if end <= start:
            return
        self._parts.append(self.raw[start:end])
        self.pieces.append((self.length, start, end - start))
        self.length += end - start

    def add(self, text: str) -> None:
        self._parts.append(text)
        self.length += len(text)

    def ends_with_word(self) -> bool:
        return bool(self._parts) and self._parts[-1][-1:].isalnum()

    def text(self) -> str:
        return "".join(self._parts)


def _first_visible(text: str) -> int:
    return len(text) - len(text.lstrip())


def _source_offset(line: ViewLine, view_offset: int, *, at_end: bool) -> int:
    """Where a view offset of `line` falls in its source line.

    A start maps to the source character it copies; an end to just past the
    source character before it. An offset in added text maps to the next
    (or, for an end, the previous) copied character.
    """
    pieces = line.pieces
    if not pieces:
        return 0
    if at_end:
        index = bisect.bisect_left(pieces, (view_offset, -1, -1)) - 1
        if index < 0:
            return pieces[0][1]
        view_start, source_start, length = pieces[index]
        return source_start + min(view_offset - view_start, length)
    index = bisect.bisect_right(pieces, (view_offset, len(line.source.text) + 1, 0)) - 1
    if index < 0:
        return pieces[0][1]
    view_start, source_start, length = pieces[index]
    if view_offset - view_start >= length:  # in added text: the next copied character
        return pieces[index + 1][1] if index + 1 < len(pieces) else source_start + length
    return source_start + view_offset - view_start


def _starts(texts: Iterator[str]) -> Iterator[int]:
    offset = 0
    for text in texts:
        yield offset
        offset += len(text) + 1


def syntax_removals(view: MarkdownView, removed: Sequence[Removal]) -> Iterator[Removal]:
    """The syntax lines to take out once the filters have removed what they found.

    Lines of syntax alone (images, link definitions, thematic breaks, empty
    links) always go; a setext underline goes with its heading, and the fences
    of a code block and the delimiter row of a table go when nothing of their
    block is left. `removed` are the filters' removals, in source offsets.
    """
    whole = {(r.start, r.end) for r in removed}
    gone = [
        (line.source.start, line.source.end) in whole or line.kind == "syntax"
        for line in view.lines
    ]
    for index, line in enumerate(view.lines):
        source = line.source
        if line.kind == "syntax":
            if (source.start, source.end) not in whole:
                image = source.stripped.startswith(("![", "[!["))
                yield _syntax(source, "image" if image else "syntax")
            continue
        if gone[index] or line.kind in ("text", "heading", "code", "blank"):
            continue
        if line.kind == "setext":
            above = index - 1
            if above >= 0 and gone[above]:
                yield _syntax(source, "syntax")
        elif line.kind == "table_delimiter":
            if _block_gone(view.lines, gone, index):
                yield _syntax(source, "syntax")
        elif line.kind == "fence" and _fenced_gone(view.lines, gone, index):
            yield _syntax(source, "syntax")


def _syntax(line: Line, rule: str) -> Removal:
    return trusted_removal(FILTER_NAME, rule, line.start, line.end, line.text)


def _block_gone(lines: Sequence[ViewLine], gone: Sequence[bool], index: int) -> bool:
    """Whether every non-blank neighbour of a table's delimiter row in its block was removed."""
    for step in (-1, 1):
        at = index + step
        while 0 <= at < len(lines) and lines[at].kind != "blank":
            if not gone[at]:
                return False
            at += step
    return True


def _fenced_gone(lines: Sequence[ViewLine], gone: Sequence[bool], index: int) -> bool:
    """Whether all the code between this fence and its partner was removed."""
    step = 1 if index + 1 < len(lines) and lines[index + 1].kind == "code" else -1
    at = index + step
    while 0 <= at < len(lines) and lines[at].kind == "code":
        if lines[at].source.stripped and not gone[at]:
            return False
        at += step
    return True

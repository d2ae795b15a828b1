"""Rebuild paragraphs from the kept lines: the step after the filters.

Scraped text breaks lines where an inline link or an ad slot used to be
("... has also been driving" / "a global AI recruitment initiative ."), and
e-mail text is hard-wrapped at a fixed width. `rejoin` joins such lines back
into paragraphs, separates paragraphs with one blank line, and keeps lists and
code as blocks with their line breaks. It changes only whitespace, with two
exceptions: the space a removed link leaves before "." or "," goes, and a word
hyphenated across a line break ("recruit-" / "ment") is mended.

The single decision point is `should_join` (given the line after, too); `rejoin`
is idempotent.

Script rules (`ScriptRules`, chosen by the document's language): Chinese and
Japanese lines join without a space, other scripts with one; sentences end at
``.!?`` and at ``。！？`` (CJK), ``।`` (Devanagari), ``؟`` (Arabic); a word is
mended across a hyphen only in scripts that hyphenate (Latin, Cyrillic, Greek).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING, NamedTuple

import regex

from cleaner import _core, lexicons
from cleaner.document import INVISIBLE, is_blank_text
from cleaner.markdown_syntax import (
    ATX_HEADING_RE,
    FENCE_RE,
    SETEXT_UNDERLINE_RE,
    TABLE_DELIMITER_RE,
    closes_fence,
)
from cleaner.models import RejoinSettings
from cleaner.shape import ends_sentence

if TYPE_CHECKING:
    from cleaner.document import Line

_NEWLINE_RE = regex.compile(r"\r\n|\r|\n")
# List markers: bullets, numbers, letters; "o" and "+" are the second and third
# levels of nested lists in layout-aware renderings (inscriptis), always indented.
_MARKERS = r"(?:[-*•·‣◦▪▸►✓✔]|\d{1,3}[.)]|[a-z][.)]|\(\d{1,3}\)|\([a-z]\)|(?<=^\s+)[o+])"
_MARKER_RE = regex.compile(rf"\s*{_MARKERS}\s+")
_CODE_RE = regex.compile(r"(?: {4}|\t)\s*\S")
_CLOSING_START_RE = regex.compile(r"[.,;:!?)\]}”’。，、；：！？）」』》〉】،؛]")
_OPENING_END_RE = regex.compile(r"[(\[{“‘「『《〈【（«„]$")
_HYPHENATED_END_RE = regex.compile(r"(\p{L}+)-$")
_CJK_RE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
# Characters next to which Chinese and Japanese put no space: CJK letters, CJK
# punctuation ("、", "。", "「") and full-width forms.
_SPACELESS_RE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}ー\u3000-\u303f\uff00-\uffef]")
_SPACES_RE = regex.compile(r"[^\S\n]+")
# Every character but " " that `_SPACES_RE` matches (tests/test_rejoin.py checks this
# against the pattern): a text without them and without "  " has nothing to collapse.
OTHER_SPACES = (
    "\t\v\f\r\x85\xa0\u1680"
    + "".join(map(chr, range(0x2000, 0x200B)))
    + "\u2028\u2029\u202f\u205f\u3000"
)
_OTHER_SPACE_RE = regex.compile(f"[{regex.escape(OTHER_SPACES)}]")
_SPACE_BEFORE_STOP_RE = regex.compile(r"(?<=\S)[^\S\n]+(?=[.,](?:\s|$))")

# Words after which an English sentence cannot stop: a line ending in one of
# them continues on the next line even when that line starts with a capital
# ("... according to the" / "World Health Organization").
CONTINUING_WORDS = frozenset(
    """a an the and or but nor of to in on at by for with from into onto about as than
    that which who whom whose its their his her our your my this these those such via per
    is are was were be been being has have had will would can could should may might must
    including between among under over after before during against without within""".split()
)


@dataclass(frozen=True, slots=True)
class ScriptRules:
    """How the lines of one language's script join.

    `continuing_words` are the words after which a sentence cannot stop: the
    language's own ``lexicons/<lang>/continuing_words.txt``, else the English
    ones (German "an" ends a clause: "Er kündigt die Reform an").
    """

    spaceless: bool = False
    hyphenates: bool = True
    continuing_words: frozenset[str] = CONTINUING_WORDS
    # The native core's decisions under these rules, built once (`rules_for` is cached).
    joiner: _core.Joiner = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        joiner = _core.Joiner(self.spaceless, self.hyphenates, sorted(self.continuing_words))
        object.__setattr__(self, "joiner", joiner)  # a frozen dataclass's own field


@cache
def rules_for(lang: str) -> ScriptRules:
    """The `ScriptRules` of a language code; unknown codes ("und") get the default rules.

    >>> rules_for("ja").spaceless, rules_for("ko").spaceless, rules_for("ko").hyphenates
    (True, False, False)
    """
    if lang not in lexicons.languages():
        return DEFAULT_RULES
    own = lexicons.load_lines(lang, "continuing_words")
    facts = lexicons.language_facts(lang)  # lexicons/<lang>/language.toml
    return ScriptRules(
        spaceless=facts.spaceless,
        hyphenates=facts.hyphenates,
        continuing_words=frozenset(w.casefold() for w in own) if own else CONTINUING_WORDS,
    )


DEFAULT_RULES = ScriptRules()

# Prefixes that keep their hyphen when a word is split after them: "self-" / "employed".
KEEP_HYPHEN_PREFIXES = frozenset(
    "self ex all well half cross quasi non anti pro co vice great post pre multi".split()
)
# How far back from the end of a paragraph joining decisions look (the native
# core's `TAIL_CHARS`, src/joins.rs, is the same).
_TAIL_CHARS = 120
# A text-browser dump (lynx, w3m) wraps every paragraph at the terminal's width,
# so its lines pile up just short of that width: of the lines of at least
# WRAP_SAMPLE_MIN_CHARS, the band of WRAP_BAND columns under the width (that of
# the longest lines, leaving out the longest few per hundred: URLs) holds at
# least WRAP_MIN_BAND_LINES and WRAP_MIN_BAND_SHARE of them, and WRAP_PILE_UP
# times as many as the band below it; and most lines of the band
# (WRAP_MIN_UNFINISHED) break off inside a sentence. A short article amid
# teaser lists may not pile up so: its wrap shows in WRAP_MIN_BREAKS lines of
# the band that break off inside a sentence where the next line's first word
# would not have fitted (no unwrapped rendering of the bench has more than two).
WRAP_SAMPLE_MIN_CHARS = 20
WRAP_SAMPLE_MIN_LINES = 10
WRAP_WIDEST_SHARE = 0.98
WRAP_BAND = 15
WRAP_MIN_BAND_LINES = 8
WRAP_MIN_BAND_SHARE = 0.15
WRAP_PILE_UP = 2.0
WRAP_MIN_UNFINISHED = 0.5
WRAP_MIN_BREAKS = 5
WRAP_MIN_WIDTH = 60
WRAP_MAX_WIDTH = 200
# Hard-wrapped text: lines fill at least this share of the widest line.
_WRAP_FILL = 0.7
_WRAP_MIN_WIDTH = 30
_WRAP_MAX_WIDTH = 100


is_list_item = _core.is_list_item
"""A bulleted or numbered line: "- item", "2. item", "(a) item", an indented "o item".

The native core decides it (`src/shape.rs`); `_MARKERS` is the same grammar,
which `list_marker` uses to give the marker itself.
"""

has_code_signs = _core.has_code_signs
"""A sign of code: a bracket, ``=`` or ``;``, a call ("f("), or a code opening (`src/shape.rs`)."""


def list_marker(line: str) -> str:
    """The marker that opens a list item with the space after it ("  * ", "2. "), or "".

    >>> list_marker("  * Spain"), list_marker("2. Two"), list_marker("Spain")
    ('  * ', '2. ', '')
    """
    marker = _MARKER_RE.match(line) if is_list_item(line) else None
    return marker.group() if marker else ""


def is_code(line: str) -> bool:
    """An indented line (four spaces or a tab) that is not a list item."""
    return _is_indented(line) and not is_list_item(line)


def _is_indented(line: str) -> bool:
    return line[:1] in (" ", "\t") and bool(_CODE_RE.match(line))


should_join = _core.should_join
"""Decide whether `nxt` continues the paragraph that `prev` ends.

``should_join(prev, nxt, rules=None, *, after="")``, decided by the native core
(`src/joins.rs`); `rules` is a `ScriptRules` (None: `DEFAULT_RULES`). Rules, in
order:

- a line starting with closing punctuation joins (``page`` / ``.``);
- after a short label and its colon, a line starting with a letter joins:
  a label set in bold before its text (``Viera (3-0):`` / ``K. Hupfer 1
  goal.``); a sentence ending in a colon ("Here is the thing:") stays apart
  from what follows, list items after a colon are a list, and a line
  starting with a digit stays apart (``Ingredients:`` / ``2 cups flour``);
  after a colon or a sentence end, a line that is a web address joins (the
  link to what the sentence names);
- after a sentence end, no join (a headline-like line that ends a sentence
  stays its own paragraph);
- a line starting in lower case joins (``driving`` / ``a global ...``);
- after a comma, a dash, an opening bracket, or a word that cannot end a
  sentence ("the", "of", "and"), join; so does an aside opened by a
  bracket or a dash (``Pavle Petrović`` / ``(Serbia) found ...``), unless
  the line ends in a web address; a date joins the attribution above it
  (``— Jane Doe (@jdoe)`` / ``November 18, 2019``);
- Chinese and Japanese lines join after a particle, or inside a long
  sentence that a comma has opened;
- given the line `after` `nxt`, a short fragment that stands between two
  parts of one sentence joins: the text of an inline link (``... better
  reviewed $99`` / ``Logitech MX Master 3`` / ``. I received``);
- otherwise no join: "Headline" / "The article starts" stay apart.

Each decision reads only the last `_TAIL_CHARS` characters of `prev`, so
rebuilding a long paragraph stays linear in its length. `rules` adds the
language's own continuing words ("der", "de", "и").

>>> should_join("Alibaba has also been driving", "a global AI initiative .")
True
>>> should_join("ByteDance kicks off recruitment", "Taobao and Tmall Group said")
False
"""


def join_pair(
    prev: str, nxt: str, *, mend_hyphens: bool = True, rules: ScriptRules = DEFAULT_RULES
) -> str:
    """Join two lines of one paragraph with the right separator.

    In a spaceless language (Chinese, Japanese) no space goes next to a CJK
    character; a hyphen is mended only where `rules` say words are hyphenated.

    >>> join_pair("recruit-", "ment drive")
    'recruitment drive'
    >>> join_pair("self-", "employed")
    'self-employed'
    >>> join_pair("阿里巴巴的", "招聘")
    '阿里巴巴的招聘'
    >>> join_pair("使用", "Python", rules=rules_for("ja"))
    '使用Python'
    """
    prev, nxt = prev.rstrip(), nxt.lstrip()
    if not prev or not nxt:
        return prev + nxt
    drop, separator = _separator(prev, nxt, mend_hyphens=mend_hyphens, rules=rules)
    return prev[: len(prev) - drop] + separator + nxt


def _separator(  # noqa: PLR0911  (a decision list, read in order)
    prev: str, nxt: str, *, mend_hyphens: bool, rules: ScriptRules
) -> tuple[int, str]:
    """How to join: how many characters to drop from the end of `prev`, and what to put between.

    `prev` ends without whitespace and `nxt` starts without it; both are non-empty.
    """
    prev = prev[-_TAIL_CHARS:]
    hyphenated = _HYPHENATED_END_RE.search(prev)
    if hyphenated and nxt[0].isupper():
        return 0, ""  # a compound before a name: "mid-" + "April"
    if hyphenated and nxt[0].islower() and not prev.endswith("--"):
        if (
            mend_hyphens
            and rules.hyphenates
            and hyphenated.group(1).casefold() not in KEEP_HYPHEN_PREFIXES
        ):
            return 1, ""
        return 0, ""
    if _CLOSING_START_RE.match(nxt) or _OPENING_END_RE.search(prev):
        return 0, ""
    if _CJK_RE.match(prev[-1]) and _CJK_RE.match(nxt[0]):
        return 0, ""
    if rules.spaceless and (_SPACELESS_RE.match(prev[-1]) or _SPACELESS_RE.match(nxt[0])):
        return 0, ""
    return 0, " "


display_width = _core.display_width
"""How many terminal columns `text` takes: CJK and full-width characters take two.

>>> display_width("abc"), display_width("商標abc")
(3, 7)
"""


def wrap_width(lines: Iterable[str]) -> int | None:
    """The width a text-browser dump was wrapped at, or None for text that is not wrapped.

    Lynx and w3m break every paragraph at the terminal's width, so their
    longer lines pile up within a word or two of one width, and none goes
    past it, and most of those lines stop inside a sentence; a layout-aware
    rendering or Markdown puts each paragraph on one line of its own length,
    ending with its sentence, and their lengths spread out. The width is that
    of the longest lines, leaving out the few that do not wrap (a long URL).

    >>> wrap_width(["word " * 14 + "end"] * 20 + ["short"])
    73
    >>> wrap_width(["One paragraph of its own length."] * 3) is None
    True
    """
    lines = list(lines)
    sample = [
        line.rstrip()
        for line in lines
        if len(line) >= WRAP_SAMPLE_MIN_CHARS and len(line.strip()) >= WRAP_SAMPLE_MIN_CHARS
    ]
    if len(sample) < WRAP_SAMPLE_MIN_LINES:
        return None
    measured = list(map(display_width, sample))
    widths = sorted(measured)
    width = widths[int(len(widths) * WRAP_WIDEST_SHARE) - 1]
    if not WRAP_MIN_WIDTH <= width <= WRAP_MAX_WIDTH:
        return None
    top = bisect.bisect_right(widths, width)
    band_start = bisect.bisect_left(widths, width - WRAP_BAND)
    band = top - band_start
    below = band_start - bisect.bisect_left(widths, width - 2 * WRAP_BAND)
    wrapped = (
        band >= WRAP_MIN_BAND_LINES
        and band >= WRAP_MIN_BAND_SHARE * len(widths)
        and band >= WRAP_PILE_UP * below
    )
    if not wrapped and _wrap_breaks(lines, width) < WRAP_MIN_BREAKS:
        return None
    low = width - WRAP_BAND
    in_band = [line for line, wide in zip(sample, measured, strict=True) if low <= wide <= width]
    unfinished = sum(not ends_sentence(line) for line in in_band)
    return width if unfinished >= WRAP_MIN_UNFINISHED * band else None


def _wrap_breaks(lines: list[str], width: int) -> int:
    """How many lines of the band under `width` a wrap broke inside a sentence (`is_wrap_break`).

    Counting stops at `WRAP_MIN_BREAKS`: that many settle it.
    """
    low = width - WRAP_BAND
    found = 0
    for prev, nxt in pairwise(lines):
        if (
            low <= display_width(prev.rstrip()) <= width
            and is_wrap_break(prev, nxt, width)
            and not ends_sentence(prev)
        ):
            found += 1
            if found == WRAP_MIN_BREAKS:
                break
    return found


is_wrap_break = _core.is_wrap_break
"""Whether `nxt` goes on with the line `prev` that a wrap at `width` columns broke.

``is_wrap_break(prev, nxt, width)``, decided by the native core
(`src/joins.rs`). The break was a wrap when the first word of `nxt` would
not have fitted after `prev`; `nxt` stands at the same indentation as `prev`
(or, after a list item, under the item's text; after a paragraph's first
line, which a browser may indent, a column or two to the left). A list item
never continues a line, but a dash can: a wrap may break before "- to put ...".

>>> is_wrap_break("   The group that owns most of her music says", "   old tracks at", 48)
True
>>> is_wrap_break("   A short line.", "   Next paragraph", 50)
False
"""


def is_hard_wrapped(lines: list[str]) -> bool:
    """True for a run of lines wrapped at a fixed width, as in e-mail and plain-text news.

    Every line but the last fills most of the widest line, the width is that of
    a text terminal, and most breaks fall inside a sentence. A list of headlines
    has similar widths but breaks at sentence or title ends, so it is not taken.
    """
    if len(lines) < 3:
        return False
    width = max(len(line) for line in lines)
    if not _WRAP_MIN_WIDTH <= width <= _WRAP_MAX_WIDTH:
        return False
    if any(len(line) < _WRAP_FILL * width for line in lines[:-1]):
        return False
    breaks = len(lines) - 1
    inside_sentence = sum(not ends_sentence(line) for line in lines[:-1])
    lower_starts = sum(line.lstrip()[:1].islower() for line in lines[1:])
    return inside_sentence * 2 >= breaks and lower_starts * 3 >= breaks


def rejoin(
    text: str,
    *,
    settings: RejoinSettings | None = None,
    lang: str = "en",
    markdown: bool = False,
    width: int | None = None,
) -> str:
    """Rebuild paragraphs: one per line, a blank line between, one newline at the end.

    `lang` picks the `ScriptRules` (see `rules_for`). `width` is the width
    a text-browser dump was wrapped at (see `wrap_width`; 0: not wrapped),
    found in `text` itself when None; the pipeline finds it in the whole page,
    before the filters leave only the article. With `markdown`, the
    text is Markdown, and its blocks that are not prose stay as they are: a
    fenced code block verbatim (blank lines too), a heading on its own, the
    rows of a table and the lines of a block quote one per line.

    >>> rejoin("Headline\\nAlibaba has been driving\\na global initiative .\\n\\n\\nNext.")
    'Headline\\n\\nAlibaba has been driving a global initiative.\\n\\nNext.\\n'
    >>> rejoin("## The ferry\\nof the island\\n```\\nx = 1\\n\\ny = 2\\n```", markdown=True)
    '## The ferry\\n\\nof the island\\n\\n```\\nx = 1\\n\\ny = 2\\n```\\n'
    """
    settings = settings or RejoinSettings()
    rules = rules_for(lang)
    lines = _NEWLINE_RE.split(text) if "\r" in text else text.split("\n")
    paragraphs: list[str] = []
    previous_kind = ""
    if width is None:
        width = wrap_width(lines)
    for found_kind, paragraph in _all_paragraphs(
        lines, settings, rules, markdown=markdown, width=width
    ):
        # Joined lines can make an item ("2" + ". Two"), which then joins its list.
        kind = "list" if found_kind == "prose" and is_list_item(paragraph) else found_kind
        if kind == previous_kind == "list":
            paragraphs[-1] += "\n" + paragraph  # a list with blank lines between items
        else:
            paragraphs.append(paragraph)
        previous_kind = kind
    return "\n\n".join(paragraphs) + "\n" if paragraphs else ""


def _all_paragraphs(
    lines: list[str],
    settings: RejoinSettings,
    rules: ScriptRules,
    *,
    markdown: bool,
    width: int | None,
) -> Iterator[tuple[str, str]]:
    """The kind and text of every paragraph; Markdown's fenced code is kept verbatim.

    In text wrapped at `width` columns, the lines of each wrapped paragraph are
    joined first, so that the rules below see whole paragraphs and list items.
    """
    segments = _fenced_segments(lines) if markdown else iter(((False, lines),))
    for fenced, segment in segments:
        if fenced:
            yield "code", "\n".join(line.rstrip() for line in segment)
            continue
        for block in _blocks(segment):
            lines_of = _unwrap(block, width, settings, rules, markdown=markdown) if width else block
            yield from _paragraphs(lines_of, settings, rules, markdown=markdown)


def _unwrap(
    block: list[str], width: int, settings: RejoinSettings, rules: ScriptRules, *, markdown: bool
) -> list[str]:
    """The lines of `block` with every line that a wrap broke joined back together."""
    out: list[list[str]] = []
    previous = ""
    for line in block:
        if (
            out
            and is_wrap_break(previous, line, width)
            and not (markdown and _markdown_kind(line, [previous], "prose"))
        ):
            pieces = out[-1]
            end = pieces[-1] if len(pieces) == 1 else pieces[-2][-_TAIL_CHARS:] + pieces[-1]
            nxt = line.strip()
            drop, separator = _separator(end, nxt, mend_hyphens=settings.mend_hyphens, rules=rules)
            if drop:
                pieces[-1] = pieces[-1][:-drop]
            pieces.append(separator + nxt)
        else:
            out.append([line])
        previous = line
    return ["".join(pieces) for pieces in out]


def _fenced_segments(lines: list[str]) -> Iterator[tuple[bool, list[str]]]:
    """Split Markdown lines into fenced code blocks (True) and the text between them (False)."""
    segment: list[str] = []
    fence = ""
    for line in lines:
        marker = FENCE_RE.match(line)
        if not fence and marker:
            if segment:
                yield False, segment
            fence, segment = marker.group(1), [line]
            continue
        segment.append(line)
        if fence and closes_fence(marker, fence):
            yield True, segment
            fence, segment = "", []
    if segment:
        yield bool(fence), segment


def _blocks(lines: list[str]) -> Iterator[list[str]]:
    """Runs of non-blank lines, right-stripped; a line of invisible characters is blank."""
    block: list[str] = []
    for raw in lines:
        line = raw.rstrip()
        if line and not (line.lstrip()[0] in INVISIBLE and is_blank_text(line)):
            block.append(line)
        elif block:
            yield block
            block = []
    if block:
        yield block


def _paragraphs(
    block: list[str], settings: RejoinSettings, rules: ScriptRules, *, markdown: bool = False
) -> Iterator[tuple[str, str]]:
    """Split one block into code, list and prose paragraphs and rebuild each."""
    group: list[str] = []
    kind = ""
    for line in block:
        line_kind = (
            "list"
            if is_list_item(line)
            else (_markdown_kind(line, group, kind) if markdown else _quote_kind(line))
            or (
                "code"
                if _is_indented(line)  # `is_code`, without asking `is_list_item` again
                else "prose"
            )
        )
        if line_kind == "underline":  # a setext heading's underline: the line above is a heading
            title = group.pop()
            if group:
                yield from _finish(kind, group, settings, rules)
            yield "heading", f"{title.strip()}\n{line.strip()}"
            group, kind = [], ""
            continue
        if line_kind == "table" and kind != "table" and group and "|" in group[-1]:
            header = group.pop()  # the header row stands above the delimiter row
            if group:
                yield from _finish(kind, group, settings, rules)
            group, kind = [header], "table"
        if kind == "list" and line_kind == "prose" and should_join(group[-1], line, rules):
            group[-1] = join_pair(group[-1], line, mend_hyphens=settings.mend_hyphens, rules=rules)
            continue  # a list item wrapped onto a second line
        if line_kind != kind and group:
            yield from _finish(kind, group, settings, rules)
            group = []
        kind = line_kind
        group.append(line)
    if group:
        yield from _finish(kind, group, settings, rules)


def looks_like_code(lines: list[str]) -> bool:
    """True for indented lines that read as code rather than as prose indented by layout.

    Layout-aware renderings (inscriptis) indent whole articles; code differs in
    its symbols (``=``, braces, brackets) or its first words, and rarely ends
    lines with a full stop.

    >>> looks_like_code(["    retry = Retry(total=3)", "    session.mount(adapter)"])
    True
    >>> looks_like_code(["      The council met on Monday and voted to close the library."])
    False
    """
    with_signs = sum(has_code_signs(line) for line in lines)
    prose = sum(ends_sentence(line) and len(line.split()) > 5 for line in lines)
    return with_signs * 2 >= len(lines) and prose * 2 < len(lines)


def _quote_kind(line: str) -> str:
    """The kind "quote" for a quoted line ("> ..."), as e-mail and Markdown write them; else ""."""
    return "quote" if line.lstrip()[:1] == ">" else ""


def _markdown_kind(line: str, group: list[str], kind: str) -> str:
    """The Markdown block a line belongs to ("heading", "table", "quote", "underline"), or ""."""
    first = line.lstrip()[:1]
    if first == "#" and ATX_HEADING_RE.match(line):
        return "heading"
    if first == ">":
        return "quote"
    if "|" in line and (kind == "table" or TABLE_DELIMITER_RE.match(line)):
        return "table"
    if first in "=-" and group and kind == "prose" and SETEXT_UNDERLINE_RE.match(line):
        return "underline"
    return ""


def _finish(
    kind: str, group: list[str], settings: RejoinSettings, rules: ScriptRules
) -> Iterator[tuple[str, str]]:
    if kind == "heading":
        yield from ((kind, _tidy(line, settings)) for line in group)
        return
    if kind in ("table", "quote"):
        yield kind, "\n".join(line.rstrip() for line in group)
        return
    if kind == "code" and not looks_like_code(group):
        kind = "prose"  # indented by the page layout, not code
    if kind == "code":
        yield kind, "\n".join(group)
    elif kind == "list":
        yield kind, "\n".join(_tidy_item(item, settings) for item in group)
    else:
        yield from ((kind, _tidy(p, settings)) for p in _prose_paragraphs(group, settings, rules))


def _prose_paragraphs(
    lines: list[str], settings: RejoinSettings, rules: ScriptRules
) -> Iterator[str]:
    """Join prose lines into paragraphs, in time linear in their length.

    Pieces are collected and joined once; each decision looks at the end of the
    paragraph so far (the last two pieces), never at all of it.
    """
    wrapped = is_hard_wrapped(lines)
    pieces = [lines[0].rstrip()]
    for index in range(1, len(lines)):
        nxt = lines[index].strip()
        if not nxt:
            continue
        end = pieces[-1] if len(pieces) == 1 else pieces[-2][-_TAIL_CHARS:] + pieces[-1]
        after = lines[index + 1] if index + 1 < len(lines) else ""
        if end and (wrapped or should_join(end, nxt, rules, after=after)):
            drop, separator = _separator(end, nxt, mend_hyphens=settings.mend_hyphens, rules=rules)
            if drop:
                pieces[-1] = pieces[-1][:-drop]
            pieces.append(separator + nxt)
        else:
            yield "".join(pieces)
            pieces = [nxt]
    yield "".join(pieces)


_DEFAULT_SETTINGS = RejoinSettings()


def _tidy(paragraph: str, settings: RejoinSettings) -> str:
    # Stripping first gives the same text (`strip` takes every character that
    # `_SPACES_RE` takes), and leaves most paragraphs with nothing to collapse.
    paragraph = paragraph.strip()
    if "  " in paragraph or (
        ("\t" in paragraph or "\v" in paragraph or "\f" in paragraph or "\r" in paragraph)
        if paragraph.isascii()  # a flag of the string: no scan
        else _OTHER_SPACE_RE.search(paragraph)
    ):
        paragraph = _SPACES_RE.sub(" ", paragraph)
    # Spaces are collapsed, so only a single space can stand before the stop.
    if settings.tidy_punctuation and (" ." in paragraph or " ," in paragraph):
        paragraph = _SPACE_BEFORE_STOP_RE.sub("", paragraph)
    return paragraph


def tidy(paragraph: str) -> str:
    """`paragraph` spaced as rejoin spaces it by default: single spaces, no stray one before a stop.

    For filters that compare text with what the output will hold.

    >>> tidy("  Council  approves the budget .")
    'Council approves the budget.'
    """
    return _tidy(paragraph, _DEFAULT_SETTINGS)


def last_word(text: str) -> str:
    """The last run of letters and digits of `text`: "Reuters" in "... in New York.Reuters".

    >>> last_word("(AP Photo/Jane Doe)"), last_word("...")
    ('Doe', '')
    """
    end = len(text)
    while end and not text[end - 1].isalnum():
        end -= 1
    start = end
    while start and text[start - 1].isalnum():
        start -= 1
    return text[start:end]


def _tidy_item(item: str, settings: RejoinSettings) -> str:
    """Tidy a list item after its marker, so that the marker stays a marker ("- ." is an item)."""
    marker = _MARKER_RE.match(item)
    if marker is None:
        indent = item[: len(item) - len(item.lstrip())]
        return indent + _tidy(item, settings)
    return marker.group() + _tidy(item[marker.end() :], settings)


class Paragraph(NamedTuple):
    """Consecutive kept lines that rejoin would make into one paragraph.

    A named tuple, as `Line` is: a page has thousands of paragraphs, most of them one line.
    """

    lines: tuple[Line, ...]
    text: str


def group_paragraphs(lines: tuple[Line, ...], *, wrap: int = 0) -> list[Paragraph]:
    """Group kept lines into paragraphs: blank lines, list items and sentence ends divide them.

    In a text-browser dump wrapped at `wrap` columns, a line that the wrap broke
    goes on in the next one (`is_wrap_break`); otherwise a line joins the one
    before it when `should_join` (with the line after it) says so, unless it is
    a list item. Each decision looks at the previous line only, so a long
    paragraph costs linear time. The native core makes every decision and
    builds the paragraphs in one call: cheaper than the cache of decisions it
    replaces, which the pipeline's second grouping of the same lines used.

    >>> from cleaner.document import Doc
    >>> lines = Doc.from_text("Storm closes\\nferries.\\n\\n- one").lines
    >>> [paragraph.text for paragraph in group_paragraphs(lines)]
    ['Storm closes ferries.', '- one']
    """
    if type(lines) is not tuple:
        lines = tuple(lines)
    return _DEFAULT_JOINER.group_paragraphs(lines, wrap, Paragraph)


_DEFAULT_JOINER = DEFAULT_RULES.joiner

"""The pure-Python join decisions of commit 3903aa0, kept as the oracle of the native core.

`should_join` and `is_wrap_break` (with `display_width` and every helper they
call) moved into the Rust core (`src/joins.rs`) with issue #12. These are their
last Python versions, unchanged but for the imports, which
`tests/test_core_joins.py` holds the core to on every pair of consecutive bench
lines and on generated lines. `group_paragraphs` is the last Python grouping,
without its cache of decisions.
"""

# ruff: noqa

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple

import regex

from cleaner.document import Line
from tests.reference_score import ends_sentence, is_list_item

# List markers: bullets, numbers, letters; "o" and "+" are the second and third
# levels of nested lists in layout-aware renderings (inscriptis), always indented.
_MARKERS = r"(?:[-*•·‣◦▪▸►✓✔]|\d{1,3}[.)]|[a-z][.)]|\(\d{1,3}\)|\([a-z]\)|(?<=^\s+)[o+])"
_MARKER_RE = regex.compile(rf"\s*{_MARKERS}\s+")
_CLOSING_START_RE = regex.compile(r"[.,;:!?)\]}”’。，、；：！？）」』》〉】،؛]")
_OPENING_END_RE = regex.compile(r"[(\[{“‘「『《〈【（«„]$")
# An aside opened after an unfinished line: "(Serbia) found ...", "— to land ...".
_ASIDE_STARTS = frozenset("(—–")
# A line that ends in a web address ("https://t.co/x", "www.x.org", "pic.twitter.com/x"):
# the address closes what it stands in, so a dash after it opens an attribution, not an aside.
_URL_END_RE = regex.compile(
    r"(?r)(?:^|\s)(?:[a-z][a-z0-9+.-]*://|www\.|[\w-]+(?:\.[\w-]+)+/)\S*$", regex.IGNORECASE
)
# A web address alone on a line.
_WEB_ADDRESS_RE = regex.compile(
    r"(?:[a-z][a-z0-9+.-]*://|www\.|[\w-]+(?:\.[\w-]+)+/)\S*", regex.IGNORECASE
)
# An attribution: a dash, then a name of a few words ("— Jane Doe (@jdoe)"); and a
# date that ends in a year ("November 18, 2019", "18. November 2019").
_ATTRIBUTION_RE = regex.compile(r"[—–]\s+\S")
ATTRIBUTION_MAX_WORDS = 8
_YEAR_END_RE = regex.compile(r"(?<!\d)(?:1[89]|20)\d\d$")
DATE_MAX_WORDS = 4
# A word of lower-case letters (apostrophes and hyphens inside), as a sentence runs on.
_LOWER_WORD_RE = regex.compile(r"\p{Ll}[\p{L}'’-]*\p{L}|\p{Ll}")
# A comma, a semicolon or a dash at the end of a line: the sentence goes on.
_SOFT_ENDS = frozenset(",;、，；،؛—–-")
# `_OPENING_END_RE` as a set, for a line known to end without whitespace, where
# only its last character counts.
_OPENING_ENDS = frozenset("([{“‘「『《〈【（«„")
_CJK_RE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
# Searched from the end (?r): the one place it can match is at the end of the line.
_LAST_WORD_RE = regex.compile(r"(?r)(?:^|\s)(\p{L}+)\W*$")
# Words after which an English sentence cannot stop: a line ending in one of
# them continues on the next line even when that line starts with a capital
# ("... according to the" / "World Health Organization").
CONTINUING_WORDS = frozenset(
    """a an the and or but nor of to in on at by for with from into onto about as than
    that which who whom whose its their his her our your my this these those such via per
    is are was were be been being has have had will would can could should may might must
    including between among under over after before during against without within""".split()
)
# Chinese and Japanese particles that do not end a clause.
# Chinese and Japanese full stops, and the marks that open a clause inside a sentence.
_CJK_SENTENCE_ENDS = "。！？"
# Not "、" nor "：": headlines have them ("市議会、新しい…を可決", "国家统计局：…").
_CJK_CLAUSE_MARKS = "，；"
# A sentence cut in two has run this long since the last full stop; a headline is shorter.
CJK_CUT_MIN_CHARS = 20
CJK_CONTINUING_CHARS = frozenset(
    "的了在和与及是把被对向从以为将等の は が を に で と も へ や".replace(" ", "")
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


DEFAULT_RULES = ScriptRules()

# A bold label that joins its text after a colon has at most this many words.
LABEL_MAX_WORDS = 4
# An inline link's text is at most this many words, and the sentence it cuts
# has at least this many before it (see `is_inline_fragment`).
FRAGMENT_MAX_WORDS = 4
FRAGMENT_MIN_WORDS_BEFORE = 4
# How far back from the end of a paragraph joining decisions look.
_TAIL_CHARS = 120
# A paragraph's first line may stand this many columns right of the lines under it.
WRAP_FIRST_LINE_INDENT = 2
# How many columns short of the measured width a line may end and still be full.
WRAP_SLACK = 0
# Dashes: a list marker, or a dash within a sentence that a wrap put first on a line.
_DASHES = frozenset("-–—")
# Characters that take two columns in a terminal: CJK, Hangul, full-width forms.
# Code point ranges only, so `re` (faster here than `regex`) finds the same.
_WIDE_RE = re.compile(
    "[\u1100-\u115f\u2e80-\u303e\u3041-\ua4cf\uac00-\ud7a3\uf900-\ufaff"
    "\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]"
)


def should_join(
    prev: str, nxt: str, rules: ScriptRules = DEFAULT_RULES, *, after: str = ""
) -> bool:
    """Decide whether `nxt` continues the paragraph that `prev` ends.

    Rules, in order:

    - a line starting with closing punctuation joins (``page`` / ``.``);
    - after a short label and its colon, a line starting with a letter joins:
      a label set in bold before its text (``Viera (3-0):`` / ``K. Hupfer 1
      goal.``); a sentence ending in a colon ("Here is the thing:") stays apart
      from what follows, list items after a colon are a list, and a line
      starting with a digit stays apart (``Ingredients:`` / ``2 cups flour``);
    - after a sentence end, no join (a headline-like line that ends a sentence
      stays its own paragraph);
    - a line starting in lower case joins (``driving`` / ``a global ...``);
    - after a comma, a dash, an opening bracket, or a word that cannot end a
      sentence ("the", "of", "and"), join; so does an aside opened by a
      bracket or a dash (``Pavle Petrović`` / ``(Serbia) found ...``);
    - Chinese and Japanese lines join after a comma or a particle;
    - given the line `after` `nxt`, a short fragment that stands between two
      parts of one sentence joins (`is_inline_fragment`);
    - otherwise no join: "Headline" / "The article starts" stay apart.

    `rules` adds the language's own continuing words ("der", "de", "и").

    >>> should_join("Alibaba has also been driving", "a global AI initiative .")
    True
    >>> should_join("ByteDance kicks off recruitment", "Taobao and Tmall Group said")
    False
    """
    prev, nxt = _tail(prev), nxt.lstrip()
    if _joins(prev, nxt, rules):
        return True
    return bool(after) and is_inline_fragment(prev, nxt, after)


def _joins(  # noqa: PLR0911  (a decision list, read in order)
    prev: str, nxt: str, rules: ScriptRules
) -> bool:
    """`should_join`'s rules on the line pair alone; `prev` is already a tail."""
    if not prev or not nxt:
        return False
    if _CLOSING_START_RE.match(nxt):
        return True
    first = nxt[0]
    if (prev.endswith(":") or ends_sentence(prev)) and is_web_address(nxt):
        return True  # the link to what the sentence quotes or names
    if prev.endswith(":"):
        return first.isalpha() and not is_list_item(nxt) and len(prev.split()) <= LABEL_MAX_WORDS
    if ends_sentence(prev):
        return False
    if first.islower():
        return True
    if prev[-1] in _SOFT_ENDS or prev[-1] in _OPENING_ENDS:
        return True
    if first in _ASIDE_STARTS:
        return not _URL_END_RE.search(prev)
    if is_attribution(prev) and is_date(nxt):
        return True
    if _CJK_RE.match(prev[-1]):
        if prev[-1] in CJK_CONTINUING_CHARS and _CJK_RE.match(first):
            return True
        # A sentence cut where an inline link was: its clause has begun.
        return _in_open_clause(prev) and (bool(_CJK_RE.match(first)) or first.isalnum())
    return _ends_in_continuing_word(prev, rules)


def _ends_in_continuing_word(prev: str, rules: ScriptRules) -> bool:
    """Whether `prev` ends in a word after which a sentence cannot stop ("the", "of").

    A word in capitals is an abbreviation ("Toronto, ON", "Noblesville, IN"),
    unless the whole line is in capitals.

    >>> _ends_in_continuing_word("according to the", DEFAULT_RULES)
    True
    >>> _ends_in_continuing_word("Budweiser Stage, Toronto, ON", DEFAULT_RULES)
    False
    """
    last_word = _LAST_WORD_RE.search(prev)
    if last_word is None:
        return False
    word = last_word.group(1)
    if len(word) > 1 and word.isupper() and not prev.isupper():
        return False
    return word.casefold() in rules.continuing_words


def is_web_address(line: str) -> bool:
    """True for a line that is one web address and nothing else.

    >>> is_web_address("https://t.co/x1"), is_web_address("pic.twitter.com/x1")
    (True, True)
    >>> is_web_address("Read more at https://t.co/x1")
    False
    """
    return bool(_WEB_ADDRESS_RE.fullmatch(line.strip()))


def is_attribution(line: str) -> bool:
    """True for a line that credits a quote or a post: a dash, then a few words.

    >>> is_attribution("— Jane Doe (@jdoe)")
    True
    >>> is_attribution("— to land two rovers on the moon's south pole, as NASA planned")
    False
    """
    line = line.strip()
    return bool(_ATTRIBUTION_RE.match(line)) and len(line.split()) <= ATTRIBUTION_MAX_WORDS + 1


def is_date(line: str) -> bool:
    """True for a short line that ends in a year: "November 18, 2019", "18. November 2019".

    >>> is_date("November 18, 2019"), is_date("It was the best season since 2019")
    (True, False)
    """
    line = line.strip()
    return len(line.split()) <= DATE_MAX_WORDS and bool(_YEAR_END_RE.search(line))


def _in_open_clause(text: str) -> bool:
    """Whether Chinese or Japanese `text` stops inside a long sentence that a comma has opened.

    A comma after the last full stop, and `CJK_CUT_MIN_CHARS` since it: the
    sentence has begun and goes on. A menu entry has no comma, and a headline
    is shorter.

    >>> _in_open_clause("国家统计局今天发布的数据显示，十一月份全国工业增加值同比增长")
    True
    >>> _in_open_clause("经济运行总体平稳，稳中有进"), _in_open_clause("国家统计局发布经济数据")
    (False, False)
    """
    end = max(text.rfind(mark) for mark in _CJK_SENTENCE_ENDS)
    sentence = text[end + 1 :]
    return len(sentence) >= CJK_CUT_MIN_CHARS and any(
        mark in sentence for mark in _CJK_CLAUSE_MARKS
    )


def is_inline_fragment(prev: str, fragment: str, after: str) -> bool:
    """True for a short line that stands inside a sentence: the text of an inline link.

    Renderings that put each text node on its own line cut a sentence around a
    link: ``... better reviewed $99`` / ``Logitech MX Master 3`` / ``. I received``.
    A capitalised fragment alone could be a heading, so the line after it must
    go on with the sentence (closing punctuation or a lower-case word), and the
    line before it must be an unfinished sentence of some length.

    >>> is_inline_fragment("replaced with an even better reviewed $99", "Logitech MX", ". I got")
    True
    >>> is_inline_fragment("Storm closes ferries", "Gales forced the", "ferry company to")
    False
    """
    prev, after = _tail(prev), after.lstrip()
    if not prev or not after or ends_sentence(prev) or prev.endswith(":"):
        return False
    if ends_sentence(fragment) or len(fragment.split()) > FRAGMENT_MAX_WORDS:
        return False
    if not (_CLOSING_START_RE.match(after) or after[0].islower()):
        return False
    if len(prev.split()) >= FRAGMENT_MIN_WORDS_BEFORE:
        return True
    # A shorter start of a sentence ("The researchers observed" / "Europa" / "for 17
    # nights"): its last word is in lower case, so it is no title, and the fragment is a name.
    last = prev.split()[-1]
    return bool(_LOWER_WORD_RE.fullmatch(last)) and all(
        word[0].isupper() or word[0].isdigit() for word in fragment.split()
    )


def _tail(text: str) -> str:
    """The end of `text` without trailing whitespace: all that joining decisions look at.

    Looking at the tail only keeps rebuilding a long paragraph linear in its length.
    """
    tail = text[-_TAIL_CHARS:].rstrip()
    return tail if tail or not text.strip() else text.rstrip()[-_TAIL_CHARS:]


def display_width(text: str) -> int:
    """How many terminal columns `text` takes: CJK and full-width characters take two.

    >>> display_width("abc"), display_width("商標abc")
    (3, 7)
    """
    if text.isascii():
        return len(text)
    return len(text) + len(_WIDE_RE.findall(text))


def is_wrap_break(prev: str, nxt: str, width: int) -> bool:
    """Whether `nxt` goes on with the line `prev` that a wrap at `width` columns broke.

    The break was a wrap when the first word of `nxt` would not have fitted
    after `prev`; `nxt` stands at the same indentation as `prev` (or, after a
    list item, under the item's text; after a paragraph's first line, which a
    browser may indent, a column or two to the left). A list item never
    continues a line, but a dash can: a wrap may break before "- to put ...".
    The width is measured on the page's longest lines, so a line a few
    columns short of it may still have been full (`WRAP_SLACK`).

    >>> is_wrap_break("   The group that owns most of her music says", "   old tracks at", 48)
    True
    >>> is_wrap_break("   A short line.", "   Next paragraph", 50)
    False
    """
    prev = prev.rstrip()
    body = nxt.lstrip()
    if not prev or not body:
        return False
    if is_list_item(nxt) and (body[0] not in _DASHES or is_list_item(prev)):
        return False
    indent = len(nxt) - len(body)
    outdent = len(prev) - len(prev.lstrip()) - indent
    if outdent:
        marker = _MARKER_RE.match(prev) if is_list_item(prev) else None
        under_item = marker is not None and indent == marker.end()
        first_line = marker is None and 0 < outdent <= WRAP_FIRST_LINE_INDENT
        if not (under_item or first_line):
            return False
    word = body.split(None, 1)[0]
    word_width = 2 if _WIDE_RE.match(word) else display_width(word)
    return display_width(prev) + 1 + word_width > width - WRAP_SLACK


class Paragraph(NamedTuple):
    """Consecutive kept lines that rejoin would make into one paragraph.

    A named tuple, as `Line` is: a page has thousands of paragraphs, most of them one line.
    """

    lines: tuple[Line, ...]
    text: str


def group_paragraphs(lines: tuple[Line, ...], *, wrap: int = 0) -> Iterator[Paragraph]:
    """Group kept lines into paragraphs: blank lines, list items and sentence ends divide them.

    In a text-browser dump wrapped at `wrap` columns, a line that the wrap broke
    goes on in the next one. Each decision looks at the previous line only, so
    a long paragraph costs linear time.
    """
    group: list[Line] = []
    count = len(lines)
    for index, line in enumerate(lines):
        if not line.stripped:
            if group:
                yield _paragraph(group)
            group = []
            continue
        if group:
            previous = group[-1]
            after = lines[index + 1].stripped if index + 1 < count else ""
            joined = (wrap and is_wrap_break(previous.text, line.text, wrap)) or (
                not is_list_item(line.text)
                and should_join(previous.stripped, line.stripped, after=after)
            )
            if joined:
                group.append(line)
                continue
            yield _paragraph(group)
        group = [line]
    if group:
        yield _paragraph(group)


def _paragraph(group: list[Line]) -> Paragraph:
    # Built with `tuple.__new__`, as `split_lines` builds lines: a named tuple's own
    # constructor is a Python function, a call more per paragraph of every grouping.
    if len(group) == 1:  # most paragraphs of a page: no join to make
        line = group[0]
        return _new_tuple(Paragraph, ((line,), line.stripped))
    return _new_tuple(Paragraph, (tuple(group), " ".join([line.stripped for line in group])))


_new_tuple = tuple.__new__

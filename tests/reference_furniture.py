"""The pure-Python `browser_furniture` filter of commit 325b60b, kept as the oracle of the native core.

With issue #12 its per-line tests moved into the Rust core (`src/furniture.rs`):
`rule_for`'s iframe pattern is `_core.furniture_is_iframe`, `_wordless_rule` (with
`_is_bare_image`) `_core.furniture_wordless_rule`, the marker patterns of `_markers`
(widgets, ad slots, `_images`, link numbers, `_without_markers`, `is_prose`, the
form labels) `_core.furniture_markers`, `is_placeholder` `_core.is_placeholder`,
and the wrapped address piece `_core.furniture_is_address_piece`. This file is the
last pure-Python version, unchanged but for names (the class is
`ReferenceFurniture` and is not registered); `tests/test_core_furniture.py` holds
the core to it on every bench line and on generated lines.
"""

# ruff: noqa: E501  (unchanged from cleaner/filters/, where long pattern lines are allowed)

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, NamedTuple

import regex

from cleaner.filters.base import LineFilter, whole_line
from cleaner.models import Removal

if TYPE_CHECKING:
    from cleaner.document import Doc, Line

# What only a text browser writes: a page with one of these is a dump.
_DUMP_SIGN_RE = re.compile(r"\(BUTTON\)|\[INS: :INS\]|^\s*IFRAME:", re.MULTILINE)
# Characters without which no marker can stand on a line: a cheap rejection.
_HINT_RE = re.compile(r"\[|\((?:BUTTON|\*| )\)|__")

# Form widgets as lynx and w3m draw them. Case-sensitive: lynx writes them so.
_WIDGET_RE = regex.compile(
    r"""
      \(BUTTON\)                                   # <button>
    | \[BUTTON\ Input\](?:\ \(not\ implemented\))?  # <input type=button>
    | \[[^\[\]\n]{0,60}?[\p{L}\p{N}][^\[\]\n]{0,60}?_{2,}\](?!\()  # a select box: "[Select Month__]"
    | (?P<field>(?<!\w)\w*?_{8,}\w*)                # a text field or a text area, with the value drawn in it: "Search______"
    | (?<=^[\ \t]*(?:[*+o•#][\ \t]+)?|[)\]][\ \t])  # at the start of a line or after another
      (?: \[[\ xX]\](?=\s)                         # a checkbox: "[ ] Save my name ..."
        | \([\ *]\)(?=\s|$) )                      # a radio button: "( ) English", "(*) ( )"
    """,
    regex.VERBOSE,
)
_AD_SLOT_RE = regex.compile(r"\[INS:\s*:INS\]")  # an empty <ins>: where an ad was
# A bracketed word without spaces (lynx's image placeholder), allowing one line
# break where the dump was wrapped inside a long file name.
_BRACKETED_RE = regex.compile(r"\[([^\s\[\]]{1,400}(?:\n[ \t]*[^\s\[\]]{0,400})?)\]")
_WRAP_RE = re.compile(r"\n[ \t]*")
_IMAGE_NAME_RE = regex.compile(
    r"""
      (?:IMG|INLINE|IMAGE|image|javascript)
    | [^\s\[\]]*? \.(?i:png|jpe?g|gif|svg|webp|bmp|ico|avif|tiff?) (?:[?#&;][^\s\[\]]*)?  # "logo.png?w=60"
    | (?:https?:)?//[^\s\[\]]+                                    # an image's address
    | [^\s\[\]?]* \? [\w.%-]+ = [^\s\[\]]*            # a query: "p?c1=2&amp;c2=60" (a tracking pixel)
    | [A-Za-z0-9+/]*AAAA[A-Za-z0-9+/]*={0,2}                      # the tail of a base64 data URI
    | (?:[\w.+-]+/)?[\w.+-]+;base64,[A-Za-z0-9+/]*={0,2}         # a data URI: "gif;base64,R0lG..."
    """,
    regex.VERBOSE,
)
# lynx's numbered link marker, glued to the link text: "[12]Home". Footnote
# citations stand after a word ("the town[2] is") or before a space ("[1] Smith").
# An image's file name drawn without brackets (lynx writes it so inside a link).
_BARE_IMAGE_RE = regex.compile(r"[^\s\[\]]+\.(?i:png|jpe?g|gif|svg|webp)")
# Or its alt text when that is a file's slug: five words or more joined by hyphens or
# underscores, alone on a line or a list item ("US-ENTERTAINMENT-CINEMA-DISNEY-D23").
_SLUG_RE = regex.compile(r"(?:[*+•o]\s+)?[^\W_]+(?:[-_][^\W_]+){4,}")
_LINK_NUMBER_RE = re.compile(r"(?<![^\W_])(?<!\])\[\d{1,5}\](?=[^\W_]|[\[(\"'“‘])")
_LINK_NUMBER_HINT_RE = re.compile(r"\d\][^\W_]")  # what every marker holds, found faster
_MIN_LINK_NUMBERS = 3  # a dump with link numbers has them all over
_IFRAME_RE = regex.compile(r"\s*IFRAME:(?:\s.*)?")
# The rest of an address that the dump wrapped onto the next lines.
_ADDRESS_PIECE_RE = regex.compile(r"\s*[\w%&=?/.:#~+;,@!$*'()-]+\s*")
_ADDRESS_PIECE_MARKS = frozenset("%&=/?")
_MIN_WRAPPED_CHARS = 60
_PLAIN_BULLETS = frozenset(("*", "•"))
_LONE_BULLET_RE = regex.compile(r"\s*[*+•#]\s*|\s{2,}o\s*")  # "o" only indented: it is a word
_REFERENCE_HEADINGS = frozenset(("References", "Visible links", "Visible links:", "Hidden links:"))
_REFERENCE_RE = regex.compile(r"\s*\d{1,5}\.\s+(?:[a-z][a-z+.-]*:|//)\S*\s*")

# What makes the text left beside a widget prose: words enough, or a sentence.
_WORD_RE = regex.compile(r"[\p{L}\p{N}]+")
_SPACELESS_RE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
_SENTENCE_END_RE = regex.compile(r"[.!?…。！？][\"'”’)]*\s*$")
_PROSE_MIN_WORDS = 8
_SENTENCE_MIN_WORDS = 4
_PROSE_MIN_SPACELESS = 15
# Labels of form controls that read like a sentence: consent boxes and the like.
_FORM_LABEL_RE = regex.compile(
    r"""\W*(?:I\ (?:agree|accept|consent|have\ read|would\ like|want\ to)
    |By\ (?:checking|ticking|clicking|submitting)|Save\ my\ name|Notify\ me|Remember\ me
    |Keep\ me|Sign\ me\ up|Subscribe|Yes,?\ I)\b""",
    regex.VERBOSE | regex.IGNORECASE,
)


class _Marker(NamedTuple):
    start: int
    end: int
    rule: str


def is_prose(text: str) -> bool:
    """True when `text` reads as prose: eight words, or a sentence of four.

    Decides whether the text beside a button or a field is kept; a doubtful
    line keeps its text, for the other filters to judge.

    >>> is_prose("Close share panel"), is_prose("Want more deals? Join the IGN Deals Newsletter.")
    (False, True)
    """
    words = len(_WORD_RE.findall(text))
    spaceless = len(_SPACELESS_RE.findall(text))
    if words >= _PROSE_MIN_WORDS or spaceless >= _PROSE_MIN_SPACELESS:
        return True
    return words >= _SENTENCE_MIN_WORDS and bool(_SENTENCE_END_RE.search(text))


class ReferenceFurniture(LineFilter):
    """Remove the widgets, image placeholders and link lists that text browsers draw.

    >>> from cleaner import clean
    >>> clean("[logo.png]\\n(BUTTON) Subscribe\\nThe council met. [INS: :INS]\\n     *")
    'The council met.\\n'
    """

    name = "browser_furniture"  # the name its removals carry, as the filter's
    # What a browser draws is the same on every site: there is no vocabulary to add.
    accepts_custom = False

    def rule_for(self, line: Line) -> str | None:
        """Whole lines of furniture: an iframe."""
        text = line.text
        return "iframe" if "IFRAME:" in text and _IFRAME_RE.fullmatch(text) else None

    def find(self, doc: Doc) -> Iterator[Removal]:
        """Whole lines of furniture, the references list, then markers inside lines.

        A line of furniture without a word (a lone bullet, an image placeholder,
        an empty ad slot) waits for the pipeline's next round when this look
        removes anything else (which makes that round happen): in the first,
        main_content has still to judge the page, and a removed line inside the
        article would count there as chrome and end the article's run.
        """
        seen = self.line_verdicts(doc)
        references = _reference_lines(doc)
        # A bare run of underscores is a text browser's field (in other text it is
        # the author's own rule between two parts), a lone bullet its list's.
        dump = doc.wrap > 0 or _has_dump_sign(doc.text)
        numbers = _link_numbers(doc)
        looked = self.line_verdicts(doc, "wordless")
        found: list[Removal] = []
        deferred: list[Removal] = []
        after_address = False  # the previous line was a long address: an iframe's, wrapped
        # Substrings that no line holds if the page does not: most pages skip the per-line looks.
        iframes, hints = "IFRAME:" in doc.text, _has_hint(doc.text)
        for line in doc.content:
            if not iframes:
                rule = None  # `rule_for` needs "IFRAME:" in the line
            elif line in seen:
                rule = seen[line]
            else:
                rule = seen[line] = self.rule_for(line)
            if (
                rule is None
                and (dump or len(line.stripped) == 1 or "INS]" in line.text)  # cheap rejection
                and (wordless := _wordless_rule(line.text, dump=dump))
            ):
                removal = whole_line(self.name, line, wordless)
                _sort_wordless(removal, looked, line, (found, deferred), dump=dump)
                continue
            if rule is None and line.start in references:
                rule = "link_list"
            if (
                rule is None
                and after_address
                and _ADDRESS_PIECE_RE.fullmatch(line.text)
                and (_ADDRESS_PIECE_MARKS.intersection(line.text) or len(line.stripped) <= 4)
            ):
                rule = "iframe"
            if rule is not None:
                # "IFRAME:" alone, or a long piece of its address: the address goes on below.
                after_address = rule == "iframe" and (
                    line.stripped == "IFRAME:" or len(line.stripped) >= _MIN_WRAPPED_CHARS
                )
                found.append(whole_line(self.name, line, rule))
                continue
            after_address = False
            if hints and _has_hint(line.text):
                markers, wordless_line = self._markers(doc, line, numbers=numbers, dump=dump)
                if wordless_line and _first_look(looked, line):
                    deferred += markers
                else:
                    found += markers
        yield from found
        if not found:
            yield from deferred

    def _markers(
        self, doc: Doc, line: Line, *, numbers: bool, dump: bool
    ) -> tuple[list[Removal], bool]:
        """The markers of one line, as spans or as the whole line when it is a form.

        Also says whether the line is furniture without a word (images only).
        """
        text = line.text
        widgets = list(_WIDGET_RE.finditer(text))
        if not dump and all(m.group("field") for m in widgets):
            widgets = []  # "______": a rule drawn by the author, unless a form is beside it
        markers = [_Marker(m.start(), m.end(), "widget") for m in widgets]
        if "INS]" in text:
            markers += [_Marker(m.start(), m.end(), "ad_slot") for m in _AD_SLOT_RE.finditer(text)]
        markers += _images(doc, line)
        if numbers:
            markers += [
                _Marker(m.start(), m.end(), "link_number")
                for m in _LINK_NUMBER_RE.finditer(line.text)
            ]
        if not markers:
            return [], False
        markers.sort()
        rest = _without_markers(line.text, markers)
        has_widget = any(m.rule == "widget" for m in markers)
        removals: list[Removal] = []
        if not _WORD_RE.search(rest) or (
            has_widget and (not is_prose(rest) or _FORM_LABEL_RE.match(rest))
        ):
            rule = "form_line" if has_widget else markers[0].rule
            removals.append(whole_line(self.name, line, rule))
            # A placeholder wrapped onto the next line: its rest goes with it.
            markers = [m for m in markers if m.end > len(line.text)]
        removals += [
            Removal(
                filter=self.name,
                rule=marker.rule,
                start=line.start + marker.start,
                end=line.start + marker.end,
                evidence=doc.text[line.start + marker.start : line.start + marker.end],
            )
            for marker in markers
        ]
        return removals, not has_widget and not _WORD_RE.search(rest)


def _is_bare_image(text: str) -> bool:
    """Whether a dump's line is an image drawn without brackets: its file names, or its alt twice.

    An image inside a link shows as its alt text or file name, and a lazily
    loaded one twice (the image and its <noscript> copy): "owl.jpg owl.jpg",
    "Shy owl Shy owl"; or as an alt text that is a file's slug. A phrase of one
    plain word said twice ("Bora Bora") is text, and so is a compound of four
    words ("state-of-the-art").

    >>> _is_bare_image("echo-buds.jpg echo-buds.jpg"), _is_bare_image("Shy owl Shy owl")
    (True, True)
    >>> _is_bare_image("Walla Walla"), _is_bare_image("See photo.jpg")
    (False, False)
    """
    words = text.split()
    if not words:
        return False
    if all(_BARE_IMAGE_RE.fullmatch(word) for word in words) or _SLUG_RE.fullmatch(text.strip()):
        return True
    half = len(words) // 2
    if len(words) % 2 or words[:half] != words[half:]:
        return False
    return half >= 2 or not words[0].isalpha()


def is_placeholder(text: str) -> bool:
    """Whether `text` is only what a text browser draws for images and empty ad slots.

    >>> is_placeholder("[adauto-2018-135.jpg]"), is_placeholder("[INS: :INS]")
    (True, True)
    >>> is_placeholder("[logo.png] The council met."), is_placeholder("[Editor's note]")
    (False, False)
    """
    stripped = text.strip()
    if not stripped.startswith("[") or not stripped.endswith("]"):
        return False
    rest = _AD_SLOT_RE.sub(" ", stripped)
    for match in reversed(list(_BRACKETED_RE.finditer(rest))):
        if _IMAGE_NAME_RE.fullmatch(_WRAP_RE.sub("", match.group(1))):
            rest = rest[: match.start()] + " " + rest[match.end() :]
    return not _WORD_RE.search(rest)


def _has_dump_sign(text: str) -> bool:
    """`_DUMP_SIGN_RE` over a whole page, searched only where a substring says it may match."""
    if "(BUTTON)" in text or "[INS: :INS]" in text:
        return True
    return "IFRAME:" in text and bool(_DUMP_SIGN_RE.search(text))


def _has_hint(text: str) -> bool:
    """Whether `text` holds a character that opens a marker (`_HINT_RE`), tested without a pattern.

    >>> _has_hint("(BUTTON) Go"), _has_hint("The council met.")
    (True, False)
    """
    return "[" in text or "__" in text or "(BUTTON)" in text or "(*)" in text or "( )" in text


def _sort_wordless(
    removal: Removal,
    looked: dict[Line, Any],
    line: Line,
    lists: tuple[list[Removal], list[Removal]],
    *,
    dump: bool,
) -> None:
    """File a word-less line's removal in `lists` (found, deferred): now, deferred, or not yet.

    Now on a later look; on the first, it is deferred. A list's bullet outside a
    dump waits for a later round in any case: there the first round may remove
    nothing else.
    """
    found, deferred = lists
    if not _first_look(looked, line):
        found.append(removal)
    elif dump or removal.rule != "bullet":
        deferred.append(removal)


def _first_look(looked: dict[Line, Any], line: Line) -> bool:
    """True the first time `line` is looked at in one run (the pipeline's first round)."""
    if line in looked:
        return False
    looked[line] = True
    return True


def _wordless_rule(text: str, *, dump: bool) -> str | None:
    """The rule for a line of furniture without a word: a lone bullet, an empty ad slot.

    In a dump, an image drawn without brackets goes the same way (`_is_bare_image`).

    Outside a dump only "*" and "•" count as bullets (inscriptis writes a list
    item's bullet alone above its text); "#" and "+" there may be text cut
    into nodes ("#" / "Brexit").
    """
    if len(text) - len(text.lstrip()) + 4 >= len(text) and (
        _LONE_BULLET_RE.fullmatch(text) if dump else text.strip() in _PLAIN_BULLETS
    ):
        return "bullet"  # a bullet and at most three spaces after it
    if "INS]" in text and not _AD_SLOT_RE.sub("", text).strip():
        return "ad_slot"
    if dump and _is_bare_image(text):
        return "image"  # an image's name or alt text: no word of the page's text
    return None


def _images(doc: Doc, line: Line) -> Iterator[_Marker]:
    """Image placeholders that start on `line`; one wrapped onto the next line ends there."""
    if "[" not in line.text:
        return
    # Searched in the text from the line on, so that a placeholder wrapped in two is found whole.
    window = doc.text[line.start : line.start + len(line.text) + 420]
    for match in _BRACKETED_RE.finditer(window):
        if match.start() >= len(line.text):
            break
        name = _WRAP_RE.sub("", match.group(1))
        if _IMAGE_NAME_RE.fullmatch(name):
            yield _Marker(match.start(), match.end(), "image")


def _without_markers(text: str, markers: list[_Marker]) -> str:
    """`text` with the markers cut out (a marker running past the line ends it)."""
    pieces, at = [], 0
    for marker in markers:
        if marker.start >= at:
            pieces.append(text[at : marker.start])
        at = max(at, marker.end)
    pieces.append(text[at:])
    return " ".join(pieces)


def _link_numbers(doc: Doc) -> bool:
    """True when the dump has numbered link markers (lynx without -nolist)."""
    if doc.text.count("]") < _MIN_LINK_NUMBERS:
        return False  # cheap rejection: every marker holds a "]"
    if len(_LINK_NUMBER_HINT_RE.findall(doc.text)) < _MIN_LINK_NUMBERS:
        return False
    for count, _ in enumerate(_LINK_NUMBER_RE.finditer(doc.text), start=1):
        if count >= _MIN_LINK_NUMBERS:
            return True
    return False


def _reference_lines(doc: Doc) -> set[int]:
    """Starts of the lines of lynx's trailing list of link addresses, heading included.

    The list is "References" and then nothing but "12. https://..." lines (and
    lynx's "Visible links" / "Hidden links:" labels) to the end of the text: a
    numbered list of addresses inside an article goes on with text after it.
    """
    content = doc.content
    found: list[int] = []
    for position in range(len(content) - 1, -1, -1):
        line = content[position]
        if _REFERENCE_RE.fullmatch(line.text):
            found.append(line.start)
            continue
        if line.stripped in _REFERENCE_HEADINGS and found:
            found.append(line.start)
            if line.stripped == "References":
                return set(found)
            continue
        break
    return set()

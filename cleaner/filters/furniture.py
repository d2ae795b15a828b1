"""Text-browser furniture: what lynx and w3m draw in place of widgets, images and links.

A page dumped with ``lynx -dump`` or ``w3m -dump`` keeps no markup, so the
browser draws it: form widgets as ``[INS: :INS]``, ``(BUTTON) Subscribe``,
``____________________`` (a text field), ``[Select Month__]``, ``[ ]`` and
``( )``; images as their file name in brackets (``[logo.png]``); an iframe as
``IFRAME: //www.googletagmanager.com/...``; list bullets that lost their item
as a line holding only ``*`` or ``+``; and, unless ``-nolist`` was given,
numbered link markers (``[12]Home``) with a trailing ``References`` list of
``12. https://...`` lines. None of it is text a page's author wrote.

The markers go as spans, so a line keeps its text when that text is prose
("[ ] 'Excessive force ...'" is a caption behind a toggle). A line whose
text, without its markers, is no prose and that holds a form widget is a form
("Name(required) ______", "(BUTTON) Close share panel") and goes whole. An
image placeholder or an ad slot only takes itself: the caption beside it is
left to the other filters. The filter runs first, so that the filters after it
judge "Subscribe" rather than "(BUTTON) Subscribe". A lone "*" or "•" of a list
whose item text follows (inscriptis writes them so) goes too, in a later round.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import regex

from cleaner import _core
from cleaner.filters.base import LineFilter, whole_line
from cleaner.models import Removal
from cleaner.registry import register

if TYPE_CHECKING:
    from cleaner.document import Doc, Line

# What only a text browser writes: a page with one of these is a dump.
_DUMP_SIGN_RE = re.compile(r"\(BUTTON\)|\[INS: :INS\]|^\s*IFRAME:", re.MULTILINE)
# Characters without which no marker can stand on a line: a cheap rejection.
_HINT_RE = re.compile(r"\[|\((?:BUTTON|\*| )\)|__")

# The line tests (widgets, image placeholders, ad slots, link numbers, bullets, images
# drawn without brackets, iframes) are the native core's (src/furniture.rs): what a
# line holds is read there; which page is a dump, and its link numbers and reference
# list, here.

# lynx's numbered link marker, glued to the link text: "[12]Home". Footnote
# citations stand after a word ("the town[2] is") or before a space ("[1] Smith").
# The core finds them in a line; this pattern says whether a page has them.
_LINK_NUMBER_RE = re.compile(r"(?<![^\W_])(?<!\])\[\d{1,5}\](?=[^\W_]|[\[(\"'“‘])")
_LINK_NUMBER_HINT_RE = re.compile(r"\d\][^\W_]")  # what every marker holds, found faster
_MIN_LINK_NUMBERS = 3  # a dump with link numbers has them all over
_MIN_WRAPPED_CHARS = 60  # an iframe's address this long may go on, wrapped, below
_REFERENCE_HEADINGS = frozenset(("References", "Visible links", "Visible links:", "Hidden links:"))
_REFERENCE_RE = regex.compile(r"\s*\d{1,5}\.\s+(?:[a-z][a-z+.-]*:|//)\S*\s*")


is_placeholder = _core.is_placeholder
is_prose = _core.furniture_is_prose


@register
class BrowserFurniture(LineFilter):
    """Remove the widgets, image placeholders and link lists that text browsers draw.

    >>> from cleaner import clean
    >>> clean("[logo.png]\\n(BUTTON) Subscribe\\nThe council met. [INS: :INS]\\n     *")
    'The council met.\\n'
    """

    name = "browser_furniture"
    # What a browser draws is the same on every site: there is no vocabulary to add.
    accepts_custom = False

    def rule_for(self, line: Line) -> str | None:
        """Whole lines of furniture: an iframe."""
        text = line.text
        return "iframe" if "IFRAME:" in text and _core.furniture_is_iframe(text) else None

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
        # Asked of every line in every round of a dump: one call for all of them.
        wordless_rules = _core.furniture_wordless_rules(doc.content, dump=dump)
        for line, wordless in zip(doc.content, wordless_rules, strict=True):
            if not iframes:
                rule = None  # `rule_for` needs "IFRAME:" in the line
            elif line in seen:
                rule = seen[line]
            else:
                rule = seen[line] = self.rule_for(line)
            if rule is None and wordless is not None:
                removal = whole_line(self.name, line, wordless)
                _sort_wordless(removal, looked, line, (found, deferred), dump=dump)
                continue
            if rule is None and line.start in references:
                rule = "link_list"
            if rule is None and after_address and _core.furniture_is_address_piece(line.text):
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
        # The text from the line on: an image's name wrapped onto the next line is read whole.
        window = doc.text[line.start : line.start + len(text) + 420] if "[" in text else ""
        spans, whole, wordless = _core.furniture_markers(text, window, numbers=numbers, dump=dump)
        removals = [whole_line(self.name, line, whole)] if whole is not None else []
        removals += [
            Removal(
                filter=self.name,
                rule=rule,
                start=line.start + start,
                end=line.start + end,
                evidence=doc.text[line.start + start : line.start + end],
            )
            for start, end, rule in spans
        ]
        return removals, wordless


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

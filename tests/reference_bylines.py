"""The last Python version of the `bylines` filter: the oracle of `tests/test_core_bylines.py`.

Copied from `cleaner/filters/bylines.py` before its per-line decisions moved to
the native core (`src/bylines.rs`); only the class name and its registration differ.

Stand-alone bylines and source lines: "By Staff Writer, Reuters", "- South China Morning Post".

Templates print the author and the source above or below the text, teaser
lists print a source line for every teaser, and blogs close a post with an
author box: "About Brigit Katz" above a short bio. The name patterns are
case-sensitive: "By the time the ferry docked" starts a sentence, "By Jane Doe"
is a byline.
"""
# ruff: noqa: E501  (verbose patterns, as they were)

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from operator import attrgetter
from typing import TYPE_CHECKING

import regex

from cleaner.document import has_digit
from cleaner.filters.base import LineFilter, whole_line
from cleaner.filters.timestamps import DateLines
from cleaner.lexicons import alternation_of, phrase_key
from cleaner.rejoin import is_wrap_break, should_join

if TYPE_CHECKING:
    from cleaner.document import Doc, Line
    from cleaner.lexicons import Lexicon
    from cleaner.models import Removal, UserRules

# One capitalised word of a name: "Jane", "O'Brien", "J.", "Jean-Luc", "McDonald".
_NAME_WORD = r"\p{Lu}[\p{L}'’.\-]*"
_PARTICLE = r"(?:van|von|de|da|del|der|di|du|la|le|bin|al|el|ter|ten|dos|das)"
_NAME = rf"{_NAME_WORD}(?:\ (?:{_PARTICLE}\ )?{_NAME_WORD}){{0,3}}"
_NAME_RE = regex.compile(_NAME, regex.VERBOSE)
_NAMES = rf"{_NAME}(?:\s*(?:,|(?i:and)|&)\s*{_NAME}){{0,4}}"

_BYLINE_RE = regex.compile(
    rf"""
    (?i:by|written\ by|words\ by|story\ by|text\ by|author:?|reporter:?) \s+
    {_NAMES}                                     # "By Jane Doe and John Roe"
    (?: \s* [,|/–—-] \s* {_NAMES} ){{0,3}}        # "By Staff Writer, Reuters"
    (?: \s+ (?i:for) \s+ {_NAMES} )?               # "By Amy Kuperinsky | NJ Advance Media for NJ.com"
    (?: \s* [,|/–—-] \s* @\w+ )?                 # "By Jane Doe | @janedoe"
    \.?
    """,
    regex.VERBOSE,
)

# A news agency's credits name a whole desk: "Reporting by A, B and C; additional reporting by D".
_LONG_NAMES = rf"{_NAME}(?:\s*(?:,|(?i:and)|&)\s*{_NAME}){{0,9}}"
_CREDIT_ROLE = r"(?i:(?:additional\ )?(?:reporting|writing|editing|compiled|research|production))"
_CREDIT_RE = regex.compile(
    rf"""
    \(? {_CREDIT_ROLE} \s+ (?i:by) \s+ {_LONG_NAMES}
    (?: \s* (?:;|,|(?i:and)) \s* (?i:with\ )? {_CREDIT_ROLE}
        \s+ (?i:by) \s+ {_LONG_NAMES} ){{0,4}}
    \.? \)? \.?                                  # "Reporting by Jane Doe; Editing by John Roe"
    """,
    regex.VERBOSE,
)
# "Associated Press writers Jane Doe and John Roe contributed to this report."
_CONTRIBUTED_RE = regex.compile(
    rf"""
    (?: (?:(?i:the)\ )? \p{{Lu}}[\p{{L}}.]*(?:\ \p{{Lu}}[\p{{L}}.]*){{0,2}}    # "Associated Press", "AP"
        \ (?i:staff\ )?(?i:writers?|reporters?|correspondents?)\ )?
    {_LONG_NAMES} \ (?i:also\ )?(?i:contributed)\ (?i:to\ )?(?i:this|the)\ (?i:report|story|article)\.?
    """,
    regex.VERBOSE,
)
_MAX_CREDIT_CHARS = 400  # a desk's credits run longer than a byline
# How to reach the author: "Write to Jane Doe at jane@example.com", "Reach the reporters on
# Twitter at https://twitter.com/janedoe", "Email Jane Doe at jane@example.com or follow her @jd."
_CONTACT_RE = regex.compile(
    rf"""
    (?i:e-?mail|write\ to|contact|reach) \ (?: (?i:the\ (?:author|reporters?|writers?|editors?)) | {_NAMES} )
    \ (?i:on\ twitter\ )? (?i:at|via) \ (?: \S+@\S+\.\w+ | https?://\S+ | @\w+ )
    .{{0,160}}
    """,
    regex.VERBOSE,
)
_CONTACT_FIRST_WORDS = frozenset(("email", "e-mail", "write", "contact", "reach"))

# "- South China Morning Post", "— Reuters": a dash, then a short name.
_DASHES = frozenset("-–—")
_SOURCE_RE = regex.compile(rf"[-–—]\s*({_NAME_WORD}(?:\ (?:of|the|and|&|{_NAME_WORD})){{0,5}})")
# A bare name line: "South China Morning Post".
# A bare name beside a date has at most this many words.
_MAX_NAME_WORDS = 4
_BARE_NAME_RE = regex.compile(rf"{_NAME_WORD}(?:\ (?:of|the|and|&|{_NAME_WORD})){{0,5}}")

# A date, then the author: "Posted on November 19, 2026 by Nell Okafor".
_DATED_BYLINE_RE = regex.compile(rf"(.{{4,80}}?)\s+(?i:by)\s+{_NAMES}\.?")
# A byline beside a date: "By Jane Doe | Updated November 24, 2026" is matched by
# splitting on the separator and testing each side.
_SPLIT_RE = regex.compile(r"\s+[|·•]\s+")
_HANDLE_RE = regex.compile(r"@\w{1,30}")  # "By Jane Doe | @janedoe"
# After a byline, the source it writes for: "By Amy Kuperinsky | NJ Advance Media for NJ.com".
_SOURCE_NAME_RE = regex.compile(rf"{_NAMES}(?:\s+(?i:for)\s+{_NAMES})?")
# The fields of a post's meta row: "Categoria: Saúde", "Tags: sad, veiculo".
_META_SPLIT_RE = regex.compile(r"\s+[|·•–—-]\s+")
_META_SEPARATORS = tuple(f" {mark} " for mark in "|·•–—-")
_META_SEPARATOR_RE = re.compile("|".join(map(re.escape, _META_SEPARATORS)))  # finds any of them
_FIELD_RE = regex.compile(r"\p{Lu}\p{Ll}{1,20}:\s.{1,60}")
_CONNECTOR_RE = regex.compile(r"^(?:\p{Ll}+\s+){1,2}")
# An author box names its author again within this many characters of the bio.
_BIO_NAME_WITHIN = 160
_START = attrgetter("start")  # the key to find a line among the doc's lines, ordered by start
_MAX_BYLINE_CHARS = 160
_MAX_SOURCE_CHARS = 60
# Every byline or credit holds one of these words: a cheap rejection before the patterns.
_BYLINE_HINT_RE = regex.compile(r"(?i)\bby\b|\bauthor|\breporter")


def _credit_or_contact(text: str, folded: str) -> str | None:
    """Who contributed to the report ("credit"), or how to reach its author ("contact")."""
    if "contributed" in folded and _CONTRIBUTED_RE.fullmatch(text):
        return "credit"
    if folded.split(" ", 1)[0] in _CONTACT_FIRST_WORDS and _CONTACT_RE.fullmatch(text):
        return "contact"
    return None


def _is_credit(text: str) -> bool:
    """A desk's credits, too long for a byline: reporters and editors, or who contributed."""
    return bool(_CREDIT_RE.fullmatch(text) or _CONTRIBUTED_RE.fullmatch(text))


class ReferenceBylines(LineFilter):
    """Remove stand-alone bylines, credit lines and source lines.

    A source line ("- South China Morning Post", or the bare name just above a
    date line) is removed only when the name reads as a news source (it holds a
    word such as Post, Times or Reuters) or stands beside a date line, so that a
    one-item list is not mistaken for one.

    >>> from cleaner import clean
    >>> clean("By Staff Writer, Reuters\\nBy the time the ferry docked, the storm had passed.")
    'By the time the ferry docked, the storm had passed.\\n'
    """

    name = "bylines"

    def __init__(self, lexicon: Lexicon, custom: UserRules | None = None) -> None:
        super().__init__(lexicon, custom)
        self._publishers = lexicon.phrases("publishers")
        self._dates = DateLines(lexicon)
        # "Von Moritz Bachmann", "Posted by Jane Doe on November 19, 2026": a label of
        # any language, names, and at most a date after them.
        labels = lexicon.words("byline_labels")
        self._label_firsts = frozenset(label.split()[0] for label in labels)
        self._labelled_re = regex.compile(
            rf"(?i:{alternation_of(labels, name='byline_labels')}):?\s+{_NAMES}"
            r"(?:\s+(?P<rest>\S.{0,80}))?"
        )
        # "About Brigit Katz", "Über Moritz Bachmann": the heading of an author box.
        box_labels = lexicon.words("author_box_labels")
        self._box_firsts = frozenset(label.split()[0] for label in box_labels)
        self._box_labels = frozenset(label.casefold() for label in box_labels)
        self._author_box_re = regex.compile(
            rf"(?i:{alternation_of(box_labels, name='author_box_labels')}):?\s+(?P<name>{_NAME})"
            if box_labels
            else r"(?!)"
        )

    def rule_for(self, line: Line) -> str | None:
        """Bylines and credits, alone or beside a date; source lines need context (`find`)."""
        text = line.stripped
        if len(text) > _MAX_BYLINE_CHARS:
            return "credit" if len(text) <= _MAX_CREDIT_CHARS and _is_credit(text) else None
        # The hint words, case-folded, are in the line's key (or, for a line too long
        # to have one, its folded text) wherever the hint pattern finds them.
        folded = line.key or text.casefold()
        if folded.split(" ", 1)[0] in self._label_firsts and self._is_labelled_byline(text):
            return "byline"
        if self._is_hinted_byline(text, folded) or self._is_post_meta(text):
            return "byline"
        if rule := _credit_or_contact(text, folded):
            return rule
        if text[:1].isupper() and has_digit(text) and self._is_sourced_date(text):
            return "byline"
        return None

    def _is_post_meta(self, text: str) -> bool:
        """A blog post's meta row: a date, a byline and labelled fields between dashes or bars.

        "05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde - Tags: sad".
        """
        if not _META_SEPARATOR_RE.search(text):
            return False  # cheap rejection: most lines have no such separators
        parts = _META_SPLIT_RE.split(text)
        if len(parts) == 2:  # "Chris Davies - Nov 19, 2019, 10:31 pm CST"
            name, date = parts
            return (
                len(name.split()) <= _MAX_NAME_WORDS
                and bool(_BARE_NAME_RE.fullmatch(name))
                and bool(self._dates.kind(date))
            )
        if len(parts) < 3:
            return False
        bylines = [p for p in parts if self._is_labelled_byline(p) or self._is_byline(p)]
        dates = [p for p in parts if self._dates.kind(p)]
        fields = [p for p in parts if _FIELD_RE.fullmatch(p)]
        return bool(bylines and dates) and len(bylines) + len(dates) + len(fields) == len(parts)

    def _is_sourced_date(self, text: str) -> bool:
        """A news agency's or outlet's name run into a date: "Reuters November 18, 2019 11:03 PM"."""
        words = text.split(" ")
        for count in range(1, min(_MAX_NAME_WORDS, len(words) - 1) + 1):
            name, rest = " ".join(words[:count]), " ".join(words[count:])
            if not _BARE_NAME_RE.fullmatch(name):
                return False
            if self._names_a_source(name) and self._dates.kind(rest):
                return True
        return False

    def _is_hinted_byline(self, text: str, folded: str) -> bool:
        """A byline or credit with "by", "author" or "reporter", alone or beside a date."""
        if "by" not in folded and "author" not in folded and "reporter" not in folded:
            return False
        if not _BYLINE_HINT_RE.search(text):
            return False
        parts = _SPLIT_RE.split(text)
        if self._is_byline(parts[0]) and all(
            self._is_byline(p)
            or _HANDLE_RE.fullmatch(p)
            or _SOURCE_NAME_RE.fullmatch(p)
            or self._dates.kind(p)
            for p in parts[1:]
        ):
            return True
        if any(self._is_byline(p) for p in parts) and all(
            self._is_byline(p) or _HANDLE_RE.fullmatch(p) or self._dates.kind(p) for p in parts
        ):
            return True
        dated = _DATED_BYLINE_RE.fullmatch(text)  # "Posted on November 19, 2026 by Nell Okafor"
        return bool(dated and self._dates.kind(dated.group(1)))

    def _is_labelled_byline(self, text: str) -> bool:
        """A label and names, then nothing or a date: "Von X publiziert am 30. Juli 2018"."""
        labelled = self._labelled_re.fullmatch(text)
        if labelled is None:
            return False
        rest = labelled.group("rest")
        if rest is None:
            return True
        # Up to two lower-case words join the names to the date ("on", "publiziert am").
        date = _CONNECTOR_RE.sub("", rest, count=1)
        return bool(date) and self._dates.kind(date) is not None

    def _is_byline(self, text: str) -> bool:
        return bool(_BYLINE_RE.fullmatch(text) or _CREDIT_RE.fullmatch(text))

    def is_date(self, line: Line) -> bool:
        """True for a stand-alone date line, which marks the lines beside it as metadata."""
        return self._dates.kind(line.stripped) is not None

    def _names_a_source(self, name: str) -> bool:
        return any(word in self._publishers for word in phrase_key(name).split())

    def find(self, doc: Doc) -> Iterator[Removal]:
        """Bylines on their own; source lines by their wording and their neighbours."""
        content = doc.content
        # Line-only verdicts, kept for the pipeline's later rounds: (rule, source kind).
        seen = self.line_verdicts(doc)
        dates = self.line_verdicts(doc, "date")
        custom = self.custom_rule_for if self.has_custom else None
        rule_for = self.rule_for

        def is_dated(position: int) -> bool:
            if not 0 <= position < len(content):
                return False
            line = content[position]
            if line not in dates:
                dates[line] = self.is_date(line)
            return bool(dates[line])

        box_lines: set[Line] = set()
        for position, line in enumerate(content):
            if line in box_lines:
                continue
            if line.key.split(" ", 1)[0] in self._box_firsts:
                box = self._author_box(doc, line)
                if box:
                    box_lines.update(box)
                    for part in box:
                        yield whole_line(self.name, part, "author_box")
                    continue
            if line in seen:
                rule, kind = seen[line]
            else:
                rule = (custom and custom(line)) or rule_for(line)
                kind = (
                    self._source_kind(line)
                    if rule is None and len(line.stripped) <= _MAX_SOURCE_CHARS
                    else ""
                )
                seen[line] = (rule, kind)
            if rule is None:
                if not (
                    kind == "named"
                    or (kind == "plausible" and (is_dated(position - 1) or is_dated(position + 1)))
                ):
                    continue
                rule = "source_line"
            yield whole_line(self.name, line, rule)

    def _author_box(self, doc: Doc, heading: Line) -> list[Line]:
        """The heading and the bio of an author box, or nothing.

        "About Brigit Katz" above "Brigit Katz is a freelance writer based in
        Toronto...": the heading names a person and the paragraph under it
        names them again near its start. A subheading such as "About the
        project" names no one the next paragraph repeats, and stays.
        """
        lines = doc.lines
        at = bisect.bisect_left(lines, heading.start, key=_START) + 1
        matched = self._author_box_re.fullmatch(heading.stripped)
        headings = [heading]
        if matched is None and heading.key in self._box_labels:
            # A text-node dump cuts "Sobre Carlos Nadalim" after its label: the name is next.
            at = _next_text(lines, at)
            if at == len(lines) or not _NAME_RE.fullmatch(name := lines[at].stripped):
                return []
            headings.append(lines[at])
            at += 1
        elif matched is not None:
            name = matched.group("name")
        else:
            return []
        if " " not in name:
            return []  # a full name: "About Kenya" is a subheading
        at = _next_text(lines, at)  # the bio is the next paragraph, after blank lines if any
        if at < len(lines) and lines[at].stripped == name:  # the photo's alt text: the name again
            headings.append(lines[at])
            at = _next_text(lines, at + 1)
        if at == len(lines) or name not in lines[at].stripped[:_BIO_NAME_WITHIN]:
            return []
        bio = [lines[at]]
        # The bio runs on over the lines a rendering cut it into (links in it, or the
        # wrap of a text-browser dump).
        for index in range(at + 1, len(lines)):
            following = lines[index].stripped
            after = lines[index + 1].stripped if index + 1 < len(lines) else ""
            if not following or not (
                (doc.wrap and is_wrap_break(bio[-1].text, lines[index].text, doc.wrap))
                or should_join(bio[-1].stripped, following, after=after)
            ):
                break
            bio.append(lines[index])
        return [*headings, *bio]

    def _source_kind(self, line: Line) -> str:
        """Classify a possible source line: 'named', 'plausible' or ''.

        'named' is a dashed name that reads as a news source; 'plausible' is one
        that counts only beside a date line.
        """
        text = line.stripped
        first = text[:1]
        if first in _DASHES:
            dashed = _SOURCE_RE.fullmatch(text)
            if dashed:
                return "named" if self._names_a_source(dashed.group(1)) else "plausible"
            return ""  # a dash is no capital letter: no bare name either
        if first.isascii() and not "A" <= first <= "Z":
            return ""  # cheap rejection: a bare name opens with a capital letter
        if _BARE_NAME_RE.fullmatch(text) and self._names_a_source(text):
            return "plausible"
        return ""


def _next_text(lines: Sequence[Line], at: int) -> int:
    """The index of the first line from `at` on that is not blank, or `len(lines)`."""
    while at < len(lines) and not lines[at].stripped:
        at += 1
    return at

"""Stand-alone bylines and source lines: "By Staff Writer, Reuters", "- South China Morning Post".

Templates print the author and the source above or below the text, teaser
lists print a source line for every teaser, and blogs close a post with an
author box: "About Brigit Katz" above a short bio. The name patterns are
case-sensitive: "By the time the ferry docked" starts a sentence, "By Jane Doe"
is a byline.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from functools import cache
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from cleaner import _core
from cleaner.errors import ConfigError
from cleaner.filters.base import UNSEEN, LineFilter, whole_line
from cleaner.filters.timestamps import DateLines, date_matcher
from cleaner.registry import register
from cleaner.rejoin import is_wrap_break, should_join

if TYPE_CHECKING:
    from cleaner.document import Doc, Line
    from cleaner.lexicons import Lexicon
    from cleaner.models import Removal, UserRules

# An author box names its author again within this many characters of the bio.
_BIO_NAME_WITHIN = 160
_START = attrgetter("start")  # the key to find a line among the doc's lines, ordered by start
_MAX_SOURCE_CHARS = 60


@cache
def byline_matcher(lexicon: Lexicon) -> _core.BylineMatcher:
    """The byline patterns with `lexicon`'s words, compiled once per lexicon and shared."""
    labels = lexicon.words("byline_labels")
    box_labels = lexicon.words("author_box_labels")
    if not labels:
        raise ConfigError("lexicon byline_labels has no entries")
    return _core.BylineMatcher(
        labels=list(labels),
        box_labels=list(box_labels),
        publishers=sorted(lexicon.phrases("publishers")),
        dates=date_matcher(lexicon),
    )


@register
class Bylines(LineFilter):
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
        self._lexicon = lexicon
        self._dates = DateLines(lexicon)
        # The per-line patterns, in the native core (`src/bylines.rs`): "Von Moritz
        # Bachmann", "Posted by Jane Doe on November 19, 2026", "Reporting by ...",
        # "- South China Morning Post", "About Brigit Katz".
        self._patterns = byline_matcher(lexicon)

    def __getstate__(self) -> dict[str, Any]:
        """Pickle without the compiled patterns: the lexicon rebuilds them (shared) on load."""
        state = self.__dict__.copy()
        del state["_patterns"]
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        """Restore a pickled filter and take its lexicon's patterns."""
        self.__dict__.update(state)
        self._patterns = byline_matcher(self._lexicon)

    def rule_for(self, line: Line) -> str | None:
        """Bylines and credits, alone or beside a date; source lines need context (`find`)."""
        return self._patterns.rule_for(line.stripped, line.key)

    def is_date(self, line: Line) -> bool:
        """True for a stand-alone date line, which marks the lines beside it as metadata."""
        return self._dates.kind(line.stripped) is not None

    def find(self, doc: Doc) -> Iterator[Removal]:
        """Bylines on their own; source lines by their wording and their neighbours."""
        content = doc.content
        # Line-only verdicts, kept for the pipeline's later rounds: (rule, source kind).
        verdicts = self.line_memo(doc).recall(content)
        dates = self.line_memo(doc, "date").recall(content)
        custom = self.custom_rule_for if self.has_custom else None
        rule_for = self.rule_for

        def is_dated(position: int) -> bool:
            if not 0 <= position < len(content):
                return False
            dated = dates[position]
            if dated is UNSEEN:
                dated = dates[position] = self.is_date(content[position])
            return bool(dated)

        box_lines: set[Line] = set()
        for position, line in enumerate(content):
            if line in box_lines:
                continue
            if self._patterns.opens_author_box(line.key):
                box = self._author_box(doc, line)
                if box:
                    box_lines.update(box)
                    for part in box:
                        yield whole_line(self.name, part, "author_box")
                    continue
            if verdicts[position] is not UNSEEN:
                rule, kind = verdicts[position]
            else:
                rule = (custom and custom(line)) or rule_for(line)
                kind = (
                    self._source_kind(line)
                    if rule is None and len(line.stripped) <= _MAX_SOURCE_CHARS
                    else ""
                )
                verdicts[position] = (rule, kind)
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
        patterns = self._patterns
        matched = patterns.author_box_name(heading.stripped)
        headings = [heading]
        if matched is None and patterns.is_box_label(heading.key):
            # A text-node dump cuts "Sobre Carlos Nadalim" after its label: the name is next.
            at = _next_text(lines, at)
            if at == len(lines) or not patterns.is_name(name := lines[at].stripped):
                return []
            headings.append(lines[at])
            at += 1
        elif matched is not None:
            name = matched
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
        return self._patterns.source_kind(line.stripped)


def _next_text(lines: Sequence[Line], at: int) -> int:
    """The index of the first line from `at` on that is not blank, or `len(lines)`."""
    while at < len(lines) and not lines[at].stripped:
        at += 1
    return at

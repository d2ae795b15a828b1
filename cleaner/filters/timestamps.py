"""Stand-alone date and time lines: "4 minutes ago", "Published 10:32 AM EST, Tue November 24, 2026".

Article templates print publication and update times on lines of their own, and
teaser lists print one per teaser. Only a line made of nothing but a date, a time
and their usual labels is removed; a sentence that mentions a time ("He arrived
20 minutes ago, police said") is content.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Self

import regex

from cleaner.filters.base import LineFilter
from cleaner.registry import register

if TYPE_CHECKING:
    from cleaner.document import Line
    from cleaner.lexicons import Lexicon
    from cleaner.models import CleanerConfig, TimestampSettings, UserRules

_LABEL = r"""
    (?: (?:first\ |last\ )?(?:updated|published|posted|modified|edited|created|released|date)
        (?:\ on|\ at)? \s* :? \s*
    )?
"""

_RELATIVE_TEMPLATE = r"""
    {label}
    (?: (?: \d{{1,3}} | an? | one | two | three | four | five | six | seven | eight | nine | ten
          | few | several )
        \s* (?: seconds? | secs? | s | minutes? | mins? | m | hours? | hrs? | hr | h
              | days? | d | weeks? | wks? | w | months? | mos? | years? | yrs? | y ) \.?
        \s+ ago                                      # "4 minutes ago", "2h ago", "an hour ago"
      | just\ now | moments?\ ago | yesterday | today  # "Updated yesterday"
    )
    (?: \s* [,|·•] \s* {absolute_core} )?            # "2 hours ago | November 24, 2026"
"""

_ABSOLUTE_TEMPLATE = r"""
    {label} {absolute_core}
"""

_ZONE = r"""(?: \s* \(? (?:GMT|UTC|BST|CET|CEST|EET|EEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|CT|MT
    |HKT|SGT|JST|KST|IST|AEST|AEDT|AWST|NZST|NZDT|WIB|MSK) (?: \s*[+-]\s*\d{{1,2}}(?::?\d{{2}})? )? \)? )?"""

_ABSOLUTE_CORE_TEMPLATE = r"""
    (?: {item} )
    (?: (?: \s* [,|·•/–—-] \s* | \s+ (?: at | on | - ) \s+ | \s+ ) {label} {item} ){{0,5}}   # "11:05, Sat, Nov 21, 2026 | UPDATED: 13:40"
    \.?
"""

_ITEM_TEMPLATE = r"""
    (?: (?: {weekday} ) \.? ,? \s* )?
    (?: (?: {month} ) \.? \s+ \d{{1,2}} (?:st|nd|rd|th)? (?: ,? \s* \d{{4}} )?   # November 24, 2026; Nov. 24
      | \d{{1,2}} (?:st|nd|rd|th)? \s+ (?:of\ )? (?: {month} ) \.? ,? (?: \s* \d{{4}} )?  # 24 November 2026
      | (?: {month} ) \.? \s+ \d{{4}}                                          # November 2026
      | \d{{4}} - \d{{2}} - \d{{2}} (?: [T\ ] \d{{2}}:\d{{2}}(?::\d{{2}})?(?:\.\d+)? (?:Z|[+-]\d{{2}}:?\d{{2}})? )?  # 2026-11-24T10:32Z
      | \d{{1,2}} [/.] \d{{1,2}} [/.] \d{{2,4}}                                  # 11/24/2026, 24.11.2026
      | \d{{1,2}} [:.] \d{{2}} (?: [:.] \d{{2}} )? (?: \s* [ap] \.? m \.? )? {zone}  # 10:32 AM EST, 10.32 GMT
      | \d{{1,2}} \s* [ap] \.? m \.? {zone}                                      # 10 a.m. ET
    )
"""

_READING_TIME_RE = regex.compile(
    r"""
      \d{1,3} \s* (?:min(?:ute)?s?|m) \.? \s+ read            # "5 min read"
    | (?:reading\ time|read\ time|lesezeit) \s* :? \s* \d{1,3} \s* (?:min(?:ute)?s?|m) \.?  # "Reading time: 4 minutes"
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


def build_patterns(lexicon: Lexicon) -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """Compile the relative and absolute whole-line patterns with `lexicon`'s names."""
    item = _ITEM_TEMPLATE.format(
        weekday=lexicon.alternation("weekdays"),
        month=lexicon.alternation("months"),
        zone=_ZONE.format(),
    )
    core = _ABSOLUTE_CORE_TEMPLATE.format(item=item, label=_LABEL)
    flags = regex.VERBOSE | regex.IGNORECASE
    relative = regex.compile(_RELATIVE_TEMPLATE.format(label=_LABEL, absolute_core=core), flags)
    absolute = regex.compile(_ABSOLUTE_TEMPLATE.format(label=_LABEL, absolute_core=core), flags)
    return relative, absolute


# Every date line holds a digit or one of a few words; lines without them skip the patterns.
_CHEAP_HINT_RE = regex.compile(r"\d|now|ago|yesterday|today", regex.IGNORECASE)
# A date line is short; longer lines are prose.
_MAX_DATE_CHARS = 120


@register
class Timestamps(LineFilter):
    """Remove lines that hold only a date, a time or a relative time.

    >>> from cleaner import clean
    >>> clean("4 minutes ago\\nHe arrived 20 minutes ago, police said.")
    'He arrived 20 minutes ago, police said.\\n'
    """

    name = "timestamps"

    def __init__(
        self,
        lexicon: Lexicon,
        custom: UserRules | None = None,
        *,
        relative: bool = True,
        absolute: bool = True,
    ) -> None:
        super().__init__(lexicon, custom)
        self._relative_re, self._absolute_re = build_patterns(lexicon)
        self._relative = relative
        self._absolute = absolute

    @classmethod
    def from_config(cls, config: CleanerConfig, lexicon: Lexicon) -> Self:
        """Build with the `[timestamps]` settings and the user's additions."""
        settings: TimestampSettings = config.timestamps
        return cls(
            lexicon,
            config.custom.get(cls.name),
            relative=settings.relative,
            absolute=settings.absolute,
        )

    def rule_for(self, line: Line) -> str | None:
        """Name the kind of date line, or None for anything else."""
        return self.rule_for_text(line.stripped)

    def rule_for_text(self, text: str) -> str | None:
        """`rule_for` on a bare string, for filters that look for dates in context."""
        if len(text) > _MAX_DATE_CHARS or not _CHEAP_HINT_RE.search(text):
            return None
        if self._relative and self._relative_re.fullmatch(text):
            return "relative_time"
        if self._absolute and self._absolute_re.fullmatch(text):
            return "absolute_date"
        if self._relative and _READING_TIME_RE.fullmatch(text):
            return "reading_time"
        return None

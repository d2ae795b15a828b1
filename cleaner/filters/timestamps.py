"""Stand-alone date and time lines: "4 minutes ago", "vor 5 Minuten", "2026年11月25日 10:32".

Article templates print publication and update times on lines of their own, and
teaser lists print one per teaser. Only a line made of nothing but a date, a time
and their usual labels is removed; a sentence that mentions a time ("He arrived
20 minutes ago, police said") is content.

The structure of a date (day, month, year, time, in which order, with which
separators) is written in the native core (`src/dates.rs`, `_core.DateMatcher`);
the words of each language (month and weekday names, "vor {n} {unit}", "il y a
{n} {unit}", labels such as "Mis à jour le") come from the lexicons and are handed
to it here, so that one matcher covers every shipped language.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any, Self

import regex

from cleaner import _core
from cleaner.errors import ConfigError
from cleaner.filters.base import LineFilter
from cleaner.registry import register

if TYPE_CHECKING:
    from cleaner.config import CleanerConfig
    from cleaner.document import Line
    from cleaner.lexicons import Lexicon
    from cleaner.models import TimestampSettings, UserRules

# A template space stands for any run of spaces and colons, or none:
# "Lesezeit: 4 Min.", "3分钟前", "읽는 시간 4분".
_TEMPLATE_SPACE = r"[\s:：]*"
_TEMPLATE_PART_RE = regex.compile(r"(\{n\}|\{unit\}|\s+)")


def template_pattern(template: str, units: str) -> str:
    """One lexicon template as a `regex` pattern: "vor {n} {unit}" -> vor\\s*\\d{1,3}\\s*(?:…).

    `{n}` is a number of one to three digits and `{unit}` one of `units` (an
    alternation), optionally abbreviated with a dot ("5 Min."). The matcher
    reads templates the same way (`template_pattern` in `src/dates.rs`); this
    form serves the lexicon checks, which try each template on an example.
    """
    out: list[str] = []
    for part in _TEMPLATE_PART_RE.split(template):
        if part == "{n}":
            out.append(r"\d{1,3}")
        elif part == "{unit}":
            out.append(rf"(?:{units})\.?")
        elif part.isspace():
            out.append(_TEMPLATE_SPACE)
        elif part:
            out.append(regex.escape(part))
    return r"\s*".join(out)


def _names(lexicon: Lexicon, family: str) -> tuple[str, ...]:
    """Month or weekday names, which every lexicon must have."""
    words = lexicon.words(family)
    if not words:
        raise ConfigError(f"lexicon {lexicon.lang}/{family} has no entries")
    return words


@cache
def date_matcher(lexicon: Lexicon) -> _core.DateMatcher:
    """The date patterns with `lexicon`'s words, compiled once per lexicon and shared.

    The `timestamps` filter and `DateLines`, which other filters ask, use the
    same matcher.
    """
    units = dict(lexicon.words_by_language("time_units"))
    weekdays = _names(lexicon, "weekdays")
    months = _names(lexicon, "months")
    return _core.DateMatcher(
        months=list(months),
        weekdays=list(weekdays),
        labels=list(lexicon.words("date_labels")),
        connectors=list(lexicon.words("date_connectors")),
        periods=list(lexicon.words("day_periods")),
        relative=[
            (list(units.get(lang, ())), list(templates))
            for lang, templates in lexicon.words_by_language("relative_times")
        ],
        reading=[
            (list(units.get(lang, ())), list(templates))
            for lang, templates in lexicon.words_by_language("reading_times")
        ],
    )


class DateLines:
    """Tells date lines of every kind: a recogniser that filters ask, not a filter.

    Bylines and related sections take a date line for metadata whatever the
    `timestamps` filter is set to remove (its `relative` and `absolute`
    settings say what to remove, not what a date is). Pickled as its lexicon.
    """

    def __init__(self, lexicon: Lexicon) -> None:
        self._lexicon = lexicon
        self._dates = date_matcher(lexicon)

    def __reduce__(self) -> tuple[type[DateLines], tuple[Lexicon]]:
        return (DateLines, (self._lexicon,))

    def kind(self, text: str) -> str | None:
        """The kind of date line `text` is ("relative_time", "absolute_date", "reading_time")."""
        return self._dates.rule_for_text(text, True, True)


@register
class Timestamps(LineFilter):
    """Remove lines that hold only a date, a time or a relative time.

    >>> from cleaner import clean
    >>> clean("4 minutes ago\\nHe arrived 20 minutes ago, police said.")
    'He arrived 20 minutes ago, police said.\\n'
    >>> clean("vor 5 Minuten\\nDer Rat tagte am Montag.")
    'Der Rat tagte am Montag.\\n'
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
        self._lexicon = lexicon
        self._dates = date_matcher(lexicon)
        self._relative = relative
        self._absolute = absolute

    def __getstate__(self) -> dict[str, Any]:
        """Pickle without the compiled matcher: the lexicon rebuilds it (shared) on load."""
        state = self.__dict__.copy()
        del state["_dates"]
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        """Restore a pickled filter and take its lexicon's matcher."""
        self.__dict__.update(state)
        self._dates = date_matcher(self._lexicon)

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
        return self._dates.rule_for_text(line.stripped, self._relative, self._absolute)

    def rule_for_text(self, text: str) -> str | None:
        """`rule_for` on a bare string, for filters that look for dates in context."""
        return self._dates.rule_for_text(text, self._relative, self._absolute)

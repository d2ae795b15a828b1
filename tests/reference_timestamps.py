# Verbose patterns keep a real example beside each alternative, as in cleaner/filters/.
# ruff: noqa: E501
"""The pure-Python date patterns of commit e9742aa, kept as the oracle of the native core.

The date and time matching of `cleaner/filters/timestamps.py` moved into the Rust
core (`src/dates.rs`) with issue #12. This is its last Python version, unchanged
but for names (`ReferenceTimestamps`, not registered as a filter), which
`tests/test_core_dates.py` holds the core to on every bench line and on
generated date-like text.

Stand-alone date and time lines: "4 minutes ago", "vor 5 Minuten", "2026年11月25日 10:32".

Article templates print publication and update times on lines of their own, and
teaser lists print one per teaser. Only a line made of nothing but a date, a time
and their usual labels is removed; a sentence that mentions a time ("He arrived
20 minutes ago, police said") is content.

The structure of a date (day, month, year, time, in which order, with which
separators) is written here; the words of each language (month and weekday
names, "vor {n} {unit}", "il y a {n} {unit}", labels such as "Mis à jour le")
come from the lexicons, so that one pattern covers every shipped language.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Self

import regex

from cleaner.filters.base import LineFilter
from cleaner.lexicons import alternation_of

if TYPE_CHECKING:
    from collections.abc import Iterable

    from cleaner.config import CleanerConfig
    from cleaner.document import Line
    from cleaner.lexicons import Lexicon
    from cleaner.models import TimestampSettings, UserRules

_LABEL_TEMPLATE = r"""
    (?: (?: (?:first\ |last\ )?(?:updated|published|posted|modified|edited|created|released|date)
            (?:\ on|\ at)?
          | (?: {labels} )                           # "Mis à jour le", "Aktualisiert am", "입력"
        ) \s* [:：]? \s*
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
      | {relative}                                   # "vor 5 Minuten", "3分钟前", "gestern"
    )
    (?: \s* [,|·•]? \s* (?: (?: at | {connectors} ) \s+ )? {absolute_core} )?   # "2 hours ago | November 24, 2026", "2 days ago at 07:52 am", "gestern, 10:32 Uhr"
"""

_ABSOLUTE_TEMPLATE = r"""
    {label} {absolute_core}
"""

_ZONE = r"""(?: \s* \(? (?:GMT|UTC|BST|CET|CEST|EET|EEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|CT|MT
    |HST|HDT|AKST|AKDT|HKT|SGT|JST|KST|IST|AEST|AEDT|AWST|NZST|NZDT|WIB|WITA|WIT|MSK|MEZ|MESZ|TRT) (?: \s*[+-]\s*\d{{1,2}}(?::?\d{{2}})? )? \)? )?"""

_ABSOLUTE_CORE_TEMPLATE = r"""
    (?: {item} )
    (?: (?: \s* [,;|·•/–—-] \s*                        # "Updated Nov 19, 6:55 AM;Posted Nov 19"
          | \s+ (?: (?: at | on | - | {connectors} ) (?: \s* [,|·•/–—-] \s* | \s+ ) ){{1,2}}  # "25.11.2026 um 10:32", "2026 года в 10:32"
          | \s+ | (?<=[年月日년월일]) \s* )
        {label} {item} ){{0,5}}                       # "11:05, Sat, Nov 21, 2026 | UPDATED: 13:40"
    (?: \s+ (?: {connectors} ) )?                     # "25 listopada 2026 r.", "25 ноября 2026 г."
    [.。]?
"""

_ITEM_TEMPLATE = r"""
    (?: (?: {weekday} ) \.? ,? \s* )?
    (?: (?!(?:set|out)\b) (?: {month} ) \.? \s+ \d{{1,2}} (?:st|nd|rd|th)? (?: ,? \s* \d{{4}} )?   # November 24, 2026; Nov. 24 (not "Set 2", "Out 5")
      | \d{{1,2}} (?:st|nd|rd|th|er|º|\.)? \s* (?:(?:of|de|del)\ )? (?: {month} ) \.? ,?
          (?: \s* (?:de\ |del\ )? \d{{4}} )?                                    # 24 November 2026; 25. November; 25 de noviembre de 2026
      | (?: {month} ) \.? \s+ (?:de\ )? \d{{4}}                                   # November 2026; noviembre de 2026
      | \d{{4}} - \d{{2}} - \d{{2}} (?: [T\ ] \d{{2}}:\d{{2}}(?::\d{{2}})?(?:\.\d+)? (?:Z|[+-]\d{{2}}:?\d{{2}})? )?  # 2026-11-24T10:32Z
      | \d{{4}} [./] \ ? \d{{1,2}} [./] \ ? \d{{1,2}} \.?                          # 2026.11.25, 2026/11/25, 2026. 11. 25.
      | \d{{1,2}} [/.] \d{{1,2}} [/.] \d{{2,4}}                                  # 11/24/2026, 24.11.2026
      | \d{{1,2}} [/.] \d{{1,2}} \.? (?=\s*[,|·•]|\s+\d)                         # 25.11. 10:32 (year left out)
      | \d{{4}} \s* [年년] (?: \s* \d{{1,2}} \s* [月월] (?: \s* \d{{1,2}} \s* [日号일] )? )?   # 2026年11月25日, 2026년 11월 25일
      | \d{{1,2}} \s* [月월] \s* \d{{1,2}} \s* [日号일]                           # 11月25日, 11월 25일
      | (?: (?: {periods} ) \s* )? \d{{1,2}} [:.] \d{{2}} (?: [:.] \d{{2}} )?
          (?: \s* [ap] \.? m \.? | \s* (?:Uhr|h|hs|hrs|ч) \.? )? {zone}          # 10:32 AM EST, 10.32 GMT, 10:32 Uhr, 午後3:20
      | \d{{1,2}} \s? h \s? \d{{2}} {zone}                                     # 10h32 (French)
      | \d{{1,2}} \s* [ap] \.? m \.? {zone}                                     # 10 a.m. ET
      | (?: (?: {periods} ) \s* )? \d{{1,2}} \s* [時时点點시] (?: \s* \d{{1,2}} \s* [分분] )?   # 午後3時20分, 오전 10시 32분
    )
    (?: \s* [(（] \s* (?: {weekday} ) \s* [)）]                                # 2026年11月25日（水）, 2026. 11. 25(수)
      | ,? \s+ (?: {weekday} ) (?=\s*$) )?                                      # 25 Kasım 2026 Çarşamba
"""

_READING_TIME_RE = regex.compile(
    r"""
      \d{1,3} \s* (?:min(?:ute)?s?|m) \.? \s+ read            # "5 min read"
    | (?:reading\ time|read\ time|lesezeit) \s* :? \s* \d{1,3} \s* (?:min(?:ute)?s?|m) \.?  # "Reading time: 4 minutes"
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# A template space stands for any run of spaces and colons, or none:
# "Lesezeit: 4 Min.", "3分钟前", "읽는 시간 4분".
_TEMPLATE_SPACE = r"[\s:：]*"
_TEMPLATE_PART_RE = regex.compile(r"(\{n\}|\{unit\}|\s+)")


def template_pattern(template: str, units: str) -> str:
    """Turn one lexicon template into a pattern: "vor {n} {unit}" -> vor\\s*\\d{1,3}\\s*(?:Minuten|...).

    `{n}` is a number of one to three digits and `{unit}` one of `units` (an
    alternation), optionally abbreviated with a dot ("5 Min.").
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


def _guarded(alternation: str, firsts: Iterable[str], *, guard: bool) -> str:
    """`alternation` behind a look-ahead for the characters its alternatives open with.

    `regex` tries the alternatives of a group one by one, even at a position where
    none can start, and the date patterns try months, weekdays and labels of every
    language at most positions of a line: the look-ahead turns that into one class
    test. It changes no match: an alternative matches only where its first character
    does, and under `regex.IGNORECASE` a class holds the same case variants of a
    character as the character does (a test holds the patterns to their unguarded
    selves). `firsts` are single characters or `\\d`.
    """
    if not guard:
        return alternation
    chars = "".join(sorted(c if c == r"\d" else regex.escape(c) for c in set(firsts)))
    return f"(?=[{chars}])(?:{alternation})"


def _template_firsts(template: str, units: Iterable[str]) -> set[str]:
    """The characters a match of `template` can open with (`\\d` for all digits)."""
    if template.startswith("{n}"):
        return {r"\d"}
    if template.startswith("{unit}"):
        return {unit[0] for unit in units}
    return {template[0]}


def _templates(lexicon: Lexicon, family: str, *, guard: bool) -> str:
    """One alternation of every language's templates of `family`, each with its own units."""
    alternatives: list[str] = []
    firsts: set[str] = set()
    units_by_lang = dict(lexicon.words_by_language("time_units"))
    for lang, templates in lexicon.words_by_language(family):
        units = units_by_lang.get(lang, ())
        for template in templates:
            if "{unit}" in template and not units:
                continue  # a template whose language ships no unit words cannot match
            units_re = (
                _guarded(
                    alternation_of(units, name=f"{lang}/time_units"),
                    (unit[0] for unit in units),
                    guard=guard,
                )
                if units
                else ""
            )
            alternatives.append(template_pattern(template, units_re))
            firsts |= _template_firsts(template, units)
    if not alternatives:
        return r"(?!)"
    return _guarded("|".join(alternatives), firsts, guard=guard)


def _words(lexicon: Lexicon, family: str, *, guard: bool) -> str:
    """The alternation of `family`, or a pattern that never matches when no language has it."""
    words = lexicon.words(family)
    if not words:
        return r"(?!)"
    alternation = alternation_of(words, name=f"{lexicon.lang}/{family}")
    return _guarded(alternation, (word[0] for word in words), guard=guard)


def _names(lexicon: Lexicon, family: str, *, guard: bool) -> str:
    """The alternation of month or weekday names, which every lexicon must have."""
    words = lexicon.words(family)
    return _guarded(lexicon.alternation(family), (word[0] for word in words), guard=guard)


@cache
def _build(
    lexicon: Lexicon, *, guard: bool = True
) -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    """The relative, absolute and reading-time patterns; `guard=False` for the plain ones."""
    label = _LABEL_TEMPLATE.format(labels=_words(lexicon, "date_labels", guard=guard))
    connectors = _words(lexicon, "date_connectors", guard=guard)
    item = _ITEM_TEMPLATE.format(
        weekday=_names(lexicon, "weekdays", guard=guard),
        month=_names(lexicon, "months", guard=guard),
        periods=_words(lexicon, "day_periods", guard=guard),
        zone=_ZONE.format(),
    )
    core = _ABSOLUTE_CORE_TEMPLATE.format(item=item, label=label, connectors=connectors)
    flags = regex.VERBOSE | regex.IGNORECASE
    relative = regex.compile(
        _RELATIVE_TEMPLATE.format(
            label=label,
            relative=_templates(lexicon, "relative_times", guard=guard),
            connectors=connectors,
            absolute_core=core,
        ),
        flags,
    )
    absolute = regex.compile(_ABSOLUTE_TEMPLATE.format(label=label, absolute_core=core), flags)
    reading_times = _templates(lexicon, "reading_times", guard=guard)
    reading = regex.compile(rf"{label} (?: {reading_times} ) [.。]?", flags)
    return relative, absolute, reading


def build_patterns(lexicon: Lexicon) -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """Compile the relative and absolute whole-line patterns with `lexicon`'s names.

    Compiled once per lexicon and shared: the bylines and related filters hold
    a `Timestamps` of their own to recognise date lines.
    """
    relative, absolute, _ = _build(lexicon)
    return relative, absolute


# Every word a date line may hold that is written in the patterns above rather
# than in the lexicons: labels, number words, units, "ago", am/pm, ordinals, ISO
# "T" and "Z", time zones, "Uhr".
_CODE_WORDS = frozenset(
    """
    first last updated published posted modified edited created released date on at
    an a one two three four five six seven eight nine ten few several
    seconds second secs sec s minutes minute mins min m hours hour hrs hr h days day d
    weeks week wks wk w months month mos mo years year yrs yr y ago just now moment moments
    yesterday today st nd rd th er º of de del am pm p t z uhr hs ч read reading time lesezeit
    gmt utc bst cet cest eet eest est edt cst cdt mst mdt pst pdt et pt ct mt hkt sgt jst kst
    hst hdt akst akdt ist aest aedt awst nzst nzdt wib wita wit msk mez mesz trt
    """.split()
)
_DATE_FAMILIES = (
    "months",
    "weekdays",
    "time_units",
    "relative_times",
    "reading_times",
    "date_labels",
    "date_connectors",
    "day_periods",
)
_WORD_RE = regex.compile(r"[\p{L}\p{M}]+")
_ASCII_WORD_RE = re.compile("[a-z]+")  # `_WORD_RE` on case-folded ASCII text
_SPACELESS_WORD_RE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}ー]+")
# Han, kana and Hangul that dates are written with, beyond those of the lexicons.
_CODE_CHARS = frozenset("年月日号時时点點分秒년월일시분초")


@cache
def _vocabulary(lexicon: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    """The words, and the Han, kana and Hangul characters, that a date line can be made of.

    A line holding any other word cannot match the patterns, so it is rejected
    with a few set lookups instead of a run of the long multilingual patterns
    (most lines that hold a digit are prose).
    """
    words: set[str] = set(_CODE_WORDS)
    chars: set[str] = set(_CODE_CHARS)
    for family in _DATE_FAMILIES:
        for entry in lexicon.words(family):
            folded = entry.casefold().replace("{n}", " ").replace("{unit}", " ")
            words.update(_WORD_RE.findall(folded))
            for run in _SPACELESS_WORD_RE.findall(folded):
                chars.update(run)
    return frozenset(words), frozenset(chars)


# A date line is short; longer lines are prose. Without a digit it is shorter still.
_MAX_DATE_CHARS = 120
_MAX_WORDY_DATE_CHARS = 40
_DIGIT_RE = regex.compile(r"\d")
# Distinct short lines whose verdicts `_cached_rule` keeps.
_CACHED_VERDICTS = 1 << 14
_ASCII_DIGIT_RE = re.compile("[0-9]")  # `_DIGIT_RE` on ASCII text


class ReferenceTimestamps(LineFilter):
    """Remove lines that hold only a date, a time or a relative time."""

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
        self._relative_re, self._absolute_re, self._reading_re = _build(lexicon)
        self._words, self._chars = _vocabulary(lexicon)
        # Every absolute date holds a digit (each item of `_ITEM_TEMPLATE` does), and
        # so does every reading time when each template has its {n}: a line without
        # a digit can then only be a relative time.
        self._digitless_relative_only = all(
            "{n}" in template
            for _, templates in lexicon.words_by_language("reading_times")
            for template in templates
        )
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

    def _only_date_words(self, text: str) -> bool:
        """True when every word of `text` is one that a date line can hold."""
        words, chars = self._words, self._chars
        folded = text.casefold()
        # In ASCII text the letters are a-z (after folding), which the standard
        # library's `re` finds several times faster than `regex` finds \p{L}.
        if folded.isascii():
            # `chars` holds no ASCII letter: every word must be a date word.
            return words.issuperset(_ASCII_WORD_RE.findall(folded))
        found = _WORD_RE.findall(folded)
        return words.issuperset(found) or all(
            word in words or chars.issuperset(word) for word in found
        )

    def could_be_date(self, text: str) -> bool:
        """Cheap checks that every date line passes; most lines fail one of them.

        A date line is short, opens with a letter or a digit (as every lexicon
        entry and every item of the patterns does; U+0345, a combining mark, is
        the one other character that `regex.IGNORECASE` takes for a letter), is
        more than a bare number, holds a digit unless it is a short phrase ("vor
        wenigen Minuten", "gestern"), and holds only date words.
        """
        if len(text) > _MAX_DATE_CHARS:
            return False
        first = text[:1]
        if not (first.isalnum() or first == "\u0345"):
            return False  # "*", "+ November", "•": list markers and symbols
        if text.isascii():
            return self._ascii_could_be_date(text)
        if len(text) > _MAX_WORDY_DATE_CHARS and not _DIGIT_RE.search(text):
            return False
        return self._only_date_words(text)

    def _ascii_could_be_date(self, text: str) -> bool:
        """The rest of `could_be_date` on ASCII text, which most lines are.

        The same checks, cheapest first: the first word of prose is seldom a date
        word, and looking it up costs less than the digit search or the other words.
        """
        if text.isdigit():
            return False  # a bare number ("0", "2019", a table cell): no date on its own
        folded = text.lower()  # `casefold` on ASCII text
        opening = _ASCII_WORD_RE.search(folded)
        if opening is not None and opening.group() not in self._words:
            return False
        if len(text) > _MAX_WORDY_DATE_CHARS and not _ASCII_DIGIT_RE.search(text):
            return False
        return self._words.issuperset(_ASCII_WORD_RE.findall(folded))

    def rule_for_text(self, text: str) -> str | None:
        """`rule_for` on a bare string, for filters that look for dates in context."""
        if len(text) > _MAX_DATE_CHARS:
            return None
        return _cached_rule(self, text)

    def uncached_rule_for_text(self, text: str) -> str | None:
        """`rule_for_text` without the cache of verdicts."""
        if not self.could_be_date(text):
            return None
        if self._relative and self._relative_re.fullmatch(text):
            return "relative_time"
        if self._digitless_relative_only and not _DIGIT_RE.search(text):
            return None
        if self._absolute and self._absolute_re.fullmatch(text):
            return "absolute_date"
        if self._relative and (
            _READING_TIME_RE.fullmatch(text) or self._reading_re.fullmatch(text)
        ):
            return "reading_time"
        return None


@lru_cache(maxsize=_CACHED_VERDICTS)
def _cached_rule(dates: ReferenceTimestamps, text: str) -> str | None:
    """`dates.uncached_rule_for_text(text)`, remembered for the lines seen last.

    Pages of one site repeat their date lines, and a page's renderings and the
    filters that borrow the date patterns (bylines) judge the same lines again. A
    verdict depends on the filter and the text alone, so it can be kept; the cache
    holds short lines only (`rule_for_text` rejects longer ones by length) and
    refers to at most a few filters, so it stays a few megabytes.
    """
    return dates.uncached_rule_for_text(text)

"""timestamps: lines holding nothing but a date, a time, a relative time or a reading time."""

from __future__ import annotations

import pickle

import pytest
import regex
from hypothesis import example, given
from hypothesis import strategies as st

import cleaner
from cleaner import CleanerConfig, Doc, Pipeline, _core, lexicons
from cleaner.config import validate_config
from cleaner.errors import ConfigError
from cleaner.filters.timestamps import DateLines, Timestamps, date_matcher
from tests.filters import assert_verdict


def keys(text: str, config: CleanerConfig | None = None) -> list[str]:
    return [r.key for r in cleaner.clean_and_explain(text, config).removals]


def timestamps(config: CleanerConfig | None = None) -> cleaner.Filter:
    return next(f for f in Pipeline.from_config(config).filters if f.name == "timestamps")


ROWS = [
    ("2 days ago at 07:52 am", "timestamps.relative_time"),
    ("Yesterday at 10:32", "timestamps.relative_time"),
    ("Two days ago at the harbour the ferry ran aground.", None),
    ("4 minutes ago", "timestamps.relative_time"),
    ("Updated 1h ago", "timestamps.relative_time"),
    ("2h ago", "timestamps.relative_time"),
    ("an hour ago", "timestamps.relative_time"),
    ("Just now", "timestamps.relative_time"),
    ("Updated yesterday", "timestamps.relative_time"),
    ("2 hours ago | November 24, 2026", "timestamps.relative_time"),
    ("Published 10:32 AM EST, Tue November 24, 2026", "timestamps.absolute_date"),
    (
        "November 18, 2019 at 2:26 PM HST - Updated November 18 at 4:46 PM",
        "timestamps.absolute_date",
    ),
    ("November 24, 2026", "timestamps.absolute_date"),
    ("24 November 2026", "timestamps.absolute_date"),
    ("Nov. 24", "timestamps.absolute_date"),
    ("2026-11-24T10:32Z", "timestamps.absolute_date"),
    ("11/24/2026", "timestamps.absolute_date"),
    ("12:41 GMT", "timestamps.absolute_date"),
    ("Updated: 13:40", "timestamps.absolute_date"),
    ("Updated Nov 19, 6:55 AM;Posted Nov 19, 6:51 AM", "timestamps.absolute_date"),
    ("The vote was set for Nov 19; the count for Dec 3.", None),
    ("11:05, Sat, Nov 21, 2026 | UPDATED: 13:40", "timestamps.absolute_date"),
    ("10 a.m. ET", "timestamps.absolute_date"),
    ("5 min read", "timestamps.reading_time"),
    ("Reading time: 4 minutes", "timestamps.reading_time"),
    ("He arrived 20 minutes ago, police said.", None),
    ("In 2019 the river rose 3 hours after the dam failed.", None),
    ("The meeting is on November 24, 2026, at the town hall.", None),
    ("Today the council meets to vote on the plan.", None),
    ("Yesterday the mayor announced a review of the tram timetable.", None),
    ("May the best team win.", None),
    ("March on, the general said.", None),
    ("2026", None),
    ("Monday", None),
]


@pytest.mark.parametrize(("line", "rule"), ROWS, ids=[row[0] for row in ROWS])
def test_line(line: str, rule: str | None) -> None:
    assert_verdict(line, rule)


@pytest.mark.parametrize(("line", "rule"), ROWS, ids=[row[0] for row in ROWS])
def test_find_directly(line: str, rule: str | None) -> None:
    found = [r.key for r in timestamps().find(Doc.from_text(line))]
    assert found == ([rule] if rule else [])


@pytest.mark.parametrize(
    ("settings", "line", "rule"),
    [
        ({"relative": False}, "4 minutes ago", None),
        ({"relative": False}, "5 min read", None),
        ({"relative": False}, "November 24, 2026", "timestamps.absolute_date"),
        ({"absolute": False}, "November 24, 2026", None),
        ({"absolute": False}, "12:41 GMT", None),
        ({"absolute": False}, "4 minutes ago", "timestamps.relative_time"),
        ({"relative": False, "absolute": False}, "Updated: 13:40", None),
    ],
    ids=[
        "relative-off-relative",
        "relative-off-reading-time",
        "relative-off-absolute",
        "absolute-off-absolute",
        "absolute-off-time",
        "absolute-off-relative",
        "both-off",
    ],
)
def test_settings(settings: dict[str, bool], line: str, rule: str | None) -> None:
    config = CleanerConfig(timestamps=settings)
    assert keys(f"The council met.\n{line}\nIt voted.", config) == ([rule] if rule else [])


def test_custom_pattern() -> None:
    config = validate_config({"custom": {"timestamps": {"patterns": [r"Stand: \d+\.\d+\."]}}})
    assert keys("The council met.\nStand: 24.11.\nIt voted.", config) == [
        "timestamps.custom_pattern"
    ]


# --- Cheap rejections that stand for the patterns -------------------------------

_LEXICON = lexicons.merged()


def matcher() -> _core.DateMatcher:
    return date_matcher(_LEXICON)


# Date words of every language, and what stands between them, but no digit.
date_words = st.sampled_from(
    [
        *_LEXICON.words("months"),
        *_LEXICON.words("weekdays"),
        *_LEXICON.words("date_labels"),
        *_LEXICON.words("date_connectors"),
        *_LEXICON.words("day_periods"),
        *(
            t.replace("{n}", "").replace("{unit}", u)
            for t in _LEXICON.words("reading_times")
            for u in ("min", "Minuten", "分钟")
        ),
        "Updated",
        "at",
        "on",
        "AM",
        "pm",
        "GMT",
        "Uhr",
        "h",
        "min read",
        "年",
        "月",
        "日",
    ]
)
separators = st.sampled_from([" ", ", ", " | ", ": ", ". ", "/", "-", " · ", "(", ")", ""])
digitless_lines = st.lists(st.tuples(date_words, separators), min_size=1, max_size=6).map(
    lambda parts: "".join(word + sep for word, sep in parts).strip()
)


@given(digitless_lines)
@example("Updated November")
@example("Lesezeit Minuten")
def test_without_a_digit_only_a_relative_time_can_match(line: str) -> None:
    # `rule_for_text` skips the absolute and reading-time patterns on a line without
    # a digit; no such line may match them.
    _, absolute, reading = matcher().patterns(line)
    assert not absolute
    assert not reading
    assert matcher().digitless_relative_only


DATE_FAMILIES = (
    "date_labels",
    "weekdays",
    "months",
    "day_periods",
    "relative_times",
    "reading_times",
)


@pytest.mark.parametrize("family", DATE_FAMILIES)
def test_every_entry_a_date_line_can_open_with_is_alphanumeric(family: str) -> None:
    # `could_be_date` rejects a line that does not open with a letter or a digit.
    lexicon = lexicons.merged()
    assert [e for e in lexicon.words(family) if not (e[0].isalnum() or e.startswith("{n}"))] == []


@given(st.sampled_from(["*", "+", "•", "-", "(", "—", "·", "|", "\u200b"]), st.text(max_size=30))
@example("+", " November")
@example("(", "10:32 AM EST)")
def test_a_line_opening_with_a_symbol_matches_no_pattern(opening: str, rest: str) -> None:
    line = opening + rest
    assert matcher().patterns(line) == (False, False, False)
    assert not matcher().could_be_date(line)


def test_only_one_non_alphanumeric_character_folds_to_a_letter() -> None:
    # `could_be_date` lets a line open with U+0345 besides letters and digits: it is
    # the one character that is neither and that `regex.IGNORECASE` takes for a letter.
    cased = [
        char
        for char in map(chr, range(0x110000))
        if not char.isalnum() and (char.lower(), char.upper(), char.casefold()) != (char,) * 3
    ]
    folding = [
        char
        for char in cased
        if any(
            len(v) == 1
            and v != char
            and v.isalnum()
            and regex.fullmatch(f"(?i){regex.escape(v)}", char)
            for v in {char.lower(), char.upper(), char.casefold()}
        )
    ]
    assert folding == ["\u0345"]


@pytest.mark.parametrize("length", range(1, 121))
def test_no_bare_number_is_a_date(length: int) -> None:
    # `could_be_date` rejects a line of ASCII digits. The patterns take digits only
    # as \d and no lexicon entry holds one, so one number of each length stands for all.
    line = ("1234567890" * 13)[:length]
    assert matcher().patterns(line) == (False, False, False)


@pytest.mark.parametrize("family", [*DATE_FAMILIES, "date_connectors", "time_units"])
def test_no_lexicon_entry_of_a_date_holds_a_digit(family: str) -> None:
    assert [e for e in lexicons.merged().words(family) if regex.search(r"\d", e)] == []


def test_filters_share_one_matcher_and_keep_their_settings() -> None:
    # The matcher is compiled once per lexicon; each filter asks it with its own settings.
    relative_off = timestamps(CleanerConfig(timestamps={"relative": False}))
    default = timestamps()
    assert relative_off._dates is default._dates  # type: ignore[attr-defined]
    lines = [row[0] for row in ROWS]
    for filter_ in (default, relative_off, default):
        assert [filter_.rule_for_text(line) for line in lines] == [  # type: ignore[attr-defined]
            matcher().rule_for_text(line, filter_ is default, True) for line in lines
        ]
    assert relative_off.rule_for_text("4 minutes ago") is None  # type: ignore[attr-defined]


def test_a_filter_pickles_without_its_matcher() -> None:
    filter_ = timestamps(CleanerConfig(timestamps={"absolute": False}))
    copy = pickle.loads(pickle.dumps(filter_))
    assert copy._dates is filter_._dates  # type: ignore[attr-defined]
    assert copy.rule_for_text("November 24, 2026") is None
    assert copy.rule_for_text("4 minutes ago") == "relative_time"


def test_a_lexicon_without_month_names_is_refused() -> None:
    with pytest.raises(ConfigError, match="lexicon zh/months has no entries"):
        Timestamps(lexicons.for_language("zh"))


def test_date_lines_are_told_whatever_the_timestamps_settings() -> None:
    dates = pickle.loads(pickle.dumps(DateLines(lexicons.merged())))
    assert dates.kind("4 minutes ago") == "relative_time"
    assert dates.kind("November 24, 2026") == "absolute_date"
    assert dates.kind("He arrived 20 minutes ago.") is None
    quiet = CleanerConfig(timestamps={"relative": False, "absolute": False})
    # Bylines still take a date for metadata when the timestamps filter keeps date lines.
    assert cleaner.clean("By Jane Doe | 4 minutes ago\nThe council met.", quiet) == (
        "The council met.\n"
    )

"""The pipeline: order, attribution, building and changing pipelines, and apply_removals."""

from __future__ import annotations

import gc
import pickle
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from pydantic import ValidationError

import cleaner
from cleaner import (
    DEFAULT_ORDER,
    CleanerConfig,
    Doc,
    Pipeline,
    Removal,
    Stats,
    apply_removals,
)
from cleaner.document import split_lines
from cleaner.models import trusted_removal

SEED = (Path(__file__).resolve().parent.parent / "samples" / "en" / "daily8-scmp.in.txt").read_text(
    encoding="utf-8"
)
ARTICLE = (
    "Skip to main content\n"
    "Council approves harbour budget\n"
    "By Jane Doe\n"
    "4 minutes ago\n"
    "The council met on Monday to discuss the new budget for the harbour.\n"
    "Advertisement\n"
    "Members voted to approve the plan. Advertisement The work starts in May.\n"
    "Share this article\n"
    "Comments\n"
    "© 2026 Example Media Ltd. All rights reserved.\n"
)


class ShoutingFilter:
    """A user's own filter: no base class, just `name` and `find` (lines in capitals)."""

    name = "shouting"

    def find(self, doc: Doc) -> Iterator[Removal]:
        for line in doc.lines:
            text = line.text.strip()
            if len(text) > 3 and text.isupper():
                yield Removal(
                    filter=self.name,
                    rule="capitals",
                    start=line.start,
                    end=line.end,
                    evidence=line.text,
                )


class RecordingFilter:
    """Records the lines it is shown, removes nothing."""

    name = "recording"

    def __init__(self) -> None:
        self.seen: list[str] = []

    def find(self, doc: Doc) -> Iterator[Removal]:
        self.seen = [line.text for line in doc.lines]
        return iter(())


class SpanningFilter:
    """One removal across two lines."""

    name = "spanning"

    def find(self, doc: Doc) -> list[Removal]:
        return [Removal(filter=self.name, rule="r", start=0, end=len(doc.text), evidence=doc.text)]


class OverlappingFilter:
    """Two removals of the same span: the first line of the text, in every round."""

    name = "overlapping"

    def find(self, doc: Doc) -> list[Removal]:
        end = doc.text.index("\n")
        removal = Removal(filter=self.name, rule="r", start=0, end=end, evidence=doc.text[:end])
        return [removal, removal]


class ReRemovingFilter:
    """Removes the first line of the text even when it is already gone."""

    name = "reremoving"

    def find(self, doc: Doc) -> list[Removal]:
        end = doc.text.index("\n")
        return [Removal(filter=self.name, rule="r", start=0, end=end, evidence=doc.text[:end])]


class InvertedFilter:
    """A broken filter: a span whose end comes before its start."""

    name = "inverted"

    def find(self, doc: Doc) -> list[Removal]:
        return [Removal(filter=self.name, rule="r", start=10, end=4, evidence=doc.text[4:10])]


# --- order and attribution ----------------------------------------------------


@pytest.mark.parametrize("text", [SEED, ARTICLE], ids=["seed", "article"])
def test_every_removal_belongs_to_one_filter_and_stats_add_up(text: str) -> None:
    result = cleaner.clean_and_explain(text)
    assert result.removals  # the inputs hold boilerplate
    assert {r.filter for r in result.removals} <= set(DEFAULT_ORDER)
    assert sum(result.stats.counts.values()) == len(result.removals)
    assert result.stats.counts == {
        key: [r.key for r in result.removals].count(key) for key in {r.key for r in result.removals}
    }
    assert result.stats.chars_in == len(text)
    assert result.stats.chars_removed == sum(r.end - r.start for r in result.removals)
    starts = [r.start for r in result.removals]
    assert starts == sorted(starts)
    assert all(a.end <= b.start for a, b in zip(result.removals, result.removals[1:], strict=False))


def test_article_removals() -> None:
    result = cleaner.clean_and_explain(ARTICLE)
    assert [r.key for r in result.removals] == [
        "navigation.phrase",
        "bylines.byline",
        "timestamps.relative_time",
        "ad_markers.label_line",
        "ad_markers.inline_label",
        "widgets.button",
        "comment_stubs.stub",
        "footers.copyright",
    ]
    assert result.text == (
        "Council approves harbour budget\n\n"
        "The council met on Monday to discuss the new budget for the harbour.\n\n"
        "Members voted to approve the plan.\n\n"
        "The work starts in May.\n"
    )


def test_first_filter_in_order_takes_a_line_two_filters_match() -> None:
    text = "The council met.\n© Reuters\nIt voted."
    assert [r.key for r in cleaner.clean_and_explain(text).removals] == ["footers.copyright"]
    reversed_order = Pipeline.from_names(["captions", "footers"])
    assert [r.key for r in reversed_order.run(text).removals] == ["captions.credit_line"]


def test_later_filters_see_only_kept_lines() -> None:
    recording = RecordingFilter()
    pipeline = Pipeline.from_names(["ad_markers", "timestamps"]).with_filter(recording)
    pipeline.run("Advertisement\nThe council met.\n4 minutes ago\nIt voted. Advertisement")
    assert recording.seen == ["The council met.", "It voted."]


def test_pipeline_names_follow_config_order() -> None:
    assert Pipeline.from_config().names == CleanerConfig().filters == DEFAULT_ORDER


# --- building and changing pipelines -------------------------------------------


def test_without_switches_a_filter_off() -> None:
    text = "4 minutes ago\nAdvertisement\nThe council met."
    pipeline = Pipeline.from_config().without("timestamps")
    assert "timestamps" not in pipeline.names
    assert pipeline.clean(text) == "4 minutes ago\n\nThe council met.\n"
    assert cleaner.clean(text) == "The council met.\n"


def test_without_unknown_name_lists_the_filters() -> None:
    with pytest.raises(ValueError, match=r"'nope'.*ad_markers, widgets"):
        Pipeline.from_config().without("nope")


def test_without_returns_a_copy() -> None:
    pipeline = Pipeline.from_config()
    pipeline.without("timestamps")
    assert "timestamps" in pipeline.names


def test_with_filter_takes_a_plain_object() -> None:
    pipeline = Pipeline.from_config().with_filter(ShoutingFilter(), before="related_links")
    names = list(pipeline.names)
    assert names.index("shouting") == names.index("related_links") - 1
    result = pipeline.run("The council met.\nBREAKING NEWS ALERT\nIt voted.")
    assert [(r.filter, r.rule) for r in result.removals] == [("shouting", "capitals")]
    assert result.text == "The council met.\n\nIt voted.\n"
    assert result.stats.counts == {"shouting.capitals": 1}


def test_with_filter_at_the_end() -> None:
    pipeline = Pipeline.from_names(["ad_markers"]).with_filter(ShoutingFilter())
    assert pipeline.names == ("ad_markers", "shouting")


@pytest.mark.parametrize(
    ("new", "before", "error", "message"),
    [
        (ShoutingFilter(), "nope", ValueError, "'nope'.*ad_markers"),
        (object(), None, TypeError, "name.*find"),
    ],
    ids=["unknown-before", "not-a-filter"],
)
def test_with_filter_errors(new: object, before: str | None, error: type, message: str) -> None:
    with pytest.raises(error, match=message):
        Pipeline.from_config().with_filter(new, before=before)  # type: ignore[arg-type]


def test_with_filter_refuses_a_second_filter_of_the_same_name() -> None:
    pipeline = Pipeline.from_config().with_filter(ShoutingFilter())
    with pytest.raises(ValueError, match="'shouting'"):
        pipeline.with_filter(ShoutingFilter())


def test_from_names_builds_in_the_given_order() -> None:
    pipeline = Pipeline.from_names(["timestamps", "ad_markers"])
    assert pipeline.names == ("timestamps", "ad_markers")
    assert pipeline.clean("Advertisement\nComments\nThe council met.") == (
        "Comments\n\nThe council met.\n"
    )


def test_from_names_keeps_the_other_settings() -> None:
    config = CleanerConfig(rejoin={"enabled": False})
    pipeline = Pipeline.from_names(["ad_markers"], config)
    assert pipeline.clean("Advertisement\nThe council\nmet.") == "The council\nmet."


def test_from_names_with_custom_rules_of_other_filters() -> None:
    config = CleanerConfig.model_validate({"custom": {"ad_markers": {"phrases": ["Anzeige"]}}})
    assert Pipeline.from_names(["widgets"], config).names == ("widgets",)


def test_from_names_unknown_name_lists_the_known_ones() -> None:
    with pytest.raises(
        ValidationError, match="unknown filter 'nope'; known: browser_furniture, ad"
    ):
        Pipeline.from_names(["ad_markers", "nope"])


def test_a_span_across_lines_becomes_one_removal_per_line() -> None:
    pipeline = Pipeline.from_names(["ad_markers"]).with_filter(SpanningFilter())
    result = pipeline.run("The council met.\nIt voted.")
    assert [(r.key, r.start, r.end, r.evidence) for r in result.removals] == [
        ("spanning.r", 0, 16, "The council met."),
        ("spanning.r", 17, 26, "It voted."),
    ]
    assert result.text == ""


def test_the_same_span_twice_is_removed_once() -> None:
    pipeline = Pipeline.from_names(["ad_markers"]).with_filter(OverlappingFilter())
    result = pipeline.run("The council met.\nIt voted.")
    assert [(r.key, r.evidence) for r in result.removals] == [("overlapping.r", "The council met.")]
    assert result.text == "It voted.\n"


def test_a_span_an_earlier_filter_removed_is_left_out() -> None:
    pipeline = Pipeline.from_names(["ad_markers"]).with_filter(ReRemovingFilter())
    result = pipeline.run("Advertisement\nThe council met.")
    assert [r.key for r in result.removals] == ["ad_markers.label_line"]
    assert result.text == "The council met.\n"


class SponsoredFilter:
    """The obvious filter: search the text for a label, report where it is."""

    name = "sponsored"

    def find(self, doc: Doc) -> Iterator[Removal]:
        start = doc.text.find("Sponsored")
        while start >= 0:
            end = start + len("Sponsored")
            yield Removal(
                filter=self.name, rule="label", start=start, end=end, evidence="Sponsored"
            )
            start = doc.text.find("Sponsored", end)


@pytest.mark.parametrize(
    ("text", "expected", "keys"),
    [
        (
            "The council met. Sponsored\nIt voted on Monday.\n",
            "The council met.\n\nIt voted on Monday.\n",
            ["sponsored.label"],
        ),
        (  # ad_markers takes the label line first; the filter still finds it in doc.text
            "The council met.\nSponsored\nIt voted on Monday.\n",
            "The council met.\n\nIt voted on Monday.\n",
            ["ad_markers.label_line"],
        ),
        (  # a label inside a word: only the kept text around it stays
            "The council met.\nUnSponsoredness\nIt voted.\nAdvertisement\n",
            "The council met.\n\nUnness\n\nIt voted.\n",
            ["sponsored.label", "ad_markers.label_line"],
        ),
    ],
    ids=["inline", "already-removed", "inside-a-word"],
)
def test_the_obvious_custom_filter_works_in_every_round(
    text: str, expected: str, keys: list[str]
) -> None:
    pipeline = Pipeline.from_config().with_filter(SponsoredFilter(), before="related_links")
    result = pipeline.run(text)
    assert [r.key for r in result.removals] == keys
    assert result.text == expected
    assert all(text[r.start : r.end] == r.evidence for r in result.removals)
    assert pipeline.run(result.text).text == result.text


def test_filter_with_an_inverted_span_is_named() -> None:
    pipeline = Pipeline.from_names(["ad_markers"]).with_filter(InvertedFilter())
    with pytest.raises(ValueError, match="filter 'inverted'"):
        pipeline.run("The council met on Monday.")


def test_pipeline_pickles() -> None:
    pipeline = Pipeline.from_config(CleanerConfig(related_links={"keep": True}))
    copy = pickle.loads(pickle.dumps(pipeline))
    assert copy.names == pipeline.names
    assert copy.run(SEED) == pipeline.run(SEED)


def test_pipeline_with_a_user_filter_pickles() -> None:
    pipeline = Pipeline.from_config().with_filter(ShoutingFilter())
    copy = pickle.loads(pickle.dumps(pipeline))
    text = "The council met.\nBREAKING NEWS ALERT\nIt voted."
    assert copy.run(text) == pipeline.run(text)


# --- apply_removals -----------------------------------------------------------


def removal(text: str, part: str, *, paragraph_break: bool = False) -> Removal:
    start = text.index(part)
    return Removal(
        filter="f",
        rule="r",
        start=start,
        end=start + len(part),
        evidence=part,
        paragraph_break=paragraph_break,
    )


@pytest.mark.parametrize(
    ("text", "parts", "expected"),
    [
        ("Advertisement\nText", ["Advertisement"], "Text"),
        ("Text\nAdvertisement\nMore\n", ["Advertisement"], "Text\nMore\n"),
        ("Text\nAdvertisement", ["Advertisement"], "Text\n"),
        ("  Advertisement  \nText", ["  Advertisement  "], "Text"),
        ("A\nB\nC", ["A", "B", "C"], ""),
        ("Text", [], "Text"),
        ("One. Two. Three.", [" Two."], "One. Three."),
    ],
    ids=[
        "first-line",
        "middle-line",
        "last-line",
        "padded-line",
        "everything",
        "nothing",
        "inline",
    ],
)
def test_apply_removals(text: str, parts: list[str], expected: str) -> None:
    assert apply_removals(text, [removal(text, part) for part in parts]) == expected


def test_apply_removals_paragraph_break_between_two_kept_parts() -> None:
    text = "A trend. Advertisement The plan.\nNext."
    r = removal(text, " Advertisement ", paragraph_break=True)
    assert apply_removals(text, [r]) == "A trend.\n\nThe plan.\nNext."


def test_apply_removals_paragraph_break_at_line_end_adds_nothing() -> None:
    text = "A trend. Advertisement\nNext."
    r = removal(text, " Advertisement", paragraph_break=True)
    assert apply_removals(text, [r]) == "A trend.\nNext."


def test_apply_removals_order_of_removals_does_not_matter() -> None:
    text = "Advertisement\nText\nComments\nMore"
    parts = [removal(text, "Comments"), removal(text, "Advertisement")]
    assert apply_removals(text, parts) == "Text\nMore"


@pytest.mark.parametrize(
    "text", [SEED, ARTICLE, "A trend. Advertisement The plan."], ids=["seed", "article", "inline"]
)
def test_without_rejoin_text_is_apply_removals(text: str) -> None:
    result = cleaner.clean_and_explain(text, CleanerConfig(rejoin={"enabled": False}))
    assert result.removals
    assert result.text == apply_removals(text, result.removals)


# --- the removed-fraction guard ------------------------------------------------


def test_warning_when_most_of_the_text_is_removed() -> None:
    text = "Advertisement\n" * 9 + "Hi."
    result = cleaner.clean_and_explain(text)
    assert result.text == "Hi.\n"
    assert result.warnings == (
        "91% of the text was removed (more than the 90% guard); check --explain",
    )


@pytest.mark.parametrize(
    ("fraction", "warned"),
    [(1.0, False), (0.95, False), (0.9, True), (0.0, True)],
)
def test_max_removed_fraction_sets_the_guard(fraction: float, warned: bool) -> None:
    text = "Advertisement\n" * 9 + "Hi."  # 117 of 129 characters removed: 90.7%
    result = cleaner.clean_and_explain(text, CleanerConfig(max_removed_fraction=fraction))
    assert bool(result.warnings) == warned


def test_no_warning_without_removals() -> None:
    result = cleaner.clean_and_explain("Hi.", CleanerConfig(max_removed_fraction=0.0))
    assert result.warnings == ()


# --- Stats --------------------------------------------------------------------


def test_stats_add_up_across_documents() -> None:
    first = cleaner.clean_and_explain("Advertisement\nComments\nThe council met.").stats
    second = cleaner.clean_and_explain("Advertisement\nIt voted.").stats
    total = first + second
    assert total == Stats(
        documents=2,
        chars_in=first.chars_in + second.chars_in,
        chars_removed=13 + 8 + 13,
        counts={"ad_markers.label_line": 2, "comment_stubs.stub": 1},
    )
    assert sum([first, second], Stats(documents=0)) == total


def test_stats_count_each_key_in_order_of_first_removal() -> None:
    removals = (
        trusted_removal("b", "r", 0, 1, "x"),
        trusted_removal("a.b", "c", 2, 3, "x"),  # the same key as ("a", "b.c")
        trusted_removal("b", "r", 4, 5, "x"),
        trusted_removal("a", "b.c", 6, 7, "x"),
    )
    stats = Stats.of("x" * 8, removals)
    assert list(stats.counts.items()) == [("b.r", 2), ("a.b.c", 2)]
    assert stats.counts == dict(Counter(removal.key for removal in removals))


# --- Speed-ups that must not show ---------------------------------------------


def test_trusted_removal_is_the_model_construct_object() -> None:
    fast = trusted_removal("ads", "label_line", 3, 16, "Advertisement")
    built = Removal.model_construct(
        filter="ads", rule="label_line", start=3, end=16, evidence="Advertisement"
    )
    checked = Removal(filter="ads", rule="label_line", start=3, end=16, evidence="Advertisement")
    assert fast == built == checked
    assert fast.__dict__ == checked.__dict__
    assert fast.model_fields_set == {*Removal.model_fields}
    assert fast.__pydantic_extra__ is None
    assert fast.__pydantic_private__ is None
    assert fast.model_dump_json() == checked.model_dump_json()
    assert pickle.loads(pickle.dumps(fast)) == checked
    with pytest.raises(ValidationError):
        fast.start = 0  # type: ignore[misc]  # frozen like any Removal


def test_trusted_removals_share_their_field_set_without_sharing_changes() -> None:
    # One set of field names serves every trusted removal (memory); a copy with an
    # update must get its own set, or it would change every other removal's.
    first = trusted_removal("ads", "label_line", 0, 13, "Advertisement")
    second = trusted_removal("ads", "label_line", 20, 33, "Advertisement")
    assert first.model_fields_set is second.model_fields_set
    before = set(first.model_fields_set)
    moved = first.model_copy(update={"start": 1})
    assert moved.start == 1
    assert first.model_fields_set == second.model_fields_set == before
    assert moved.model_fields_set is not first.model_fields_set


def test_a_filter_asked_twice_about_one_doc_answers_the_same() -> None:
    # Verdicts are cached per run in the doc; asking again must not lose removals.
    doc = Doc.from_text(ARTICLE)
    for filter_ in Pipeline.from_config().filters:
        first = list(filter_.find(doc))
        assert list(filter_.find(doc)) == first, filter_.name


def test_filters_of_one_family_with_other_settings_keep_their_own_verdicts() -> None:
    doc = Doc.from_text("4 minutes ago\nPublished 10:32 AM EST, Tue November 24, 2026\nText.")
    relative_only = Pipeline.from_config(CleanerConfig(timestamps={"absolute": False}))
    absolute_only = Pipeline.from_config(CleanerConfig(timestamps={"relative": False}))
    for pipeline, rule in ((relative_only, "relative_time"), (absolute_only, "absolute_date")):
        (timestamps,) = (f for f in pipeline.filters if f.name == "timestamps")
        assert [r.rule for r in timestamps.find(doc)] == [rule]


def test_a_run_pauses_the_cycle_collector_and_restores_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    states: list[bool] = []
    pipeline = Pipeline.from_config()
    original = Pipeline._run

    def spy(self: Pipeline, text: str, **options: bool) -> cleaner.CleanResult:
        states.append(gc.isenabled())
        return original(self, text, **options)

    monkeypatch.setattr(Pipeline, "_run", spy)
    text = "The council met on Monday.\nAdvertisement\nIt voted on Tuesday."
    assert pipeline.run(text).text == "The council met on Monday.\n\nIt voted on Tuesday.\n"
    assert gc.isenabled()
    gc.disable()
    try:
        pipeline.run(text)
        assert not gc.isenabled()  # a caller's choice is left alone
    finally:
        gc.enable()
    assert pipeline.run("short") is not None
    assert gc.isenabled()
    assert states == [False, False, False]


def test_a_run_that_fails_still_restores_the_cycle_collector() -> None:
    pipeline = Pipeline.from_names(["ad_markers"]).with_filter(InvertedFilter())
    with pytest.raises(ValueError, match="filter 'inverted'"):
        pipeline.run("The council met.\nIt voted.")
    assert gc.isenabled()


# --- the joined round: lines a rendering cut apart are judged together too ---------


@pytest.mark.parametrize(
    ("lines", "key"),
    [
        (["By", "Troy L. Smith", ", Cleveland.com"], "bylines.byline"),
        (["Fotos:", "Ana Souza / Reuters"], "captions.credit_line"),
    ],
    ids=["byline", "credit"],
)
def test_a_line_rule_judges_the_lines_rejoin_joins(lines: list[str], key: str) -> None:
    article = [
        "The council met on Monday and voted to close the library on the hill.",
        "It said the building was too old to repair, and that a new one would open.",
    ]
    text = "\n".join([article[0], "", *lines, "", article[1]])
    result = cleaner.clean_and_explain(text)
    assert result.text == f"{article[0]}\n\n{article[1]}\n"
    assert [r.key for r in result.removals] == [key] * len(lines)
    assert cleaner.clean(result.text) == result.text


def test_a_sentence_that_joins_is_not_judged_by_a_line_rule() -> None:
    text = "The council met on Monday, and\nby a vote of six to one it closed the library.\n"
    assert cleaner.clean(text) == (
        "The council met on Monday, and by a vote of six to one it closed the library.\n"
    )


def test_spacer_lines_are_blank_to_the_filters() -> None:
    lines = list(split_lines("Text.\n\u200b\n \u200b \nMore text."))
    assert [line.is_blank for line in lines] == [False, True, True, False]
    assert cleaner.clean("The council met on Monday.\n\u200b\nIt voted.") == (
        "The council met on Monday.\n\nIt voted.\n"
    )


def test_a_timed_pipeline_gives_the_same_result_and_its_time_per_step() -> None:
    pipeline = Pipeline.from_config()
    text = "Menu\nAdvertisement\nThe council met on Monday.\n4 minutes ago"
    timed = pipeline.with_timings().run(text)
    plain = pipeline.run(text)
    assert (timed.text, timed.removals) == (plain.text, plain.removals)
    assert plain.stats.seconds == {}
    assert set(pipeline.names) | {"split", "language", "rejoin"} <= timed.stats.seconds.keys()
    assert all(spent >= 0 for spent in timed.stats.seconds.values())
    # Times are never written out with the counts: outputs stay the same from run to run.
    assert "seconds" not in timed.stats.model_dump()
    assert timed.model_dump_json() == plain.model_dump_json()


def test_stats_add_up_their_times() -> None:
    first = Stats(counts={"a.b": 1}, seconds={"split": 1.0, "rejoin": 0.5})
    second = Stats(counts={"a.b": 2}, seconds={"split": 2.0})
    assert (first + second).seconds == {"split": 3.0, "rejoin": 0.5}


def test_a_lone_surrogate_is_refused_with_where_it_stands() -> None:
    with pytest.raises(cleaner.TextError, match=r"lone surrogate \(U\+DCFF at character 16\)"):
        Pipeline.from_config().run("The council met \udcff on Monday.")
    assert issubclass(cleaner.TextError, cleaner.CleanerError)

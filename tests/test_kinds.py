"""Filters declare the part they play (`cleaner.kinds`); no filter names another."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import cleaner
from cleaner import Pipeline
from cleaner.document import Doc
from cleaner.filters.base import whole_line
from cleaner.kinds import Kind, kind_of
from cleaner.models import Removal
from tests.filters.test_content import ARTICLE, MENU, SECTIONS, TEASERS


@dataclass
class LabelFilter:
    """Removes the lines that are exactly one of `labels`, playing the part `kind`."""

    name: str
    labels: tuple[str, ...]
    kind: Kind = Kind.LINES
    calls: int = 0

    def find(self, doc: Doc) -> Iterator[Removal]:
        self.calls += 1
        for line in doc.content:
            if line.stripped in self.labels:
                yield whole_line(self.name, line, "label")


def test_a_filter_without_a_kind_only_judges_lines() -> None:
    assert kind_of(object()) is Kind.LINES
    assert kind_of(LabelFilter("x", ())) is Kind.LINES


def test_the_built_in_filters_declare_their_parts() -> None:
    kinds = {f.name: kind_of(f) for f in Pipeline.from_config().filters}
    assert kinds["main_content"] is Kind.WHOLE_PAGE
    assert {name for name, kind in kinds.items() if kind is Kind.FRAMES_PAGE} == {
        "navigation",
        "footers",
        "cookie_notices",
    }
    assert kinds["comment_stubs"] is Kind.ENDS_ARTICLE


def test_a_whole_page_filter_runs_in_the_first_round_only() -> None:
    judge = LabelFilter("page_judge", (), Kind.WHOLE_PAGE)
    lines = LabelFilter("labels", ("Advertisement",))
    pipeline = Pipeline.from_names(["ad_markers"]).with_filter(judge).with_filter(lines)
    pipeline.run("Advertisement\nThe council met on Monday.\nAdvertisement")
    assert (judge.calls, lines.calls) == (1, 2)  # a second round, since the first removed lines


THREAD = [
    f"I took the morning boat for {years} years and it was never cancelled as often as it "
    "is now, which is a shame for the people who live on the island all year round."
    for years in range(10, 40)
]


def _thread_cut(kind: Kind) -> bool:
    heading = LabelFilter("thread_heading", ("Join the conversation",), kind)
    pipeline = (
        Pipeline.from_config().without("comment_stubs").with_filter(heading, before="main_content")
    )
    text = "\n".join([*MENU, *SECTIONS, *ARTICLE, "Join the conversation", *THREAD])
    return THREAD[-1] not in pipeline.clean(text)


def test_a_users_filter_can_end_the_article() -> None:
    assert _thread_cut(Kind.ENDS_ARTICLE)
    assert not _thread_cut(Kind.LINES)


def _frame_found(kind: Kind) -> bool:
    frame = LabelFilter("site_frame", ("Skip to the good part", "All rights kept"), kind)
    pipeline = Pipeline.from_config().with_filter(frame, before="main_content")
    text = "\n".join(["Skip to the good part", *ARTICLE, *TEASERS, "All rights kept"])
    return TEASERS[-1] not in pipeline.clean(text)


def test_a_users_filter_can_find_the_pages_frame() -> None:
    assert _frame_found(Kind.FRAMES_PAGE)
    assert not _frame_found(Kind.LINES)


def test_kinds_leave_the_default_output_alone() -> None:
    text = "\n".join([*MENU, *SECTIONS, *ARTICLE, "12 comments", *THREAD])
    assert THREAD[0] not in cleaner.clean(text)

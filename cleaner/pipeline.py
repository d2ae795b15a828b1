"""The pipeline: filters find spans in order, one function deletes them, rejoin rebuilds paragraphs.

Semantics (tested in tests/test_pipeline.py):

1. Filters run in order. Each sees a `Doc` holding only what earlier filters kept,
   so every removed span belongs to exactly one filter and the stats add up.
   The filters run again, in a second or third round, while a round removes
   something: rules that judge a line by its neighbours then see what later
   filters removed (`main_content` judges the page in the first round only).
2. A filter reports spans of the original text, `doc.text`. Only what is still
   kept is removed: the part of a span that earlier filters or rounds removed,
   and line breaks, are left out, and a span over several lines becomes one
   removal per line. So a filter written the obvious way, with
   ``doc.text.find(...)``, is correct however often it finds the same text.
3. `apply_removals` is the only place where text is deleted; `rejoin` then
   changes whitespace (and mends hyphenated words) to rebuild paragraphs.
"""

from __future__ import annotations

import bisect
import gc
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from operator import attrgetter
from time import perf_counter

from cleaner import _core, lexicons, registry
from cleaner.config import CleanerConfig
from cleaner.document import LINE_BREAK_RE, Doc, Line
from cleaner.errors import TextError
from cleaner.filters.base import Filter, LineFilter, whole_line
from cleaner.kinds import Kind, kind_of
from cleaner.language import guess_language
from cleaner.markdown import MarkdownView, resolve_format, syntax_removals
from cleaner.models import CleanResult, Format, RejoinSettings, Removal, Stats
from cleaner.rejoin import group_paragraphs, rejoin, wrap_width

# Filters judge some lines by their neighbours ("Facebook" beside a removed share
# bar); a later filter can remove such a neighbour, so the filters run again
# while a round still removes something. That makes cleaning idempotent.
MAX_ROUNDS = 3
_START, _SPAN = attrgetter("start"), attrgetter("start", "end")


@dataclass(frozen=True)
class Pipeline:
    """An ordered tuple of filters and the rejoin step; build once, run on many documents.

    Holds no per-document state, so one instance can serve threads and be pickled
    for worker processes. The filters carry the lexicons of every shipped language;
    `lang` (None: guessed per document) is reported in the result and picks the
    rejoin rules of its script.

    >>> pipeline = Pipeline.from_config().without("timestamps")
    >>> pipeline.run("4 minutes ago\\nAdvertisement\\nThe council met.").text
    '4 minutes ago\\n\\nThe council met.\\n'
    """

    filters: tuple[Filter, ...]
    rejoin: RejoinSettings = field(default_factory=RejoinSettings)
    max_removed_fraction: float = 0.9
    lang: str | None = None
    format: Format = "auto"
    plain: bool = False
    time_steps: bool = False

    @classmethod
    def from_config(cls, config: CleanerConfig | None = None) -> Pipeline:
        """Build the filters that `config` names, in its order."""
        config = config or CleanerConfig()
        # Every language's lexicon, whatever `config.lang` says: a "Werbung" line is
        # boilerplate in an English page too, and the union costs no more to look up.
        lexicon = lexicons.merged()
        filters = tuple(registry.get(name).from_config(config, lexicon) for name in config.filters)
        return cls(
            filters=filters,
            rejoin=config.rejoin,
            max_removed_fraction=config.max_removed_fraction,
            lang=config.lang,
            format=config.format,
            plain=config.plain,
        )

    @classmethod
    def from_names(cls, names: Sequence[str], config: CleanerConfig | None = None) -> Pipeline:
        """Build the named filters, in the given order, with the settings of `config`."""
        settings = (config or CleanerConfig()).model_dump()
        custom = {name: rules for name, rules in settings["custom"].items() if name in names}
        return cls.from_config(
            CleanerConfig.model_validate({**settings, "filters": tuple(names), "custom": custom})
        )

    def with_timings(self) -> Pipeline:
        """A copy that times its steps: each result's `Stats.seconds` says where the time went.

        The steps are reading Markdown, the language guess, splitting into lines,
        each filter (all rounds together), cutting removals out of the lines, the
        joined-paragraph round, `apply_removals`, `rejoin` and the result. The
        CLI's ``--stats`` prints their sums over a run.
        """
        return replace(self, time_steps=True)

    @property
    def names(self) -> tuple[str, ...]:
        """The names of the filters, in order."""
        return tuple(f.name for f in self.filters)

    def without(self, *names: str) -> Pipeline:
        """A copy without the named filters; an unknown name is an error."""
        for name in names:
            if name not in self.names:
                raise ValueError(
                    f"no filter {name!r} in this pipeline; it has: {', '.join(self.names)}"
                )
        return replace(self, filters=tuple(f for f in self.filters if f.name not in names))

    def with_filter(self, new: Filter, *, before: str | None = None) -> Pipeline:
        """A copy with `new` added at the end, or just before the filter named `before`."""
        if not isinstance(new, Filter):
            raise TypeError(f"{new!r} has no 'name' and 'find(doc)'; it cannot be a filter")
        if new.name in self.names:
            raise ValueError(f"the pipeline already has a filter named {new.name!r}")
        if before is None:
            return replace(self, filters=(*self.filters, new))
        if before not in self.names:
            raise ValueError(
                f"no filter {before!r} in this pipeline; it has: {', '.join(self.names)}"
            )
        at = self.names.index(before)
        return replace(self, filters=(*self.filters[:at], new, *self.filters[at:]))

    def run(
        self, text: str, *, format: Format | None = None, plain: bool | None = None
    ) -> CleanResult:
        """Clean `text` and explain every removal.

        `format` and `plain` override the pipeline's settings for this text:
        Markdown input (`format="markdown"`, or sniffed with "auto") is judged
        by its plain reading and comes out as Markdown, or as plain text with
        `plain=True` (see `cleaner.markdown`). Removals always point into `text`.

        Every document is cleaned with Python's cycle collector paused: the
        line tuples, verdicts and removals of a run are freed by reference
        counting, and the collector's passes over them made the time per MB of
        a large document grow with its size (and took up to a sixth of the time
        on the bench pages in one profile run). The collector's previous state
        is restored, and garbage left in cycles is collected after the run.

        A string with a lone surrogate is refused with a `TextError` that says where.
        """
        if not text.isascii():
            _check_unicode(text)
        markdown = resolve_format(text, format or self.format) == "markdown"
        plain = self.plain if plain is None else plain
        if not gc.isenabled():
            return self._run(text, markdown=markdown, plain=plain)
        gc.disable()
        try:
            return self._run(text, markdown=markdown, plain=plain)
        finally:
            gc.enable()

    def _run(self, text: str, *, markdown: bool, plain: bool) -> CleanResult:
        timer = StepTimer() if self.time_steps else _NO_TIMER
        view = MarkdownView.of(text) if markdown else None
        judged = view.text if view is not None else text
        timer.lap("markdown")
        lang = self.lang or guess_language(judged)
        timer.lap("language")
        doc = Doc.from_text(judged, lang=lang, link_chars=view.link_chars if view else None)
        width = wrap_width(line.text for line in doc.lines) or 0
        doc = replace(doc, wrap=width, kinds={f.name: kind_of(f) for f in self.filters})
        timer.lap("split")
        removals = self._find(doc, timer)
        if view is None:
            kept = apply_removals(text, removals)
        else:
            in_view, removals = removals, _in_source(view, removals)
            kept = apply_removals(judged, in_view) if plain else apply_removals(text, removals)
        timer.lap("apply_removals")
        rejoin_markdown = view is not None and not plain
        cleaned = (
            rejoin(kept, settings=self.rejoin, lang=lang, markdown=rejoin_markdown, width=width)
            if self.rejoin.enabled
            else kept
        )
        timer.lap("rejoin")
        stats = Stats.of(text, tuple(removals))
        warnings: tuple[str, ...] = ()
        if text and stats.chars_removed > self.max_removed_fraction * len(text):
            warnings = (
                f"{stats.chars_removed / len(text):.0%} of the text was removed "
                f"(more than the {self.max_removed_fraction:.0%} guard); check --explain",
            )
        if self.time_steps:
            timer.lap("result")
            stats = stats.model_copy(update={"seconds": timer.seconds})
        return CleanResult(
            text=cleaned,
            removals=tuple(removals),
            stats=stats,
            warnings=warnings,
            lang=lang,
            format="markdown" if markdown else "text",
        )

    def _find(self, doc: Doc, timer: StepTimer) -> list[Removal]:
        """Run the filters, round after round, and return their removals in text order.

        When a round finds nothing more, the paragraphs that rejoin will make
        of several kept lines are judged too (`_joined_removals`): a byline or a
        credit cut into text nodes ("By" / "Troy L. Smith" / ", Cleveland.com")
        shows itself only once joined, and cleaning the output again must find
        nothing more. What that finds starts another round.
        """
        line_filters = [f for f in self.filters if isinstance(f, LineFilter)]
        for round_ in range(MAX_ROUNDS):
            before = len(doc.removed)
            for filter_ in self.filters:
                if round_ and Kind.WHOLE_PAGE in kind_of(filter_):
                    continue
                found = sorted(filter_.find(doc), key=_SPAN)
                timer.lap(filter_.name)
                if found:
                    doc = _without(doc, found)
                    timer.lap("cut")
            if len(doc.removed) == before or round_ == MAX_ROUNDS - 1:
                joined = sorted(_joined_removals(doc, line_filters), key=_SPAN)
                timer.lap("joined_paragraphs")
                if not joined:
                    break
                doc = _without(doc, joined)
                timer.lap("cut")
        return sorted(doc.removed, key=_START)

    def clean(self, text: str, *, format: Format | None = None, plain: bool | None = None) -> str:
        """Clean `text` and return only the cleaned text (`format`, `plain`: see `run`)."""
        return self.run(text, format=format, plain=plain).text


def _check_unicode(text: str) -> None:
    """Refuse a lone surrogate, which the cleaner (and any UTF-8 output) cannot take."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        raise TextError(
            f"the text holds a lone surrogate (U+{ord(text[error.start]):04X} at character "
            f"{error.start}), not Unicode text: decode the input with errors='replace' or 'strict'"
        ) from None


class StepTimer:
    """Seconds per step of one run: each `lap` adds the time since the last one to a step."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self._last = perf_counter()

    def lap(self, step: str) -> None:
        """Add the time since the previous lap (or the start) to `step`."""
        now = perf_counter()
        self.seconds[step] = self.seconds.get(step, 0.0) + now - self._last
        self._last = now


class _NoTimer(StepTimer):
    """A timer that keeps nothing: a pipeline times its steps only when asked to."""

    def __init__(self) -> None:
        self.seconds = {}

    def lap(self, step: str) -> None:
        """Do nothing."""


_NO_TIMER = _NoTimer()


def _joined_removals(doc: Doc, line_filters: Sequence[LineFilter]) -> Iterator[Removal]:
    """Whole-line removals of the kept lines whose joined paragraph a line rule condemns.

    Only the rules that judge a line on its own (`LineFilter.rule_for`, and
    the user's phrases and patterns) see a joined paragraph: it has no
    neighbours of its own to be judged by.
    """
    if not line_filters:
        return
    for paragraph in group_paragraphs(doc.lines, wrap=doc.wrap):
        if len(paragraph.lines) < 2:
            continue
        first = paragraph.lines[0]
        joined = Line.of(first.number, first.start, paragraph.text)
        for filter_ in line_filters:
            rule = (filter_.has_custom and filter_.custom_rule_for(joined)) or filter_.rule_for(
                joined
            )
            if rule:
                for line in paragraph.lines:
                    yield whole_line(filter_.name, line, rule)
                break


def _in_source(view: MarkdownView, removals: list[Removal]) -> list[Removal]:
    """The filters' removals in the view, mapped to the Markdown source, and its syntax lines.

    A removal inside a line may grow to take a link's syntax; where that makes
    it reach into the next removal of the line, it stops there.
    """
    mapped: list[Removal] = []
    for removal in removals:
        source = view.to_source(removal)
        if mapped and source.start < mapped[-1].end:
            if source.end <= mapped[-1].end:
                continue
            source = source.model_copy(
                update={
                    "start": mapped[-1].end,
                    "evidence": view.source[mapped[-1].end : source.end],
                }
            )
        mapped.append(source)
    mapped.extend(syntax_removals(view, mapped))
    mapped.sort(key=_START)
    return mapped


def _without(doc: Doc, removals: Sequence[Removal], filter_name: str = "") -> Doc:
    """The doc with `removals` cut out of its lines; its `removed` ends with them as made.

    Most removals take a whole kept line: the core cuts those out of the lines
    in one pass (`_core.cut_whole_lines`). The others are clipped to the text
    still kept (`_clip`), so a span that reaches outside it removes only what
    was left to remove: `removed` holds the clipped ones. (`filter_name` is not
    needed since no span is refused; the profiler in benchmarks/ still passes it.)
    """
    kept_lines, kept_content, whole = _core.cut_whole_lines(
        doc.lines, doc.content, [(removal.start, removal.end) for removal in removals]
    )
    if all(whole):
        return Doc(
            text=doc.text,
            lines=kept_lines,
            content=kept_content,
            lang=doc.lang,
            removed=(*doc.removed, *removals),
            link_chars=doc.link_chars,
            wrap=doc.wrap,
            verdicts=doc.verdicts,
            kinds=doc.kinds,
        )
    kept_as_given = [removal for removal, took in zip(removals, whole, strict=True) if took]
    others = [removal for removal, took in zip(removals, whole, strict=True) if not took]
    partial = _clip(doc.text, others, kept_lines)
    made = kept_as_given + [cut for cuts in partial.values() for cut in cuts]
    made.sort(key=_SPAN)
    kept: list[Line] = []
    for line in kept_lines:
        cuts = partial.get(line.start)
        if cuts is None:
            kept.append(line)
            continue
        cursor = line.start
        pieces: list[Line] = []
        for cut in cuts:
            pieces.append(Line.of(line.number, cursor, doc.text[cursor : cut.start]))
            cursor = cut.end
        pieces.append(Line.of(line.number, cursor, doc.text[cursor : line.end]))
        kept.extend(piece for piece in pieces if piece.stripped)
    return Doc(
        text=doc.text,
        lines=tuple(kept),
        lang=doc.lang,
        removed=(*doc.removed, *made),
        link_chars=doc.link_chars,
        wrap=doc.wrap,
        verdicts=doc.verdicts,
        kinds=doc.kinds,
    )


def _clip(
    text: str, removals: Sequence[Removal], lines: Sequence[Line]
) -> dict[int, list[Removal]]:
    """`removals` (sorted) cut to the kept `lines`: per line start, disjoint cuts in order.

    A filter reports spans of the original text, and a filter written the
    obvious way (``doc.text.find("Sponsored")``) finds its label again in a
    later round, after it was removed, or in a line an earlier filter took. So
    what is no longer kept is left out of a span: text already removed, by this
    filter or an earlier one, and line breaks (a line that loses all its text
    goes with its line break anyway). A span over several lines becomes one
    removal per line. A span inside one kept line is kept as it was given.
    """
    starts = [line.start for line in lines]
    taken: dict[int, int] = {}  # line start -> end of the last cut in that line
    cuts: dict[int, list[Removal]] = {}
    for removal in removals:
        at = bisect.bisect_right(starts, removal.start) - 1
        if at >= 0:
            line = lines[at]
            if removal.end <= line.end and removal.start >= taken.get(line.start, line.start):
                cuts.setdefault(line.start, []).append(removal)
                taken[line.start] = removal.end
                continue
        for line in lines[max(at, 0) :]:
            if line.start >= removal.end:
                break
            start = max(removal.start, taken.get(line.start, line.start))
            end = min(removal.end, line.end)
            if end > start:
                cut = removal.model_copy(
                    update={"start": start, "end": end, "evidence": text[start:end]}
                )
                cuts.setdefault(line.start, []).append(cut)
                taken[line.start] = end
    return cuts


def apply_removals(text: str, removals: Iterable[Removal]) -> str:
    """Delete the removed spans from `text`; the only function that deletes text.

    A line that loses all its non-blank text goes with its newline. A removal
    marked `paragraph_break` that stood between two kept parts of a line leaves a
    blank line between them. Removals must not overlap.

    >>> r = Removal(filter="f", rule="r", start=0, end=13, evidence="Advertisement")
    >>> apply_removals("Advertisement\\nText", [r])
    'Text'
    """
    by_line: dict[int, list[Removal]] = {}
    has_cr = "\r" in text  # without one, searching back for it would scan to the start each time
    for removal in sorted(removals, key=_START):
        line_start = text.rfind("\n", 0, removal.start)
        if has_cr:
            line_start = max(line_start, text.rfind("\r", 0, removal.start))
        by_line.setdefault(line_start + 1, []).append(removal)
    out: list[str] = []
    cursor = 0
    for line_start, line_removals in by_line.items():
        if has_cr:
            line_break = LINE_BREAK_RE.search(text, line_start)
            line_end = len(text) if line_break is None else line_break.start()
            break_end = line_end if line_break is None else line_break.end()
        else:  # the same, without a pattern
            line_end = text.find("\n", line_start)
            break_end = line_end + 1
            if line_end < 0:
                line_end = break_end = len(text)
        out.append(text[cursor:line_start])
        first = line_removals[0]
        if len(line_removals) == 1 and first.start == line_start and first.end == line_end:
            cursor = break_end  # the whole line goes, with its line break
            continue
        rebuilt = _rebuild_line(text, line_start, line_end, line_removals)
        if rebuilt.strip():
            out.append(rebuilt)
            cursor = line_end
        else:
            cursor = break_end
    out.append(text[cursor:])
    return "".join(out)


def _rebuild_line(text: str, start: int, end: int, removals: list[Removal]) -> str:
    parts: list[str] = []
    pending_break = False
    cursor = start
    for removal in removals:
        part = text[cursor : removal.start]
        parts, pending_break = _add_part(parts, part, pending_break=pending_break)
        pending_break = pending_break or removal.paragraph_break
        cursor = removal.end
    parts, _ = _add_part(parts, text[cursor:end], pending_break=pending_break)
    return "".join(parts)


def _add_part(parts: list[str], part: str, *, pending_break: bool) -> tuple[list[str], bool]:
    """Append `part`, opening a new paragraph before it if a break is pending."""
    if not part.strip():
        return parts, pending_break
    if pending_break and parts:
        parts[-1] = parts[-1].rstrip()
        parts.extend(("\n\n", part.lstrip()))
    else:
        parts.append(part)
    return parts, False

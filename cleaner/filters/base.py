"""The filter interface: a filter *finds* spans to remove and never edits text.

A filter is any object with a `name` and a `find(doc)` method that yields
`Removal`s (spans of the original text; see `Filter.find`); no inheritance is
required. `LineFilter` is the helper for the common
case of judging each line on its own, and adds the user's own phrases and
patterns from the config file to every such family.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, Self, runtime_checkable

import regex

from cleaner import _core
from cleaner.document import Line, last_line_number
from cleaner.lexicons import phrase_key
from cleaner.models import Removal, UserRules, trusted_removal
from cleaner.rejoin import is_wrap_break

if TYPE_CHECKING:
    from cleaner.config import CleanerConfig
    from cleaner.document import Doc
    from cleaner.lexicons import Lexicon


@runtime_checkable
class Filter(Protocol):
    """Anything that can take part in a `Pipeline`."""

    name: str

    def find(self, doc: Doc) -> Iterable[Removal]:
        """Yield the spans of `doc.text` to remove, each with its rule id.

        Offsets are into `doc.text`, the original text. Only what is still kept
        (`doc.lines`) is removed: the part of a span that an earlier filter or
        round already removed is left out, and a span over several lines
        becomes one removal per line. So searching `doc.text` directly is
        correct, even though the same text is found again in a later round.
        """
        ...


def wrapped_runs(doc: Doc) -> list[tuple[Line, ...]]:
    """The kept lines of a wrapped dump in runs: the lines of one paragraph the wrap broke.

    Only wrap breaks join (`cleaner.rejoin.is_wrap_break`), not the other joins
    of rejoin: a short label above a sentence stays a line of its own. Every
    line filter of a round asks for the same runs: they are found once per
    state of the document (kept in `Doc.verdicts`, checked against the lines).
    """
    cached = doc.verdicts.get(_RUNS_KEY)
    if cached is not None and cached[0] is doc.content:
        return list(cached[1])
    content = doc.content
    breaks = _wrap_breaks(doc).recall(content)
    runs: list[tuple[Line, ...]] = []
    run: list[Line] = []
    for position, line in enumerate(content):
        if run:
            previous = run[-1]
            known = breaks[position]
            if known is not UNSEEN and known[0] is previous:
                joined = known[1]
            else:
                joined = line.number == previous.number + 1 and is_wrap_break(
                    previous.text, line.text, doc.wrap
                )
                breaks[position] = (previous, joined)
            if not joined:
                runs.append(tuple(run))
                run = []
        run.append(line)
    if run:
        runs.append(tuple(run))
    doc.verdicts[_RUNS_KEY] = (doc.content, tuple(runs))
    return runs


_RUNS_KEY = (0, "wrapped_runs")  # no filter's id is 0: `line_verdicts` keys never clash
_BREAKS_KEY = (0, "wrap_breaks")


def _wrap_breaks(doc: Doc) -> LineMemo:
    """The run's memo of `wrapped_runs` decisions: per line, (the line before it, joined).

    A round's removals leave most pairs of neighbouring lines as they were: a
    pair is judged once per run, not once per state of the document.
    """
    entry = doc.verdicts.get(_BREAKS_KEY)
    if entry is None:
        entry = doc.verdicts[_BREAKS_KEY] = (wrapped_runs, LineMemo())
    memo: LineMemo = entry[1]
    return memo


def whole_line(name: str, line: Line, rule: str) -> Removal:
    """A removal of all of `line` (the pipeline drops the line's newline with it)."""
    # Built without validation: a kept line's span is ordered and in bounds by construction.
    return trusted_removal(name, rule, line.start, line.start + len(line.text), line.text)


class LineFilter(ABC):
    """Base for filters that judge each line on its own.

    Subclasses implement `rule_for`; this class loops over the kept lines, applies
    the user's phrases and patterns first (rules ``custom_phrase`` and
    ``custom_pattern``), and builds the `Removal`s.
    """

    name: ClassVar[str]
    accepts_custom: ClassVar[bool] = True

    def __init__(self, lexicon: Lexicon, custom: UserRules | None = None) -> None:
        custom = custom or UserRules()
        self._custom_phrases = frozenset(phrase_key(p) for p in custom.phrases)
        # One set for all of the family's patterns, matched in linear time (the `regex` crate).
        self._custom_patterns = _core.UserPatterns(custom.patterns) if custom.patterns else None

    @classmethod
    def from_config(cls, config: CleanerConfig, lexicon: Lexicon) -> Self:
        """Build the filter with the user's additions for this family, if any."""
        return cls(lexicon, config.custom.get(cls.name))

    @abstractmethod
    def rule_for(self, line: Line) -> str | None:
        """Return the rule id that condemns `line`, or None to keep it."""

    def find(self, doc: Doc) -> Iterator[Removal]:
        """Yield one whole-line removal for each kept line that a rule condemns.

        In a text-browser dump (`Doc.wrap`) a paragraph the wrap broke is judged
        whole first: a caption's credit alone on its last line must not take
        that line and leave the caption's first lines behind.
        """
        custom = self.custom_rule_for if self.has_custom else None
        rule_for = self.rule_for
        content = doc.content
        rules = self.line_memo(doc).recall(content)
        name = self.name
        if not doc.wrap:
            for position, line in enumerate(content):
                rule = rules[position]
                if rule is UNSEEN:
                    rule = rules[position] = (custom and custom(line)) or rule_for(line)
                if rule is not None:
                    yield whole_line(name, line, rule)
            return
        joined_rules = self.line_verdicts(doc, "joined")
        position = 0
        for lines in wrapped_runs(doc):
            if len(lines) > 1:
                first = lines[0]
                joined = Line.of(first.number, first.start, " ".join(ln.stripped for ln in lines))
                rule = joined_rules.get(joined, UNSEEN)
                if rule is UNSEEN:
                    rule = joined_rules[joined] = (custom and custom(joined)) or rule_for(joined)
                if rule is not None:  # the run goes whole: its lines need no verdict of their own
                    for line in lines:
                        yield whole_line(name, line, rule)
                    position += len(lines)
                    continue
            for line in lines:
                rule = rules[position]
                if rule is UNSEEN:
                    rule = rules[position] = (custom and custom(line)) or rule_for(line)
                position += 1
                if rule is not None:
                    yield whole_line(name, line, rule)

    def line_memo(self, doc: Doc, part: str = "") -> LineMemo:
        """This filter's verdicts on single lines for the run `doc` belongs to (see `LineMemo`).

        `rule_for` judges a line alone, so its verdict on a line holds for as
        long as the run lasts; the pipeline's later rounds then judge only the
        lines a cut made. `part` names a further memo for another line-only
        judgement of the same filter.
        """
        key = (id(self), "memo:" + part)
        entry = doc.verdicts.get(key)
        if entry is None:
            # The entry holds the filter, so its id cannot be reused by another while the run lasts.
            entry = doc.verdicts[key] = (self, LineMemo())
        memo: LineMemo = entry[1]
        return memo

    def line_verdicts(self, doc: Doc, part: str = "") -> dict[Line, Any]:
        """This filter's cache of line-only verdicts for the run `doc` belongs to.

        `rule_for` judges a line alone, so its verdict on a line holds for as
        long as the run lasts; the pipeline's later rounds then cost a lookup
        per line already judged. `part` names a further cache for another
        line-only judgement of the same filter.
        """
        key = (id(self), part)
        entry = doc.verdicts.get(key)
        if entry is None:
            # The entry holds the filter, so its id cannot be reused by another while the run lasts.
            entry = doc.verdicts[key] = (self, {})
        return entry[1]

    @property
    def has_custom(self) -> bool:
        """Whether the user added phrases or patterns to this family."""
        return bool(self._custom_phrases or self._custom_patterns is not None)

    def custom_rule_for(self, line: Line) -> str | None:
        """Apply the user's phrases, then patterns, to the stripped line.

        A pattern matches when it matches the whole stripped line, ignoring
        case. Patterns run in time linear in the line, so a long line costs
        what its length does and no pattern needs a timeout.
        """
        text = line.stripped
        if self._custom_phrases and phrase_key(text) in self._custom_phrases:
            return "custom_phrase"
        if self._custom_patterns is not None and self._custom_patterns.fullmatch(text):
            return "custom_pattern"
        return None


# Chinese and Japanese write phrases without spaces: "跳到主要内容" (skip to main
# content) is a phrase, "首页" (home) a word. Four characters or more count as a phrase.
_SPACELESS_PHRASE_RE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}ー]{4,}")


def is_one_word(phrase: str) -> bool:
    """True for a one-word lexicon entry, which `PhraseFilter` guards.

    >>> is_one_word("menu"), is_one_word("skip to content"), is_one_word("跳到主要内容")
    (True, False, False)
    """
    return " " not in phrase and not _SPACELESS_PHRASE_RE.fullmatch(phrase)


class PhraseFilter(LineFilter):
    """A `LineFilter` over a lexicon family, with guarded entries.

    A multi-word entry ("Share this article") condemns a line on its own. A
    one-word entry ("Menu", "Privacy") is also a plausible subheading, so unless
    the family sets `guard_single_words` to False it condemns a line only in
    boilerplate company: next to another line of the family, or next to a line
    an earlier filter removed. Entries of the `<family>_context` file ("Facebook",
    "Yes") are always guarded that way. Subclasses add patterns by overriding
    `pattern_rule_for`.
    """

    family: ClassVar[str]
    phrase_rule: ClassVar[str] = "phrase"
    guard_single_words: ClassVar[bool] = True

    def __init__(self, lexicon: Lexicon, custom: UserRules | None = None) -> None:
        super().__init__(lexicon, custom)
        phrases = lexicon.phrases(self.family)
        guarded = (
            frozenset(p for p in phrases if is_one_word(p))
            if self.guard_single_words
            else frozenset()
        )
        self._strong = phrases - guarded
        self._weak = guarded | lexicon.phrases(f"{self.family}_context")

    def pattern_rule_for(self, line: Line) -> str | None:
        """Rules beyond the phrase list; none by default."""
        return None

    def rule_for(self, line: Line) -> str | None:
        """Condemn a line on its own: a multi-word phrase or a pattern."""
        if line.key in self._strong:
            return self.phrase_rule
        return self.pattern_rule_for(line)

    def is_weak(self, line: Line) -> bool:
        """True for a one-word entry, which needs company to be removed."""
        return line.key in self._weak

    def find(self, doc: Doc) -> Iterator[Removal]:
        """Condemn lines on their own, then one-word entries in boilerplate company."""
        content = doc.content
        # Per line: `_KEPT`, or (rule, weak) where weak means no rule but a one-word entry.
        verdicts: list[tuple[str | None, bool]] = self.line_memo(doc).recall(content)
        if UNSEEN in verdicts:
            self._judge_unseen(content, verdicts)
        last = len(content) - 1
        kept_numbers: set[int] | None = None
        last_number = 0
        name, phrase_rule = self.name, self.phrase_rule
        for position in [p for p, verdict in enumerate(verdicts) if verdict is not _KEPT]:
            rule, _ = verdicts[position]
            if rule is None:  # a one-word entry: removed only in boilerplate company
                # Company: a neighbour that a rule condemns or that is a one-word entry too.
                if not (
                    (position > 0 and verdicts[position - 1] is not _KEPT)
                    or (position < last and verdicts[position + 1] is not _KEPT)
                ):
                    if kept_numbers is None:
                        kept_numbers = {line.number for line in doc.lines}
                        last_number = last_line_number(doc.text)
                    number = content[position].number
                    if not (
                        (number > 0 and number - 1 not in kept_numbers)
                        or (number < last_number and number + 1 not in kept_numbers)
                    ):
                        continue  # alone among kept lines: a subheading, not a label
                rule = phrase_rule
            yield whole_line(name, content[position], rule)

    def _judge_unseen(
        self, content: tuple[Line, ...], verdicts: list[tuple[str | None, bool]]
    ) -> None:
        """Fill in the verdicts still `UNSEEN` (the list is the filter's `LineMemo`)."""
        custom = self.custom_rule_for if self.has_custom else None
        rule_for, pattern_rule_for, is_weak = self.rule_for, self.pattern_rule_for, self.is_weak
        # `rule_for` and `is_weak` are set lookups unless a family overrides them;
        # then they are done here, without a call per line.
        family = type(self)
        strong = self._strong if family.rule_for is PhraseFilter.rule_for else None
        weak_words = self._weak if family.is_weak is PhraseFilter.is_weak else None
        phrase_rule = self.phrase_rule
        for position, verdict in enumerate(verdicts):
            if verdict is not UNSEEN:
                continue
            line = content[position]
            rule = custom(line) if custom else None
            if not rule:
                if strong is None:
                    rule = rule_for(line)
                else:
                    rule = phrase_rule if line.key in strong else pattern_rule_for(line)
            if rule is not None:
                weak = False
            elif weak_words is None:
                weak = is_weak(line)
            else:
                weak = line.key in weak_words
            verdicts[position] = _KEPT if rule is None and not weak else (rule, weak)


# The verdict on a line that no rule condemns and that is no one-word entry (one
# object, compared by identity).
_KEPT: tuple[str | None, bool] = (None, False)


class LineMemo:
    """A filter's verdicts on single lines, kept from round to round of one run.

    It holds the lines the filter judged last (`judged`, in text order) and
    a verdict for each (`verdicts`, a list as long). A later round keeps most
    lines as they were, the very objects, in the same order; `recall` finds
    their verdicts in one walk over both (in the core: offsets, then identity)
    and marks the rest, the pieces of a line that a cut went through,
    `UNSEEN`. A pointer per line per filter: a dict keyed by the lines took
    some 40 bytes a line per filter, most of a run's memory on a page of
    short lines.
    """

    __slots__ = ("judged", "verdicts")

    def __init__(self) -> None:
        self.judged: tuple[Line, ...] = ()
        self.verdicts: list[Any] = []

    def recall(self, lines: tuple[Line, ...]) -> list[Any]:
        """Per line of `lines`: its verdict if judged before, else `UNSEEN`; kept as the new memo.

        The list returned is the memo: fill in its `UNSEEN` entries and they are
        remembered, even if the caller stops halfway (a generator not run out).
        """
        if lines is self.judged:
            verdicts = self.verdicts
        elif self.judged:
            verdicts = _core.recall(self.judged, self.verdicts, lines, UNSEEN)
        else:
            verdicts = [UNSEEN] * len(lines)
        self.judged, self.verdicts = lines, verdicts
        return verdicts


UNSEEN: Any = object()
"""A `LineMemo` entry for a line not judged yet (a verdict can be None)."""

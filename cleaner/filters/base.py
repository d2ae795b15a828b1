"""The filter interface: a filter *finds* spans to remove and never edits text.

A filter is any object with a `name` and a `find(doc)` method that yields
`Removal`s; no inheritance is required. `LineFilter` is the helper for the common
case of judging each line on its own, and adds the user's own phrases and
patterns from the config file to every such family.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, ClassVar, Protocol, Self, runtime_checkable

import regex

from cleaner.document import last_line_number
from cleaner.errors import PatternTimeoutError
from cleaner.lexicons import phrase_key
from cleaner.models import Removal, UserRules, compile_user_pattern

if TYPE_CHECKING:
    from cleaner.document import Doc, Line
    from cleaner.lexicons import Lexicon
    from cleaner.models import CleanerConfig

# How long one user pattern may take on one line before the run is stopped.
USER_PATTERN_TIMEOUT_S = 0.25


@runtime_checkable
class Filter(Protocol):
    """Anything that can take part in a `Pipeline`."""

    name: str

    def find(self, doc: Doc) -> Iterable[Removal]:
        """Yield the spans of `doc.text` to remove, each with its rule id."""
        ...


def whole_line(name: str, line: Line, rule: str) -> Removal:
    """A removal of all of `line` (the pipeline drops the line's newline with it)."""
    # Built without validation: a kept line's span is ordered and in bounds by construction.
    return Removal.model_construct(
        filter=name,
        rule=rule,
        start=line.start,
        end=line.end,
        evidence=line.text,
        paragraph_break=False,
    )


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
        self._custom_patterns: tuple[regex.Pattern[str], ...] = tuple(
            compile_user_pattern(p) for p in custom.patterns
        )

    @classmethod
    def from_config(cls, config: CleanerConfig, lexicon: Lexicon) -> Self:
        """Build the filter with the user's additions for this family, if any."""
        return cls(lexicon, config.custom.get(cls.name))

    @abstractmethod
    def rule_for(self, line: Line) -> str | None:
        """Return the rule id that condemns `line`, or None to keep it."""

    def find(self, doc: Doc) -> Iterator[Removal]:
        """Yield one whole-line removal for each kept line that a rule condemns."""
        custom = self.custom_rule_for if self.has_custom else None
        rule_for = self.rule_for
        for line in doc.content:
            rule = (custom and custom(line)) or rule_for(line)
            if rule is not None:
                yield whole_line(self.name, line, rule)

    @property
    def has_custom(self) -> bool:
        """Whether the user added phrases or patterns to this family."""
        return bool(self._custom_phrases or self._custom_patterns)

    def custom_rule_for(self, line: Line) -> str | None:
        """Apply the user's phrases and patterns, under a timeout for the patterns."""
        if not (self._custom_phrases or self._custom_patterns):
            return None
        text = line.stripped
        if phrase_key(text) in self._custom_phrases:
            return "custom_phrase"
        for pattern in self._custom_patterns:
            try:
                if pattern.fullmatch(text, timeout=USER_PATTERN_TIMEOUT_S):
                    return "custom_pattern"
            except TimeoutError:
                raise PatternTimeoutError(
                    f"custom pattern {pattern.pattern!r} of {self.name} gave up after "
                    f"{USER_PATTERN_TIMEOUT_S} s on line {line.number + 1}; "
                    "it backtracks without end: simplify it"
                ) from None
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
        kept_numbers = {line.number for line in doc.lines}
        last_number = last_line_number(doc.text)
        content = doc.content
        verdicts: list[str | None] = []
        weak: list[bool] = []
        custom = self.custom_rule_for if self.has_custom else None
        rule_for, is_weak = self.rule_for, self.is_weak
        for line in content:
            rule = (custom and custom(line)) or rule_for(line)
            verdicts.append(rule)
            weak.append(rule is None and is_weak(line))
        for position, line in enumerate(content):
            rule = verdicts[position]
            if rule is None and weak[position]:
                company = [
                    verdicts[p] is not None or weak[p]
                    for p in (position - 1, position + 1)
                    if 0 <= p < len(content)
                ]
                next_to_removed = (line.number > 0 and line.number - 1 not in kept_numbers) or (
                    line.number < last_number and line.number + 1 not in kept_numbers
                )
                if any(company) or next_to_removed:
                    rule = self.phrase_rule
            if rule is not None:
                yield whole_line(self.name, line, rule)

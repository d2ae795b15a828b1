"""Pydantic models for what crosses the API and CLI boundary: settings in, results out.

`CleanerConfig`, which names the filters and so depends on the registry of
them, is in `cleaner.config`; the filters import these models, so this module
imports no filter, directly or through the registry.

Inside the pipeline, hot-path values are plain frozen dataclasses
(`cleaner.document`); pydantic is used where validation and JSON matter.
"""

from __future__ import annotations

from collections import Counter
from operator import attrgetter
from typing import Annotated, Literal, Self

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

from cleaner import _core

Format = Literal["auto", "text", "markdown"]
"""How a document is read: sniffed ("auto"), as plain text, or as Markdown."""


class Removal(BaseModel):
    """One span of the original text that a filter removed, and why.

    `rule` is a stable identifier within the filter (counted in stats, asserted in
    tests); `evidence` is the removed text itself. When `paragraph_break` is set the
    span stood *inside* a line (an ad label between two sentences) and the text on
    either side becomes two paragraphs.
    """

    model_config = ConfigDict(frozen=True)

    filter: str
    rule: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    evidence: str
    paragraph_break: bool = False

    @model_validator(mode="after")
    def _span_is_ordered(self) -> Self:
        if self.end < self.start:
            raise ValueError(f"filter {self.filter!r} made a removal that ends before it starts")
        return self

    @property
    def key(self) -> str:
        """The `filter.rule` name under which this removal is counted."""
        return f"{self.filter}.{self.rule}"


# Every field given: one set, shared by the removals `trusted_removal` builds. A set of six
# names takes 700 bytes, more than the rest of a removal; the model is frozen, and
# `model_copy` copies the set before it adds to it, so no removal changes another's.
_ALL_REMOVAL_FIELDS = {"filter", "rule", "start", "end", "evidence", "paragraph_break"}
_new_object = object.__new__
_set_attribute = object.__setattr__


def trusted_removal(filter: str, rule: str, start: int, end: int, evidence: str) -> Removal:
    """A `Removal` built without validation, for spans that are right by construction.

    The same object as ``Removal.model_construct(...)`` with every field given
    (`paragraph_break` False), without its per-field loop, which costs more than
    judging the line did: filters build one for every line they remove.

    >>> trusted_removal("f", "r", 0, 13, "Advertisement") == Removal(
    ...     filter="f", rule="r", start=0, end=13, evidence="Advertisement"
    ... )
    True
    """
    removal = _new_object(Removal)
    _set_attribute(
        removal,
        "__dict__",
        {
            "filter": filter,
            "rule": rule,
            "start": start,
            "end": end,
            "evidence": evidence,
            "paragraph_break": False,
        },
    )
    _set_attribute(removal, "__pydantic_fields_set__", _ALL_REMOVAL_FIELDS)
    _set_attribute(removal, "__pydantic_extra__", None)
    _set_attribute(removal, "__pydantic_private__", None)
    return removal


_START, _END, _FILTER_RULE = attrgetter("start"), attrgetter("end"), attrgetter("filter", "rule")


class Stats(BaseModel):
    """Removal counts keyed ``filter.rule``, and sizes; adds up across documents."""

    model_config = ConfigDict(frozen=True)

    documents: int = 1
    chars_in: int = 0
    chars_removed: int = 0
    counts: dict[str, int] = Field(default_factory=dict)
    seconds: dict[str, float] = Field(
        default_factory=dict,
        exclude=True,
        description="Seconds per step of the pipeline, when it timed them "
        "(`Pipeline.with_timings`, `--stats`); never written out with the counts.",
    )

    @classmethod
    def of(cls, text: str, removals: tuple[Removal, ...]) -> Self:
        """Count `removals` made on `text`.

        Counted by (filter, rule) first, which needs no string per removal, then
        named: a page has thousands of removals and a few dozen names.
        """
        counts: dict[str, int] = {}
        for (filter_name, rule), count in Counter(map(_FILTER_RULE, removals)).items():
            key = f"{filter_name}.{rule}"  # as `Removal.key`
            counts[key] = counts.get(key, 0) + count
        return cls(
            chars_in=len(text),
            chars_removed=sum(map(_END, removals)) - sum(map(_START, removals)),
            counts=counts,
        )

    def __add__(self, other: Stats) -> Stats:
        counts = Counter(self.counts)
        counts.update(other.counts)
        seconds = dict(self.seconds)
        for step, spent in other.seconds.items():
            seconds[step] = seconds.get(step, 0.0) + spent
        return Stats(
            documents=self.documents + other.documents,
            chars_in=self.chars_in + other.chars_in,
            chars_removed=self.chars_removed + other.chars_removed,
            counts=dict(counts),
            seconds=seconds,
        )


class CleanResult(BaseModel):
    """The cleaned text together with every removal that produced it."""

    model_config = ConfigDict(frozen=True)

    text: str
    removals: tuple[Removal, ...] = ()
    stats: Stats = Field(default_factory=Stats)
    warnings: tuple[str, ...] = ()
    lang: str = Field(
        "und",
        description="Language of the document: the configured one, else the guess "
        "('und' when undetermined).",
    )
    format: Literal["text", "markdown"] = Field(
        "text", description="How the document was read: as plain text or as Markdown."
    )


def _usable_pattern(pattern: str) -> str:
    """Refuse a user pattern that does not compile, or that matches an empty line.

    The message is one line and, for syntax of Python's `regex` that the `regex`
    crate lacks (look-around, backreferences, possessive quantifiers), names
    the feature. Pydantic puts the key in front: ``custom.ad_markers.patterns[1]``.
    """
    problem = _core.pattern_error(pattern)
    if problem is not None:
        raise ValueError(problem)
    return pattern


UserPattern = Annotated[str, AfterValidator(_usable_pattern)]
"""A whole-line pattern from a config file, checked by the `regex` crate (see `UserRules`)."""


class UserRules(BaseModel):
    """Phrases and patterns a user adds to one filter family from a config file.

    Both match a whole line, ignoring case and surrounding whitespace. Patterns
    use the syntax of Rust's `regex` crate (`cleaner._core.UserPatterns`), which
    matches in time linear in the line: no pattern can backtrack without end.
    One that does not compile, or needs what the crate lacks (look-around,
    backreferences), is refused here with a one-line message naming it.

    >>> from pydantic import ValidationError
    >>> try:
    ...     UserRules(patterns=["Promoted", "Sponsored(?! content)"])
    ... except ValidationError as error:
    ...     print(error.errors()[0]["loc"], error.errors()[0]["msg"])  # doctest: +ELLIPSIS
    ('patterns', 1) Value error, pattern 'Sponsored(?! content)': look-around is not supported: ...
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    phrases: tuple[str, ...] = Field((), description="Whole lines to remove, e.g. 'Anzeige'.")
    patterns: tuple[UserPattern, ...] = Field(
        (), description=r"Whole-line regular expressions, e.g. 'Promoted by \w+'."
    )

    @field_validator("phrases")
    @classmethod
    def _no_blank_phrase(cls, phrases: tuple[str, ...]) -> tuple[str, ...]:
        for phrase in phrases:
            if not phrase.strip():
                raise ValueError("an empty phrase would match every blank line; remove it")
        return phrases

    @field_validator("patterns")
    @classmethod
    def _patterns_compile_together(cls, patterns: tuple[str, ...]) -> tuple[str, ...]:
        # Each one compiles alone (`_usable_pattern`); together they could still be too large.
        _core.UserPatterns(patterns)
        return patterns


class TimestampSettings(BaseModel):
    """Which kinds of stand-alone date lines the `timestamps` filter removes."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    relative: bool = Field(True, description="Remove lines such as '4 minutes ago'.")
    absolute: bool = Field(
        True, description="Remove lines such as 'Published 10:32 AM EST, Tue November 24, 2026'."
    )


class RelatedSettings(BaseModel):
    """How the `related_links` filter treats a related-articles section."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    keep: bool = Field(
        False,
        description="Keep the teasers under a related heading (cleaned); drop the heading.",
    )


class RejoinSettings(BaseModel):
    """What the paragraph-rebuilding step after the filters may do."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    enabled: bool = Field(
        True, description="Rebuild paragraphs; off leaves the kept lines as they are."
    )
    mend_hyphens: bool = Field(True, description="Join 'recruit-' + 'ment' across a line break.")
    tidy_punctuation: bool = Field(
        True, description="Drop the space a removed link leaves before '.' or ','."
    )

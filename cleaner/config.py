"""`CleanerConfig`, every setting in one typed place, and loading it from a TOML file.

The config names filters, so it depends on the registry and through it on the
filters; the models the filters use (`Removal`, `UserRules`, the settings of
each filter) are in `cleaner.models`, which depends on neither.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Self, get_args

from pydantic import (
    AliasChoices,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic.fields import FieldInfo

import cleaner.filters  # noqa: F401  (the built-in filters register themselves on import)
from cleaner import lexicons, registry
from cleaner.errors import ConfigError
from cleaner.models import Format, RejoinSettings, RelatedSettings, TimestampSettings, UserRules
from cleaner.registry import DEFAULT_ORDER


class CleanerConfig(BaseModel):
    """Every knob of cleaner in one typed place; loadable from a TOML file.

    Unknown keys and unknown filter names are errors that list the valid ones, so a
    typo in a config file never passes silently.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    filters: tuple[str, ...] = Field(
        DEFAULT_ORDER, description="Filter names, in the order they run."
    )
    timestamps: TimestampSettings = Field(default_factory=TimestampSettings)
    related_links: RelatedSettings = Field(
        default_factory=RelatedSettings,
        # Each section is named after its filter; "related" is the name it had first.
        validation_alias=AliasChoices("related_links", "related"),
    )
    rejoin: RejoinSettings = Field(default_factory=RejoinSettings)
    custom: dict[str, UserRules] = Field(
        default_factory=dict,
        description="Extra phrases and patterns per filter family, e.g. [custom.ad_markers].",
    )
    max_removed_fraction: float = Field(
        0.9, ge=0, le=1, description="Warn when more than this share of the characters is removed."
    )
    format: Format = Field(
        "auto",
        description="How input is read: 'text', 'markdown', or 'auto' to tell Markdown "
        "(links, images, # headings, fences) from plain text per document.",
    )
    plain: bool = Field(
        False,
        description="Turn Markdown input into plain text; off, kept lines keep their Markdown.",
    )
    lang: str | None = Field(
        None,
        description="Language code (e.g. 'de') reported in results and used for the rejoin "
        "rules of its script; None guesses it per document. Boilerplate of every language "
        "is removed either way.",
    )

    @field_validator("lang")
    @classmethod
    def _known_language(cls, lang: str | None) -> str | None:
        if lang is None:
            return None
        code = lang.strip().lower()
        if code not in lexicons.languages():
            raise ValueError(
                f"unknown language {lang!r}; available: {', '.join(lexicons.languages())}"
            )
        return code

    @field_validator("filters")
    @classmethod
    def _known_filters(cls, names: tuple[str, ...]) -> tuple[str, ...]:
        known = registry.known_names()
        for name in names:
            if name not in known:
                raise ValueError(f"unknown filter {name!r}; known: {', '.join(known)}")
        if len(set(names)) != len(names):
            raise ValueError("a filter is named twice")
        return names

    @field_validator("custom")
    @classmethod
    def _known_families(cls, custom: dict[str, UserRules]) -> dict[str, UserRules]:
        families = registry.custom_families()
        for name in custom:
            if name not in families:
                raise ValueError(
                    f"filter {name!r} takes no custom phrases; these do: {', '.join(families)}"
                )
        return custom

    @model_validator(mode="after")
    def _custom_rules_run(self) -> Self:
        idle = [name for name in self.custom if name not in self.filters]
        if idle:
            raise ValueError(f"custom rules for {', '.join(idle)}, which is not in 'filters'")
        return self

    def without(self, *names: str) -> CleanerConfig:
        """Return a copy with the named filters switched off."""
        for name in names:
            registry.get(name)  # fails listing the known names
        return self.model_copy(
            update={
                "filters": tuple(n for n in self.filters if n not in names),
                "custom": {k: v for k, v in self.custom.items() if k not in names},
            }
        )


def load_config(path: str | Path) -> CleanerConfig:
    """Read and validate a TOML config file.

    Every problem (unreadable file, bad TOML, unknown key, unknown filter, bad
    pattern) becomes a `ConfigError` whose message names the file and the fix.
    """
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ConfigError(f"cannot read config file {path}: {error.strerror or error}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"config file {path} is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"config file {path} is not valid TOML: {error}") from None
    return validate_config(data, source=str(path))


def validate_config(data: object, *, source: str = "config") -> CleanerConfig:
    """Validate a mapping as a `CleanerConfig`, with one readable line per problem."""
    try:
        return CleanerConfig.model_validate(data)
    except ValidationError as error:
        problems = "; ".join(_describe(e) for e in error.errors())
        raise ConfigError(f"{source} does not validate: {problems}") from None


def _describe(error: Mapping[str, Any]) -> str:
    location = tuple(error.get("loc", ()))
    # A position in a list is written as in the file's own terms: custom.ads.patterns[1].
    where = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in location)
    where = where.removeprefix(".") or "(top level)"
    message = str(error.get("msg", "invalid"))
    if error.get("type") == "extra_forbidden":
        known = ", ".join(_model_at(location[:-1]).model_fields)
        message = f"unknown key (known keys: {known})"
    return f"{where}: {message.removeprefix('Value error, ')}"


def _field_by_alias(model: type[BaseModel], alias: str) -> FieldInfo | None:
    """The field of `model` that `alias` names: a section's former name ("related")."""
    for field in model.model_fields.values():
        choices = field.validation_alias
        if isinstance(choices, AliasChoices) and alias in choices.choices:
            return field
    return None


def _model_at(location: tuple[Any, ...]) -> type[BaseModel]:
    """The settings model that a location in the config points into, for its list of keys."""
    model: type[BaseModel] = CleanerConfig
    for part in location:
        field = model.model_fields.get(str(part)) or _field_by_alias(model, str(part))
        if field is None:
            continue  # a dict key such as the filter name in custom.ad_markers
        annotation = field.annotation
        for candidate in (annotation, *get_args(annotation)):
            if isinstance(candidate, type) and issubclass(candidate, BaseModel):
                model = candidate
    return model

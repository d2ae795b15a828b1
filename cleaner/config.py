"""Loading a `CleanerConfig` from a TOML file, with errors a user can act on."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any, get_args

from pydantic import BaseModel, ValidationError

from cleaner.errors import ConfigError
from cleaner.models import CleanerConfig


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


def _model_at(location: tuple[Any, ...]) -> type[BaseModel]:
    """The settings model that a location in the config points into, for its list of keys."""
    model: type[BaseModel] = CleanerConfig
    for part in location:
        field = model.model_fields.get(str(part))
        if field is None:
            continue  # a dict key such as the filter name in custom.ad_markers
        annotation = field.annotation
        for candidate in (annotation, *get_args(annotation)):
            if isinstance(candidate, type) and issubclass(candidate, BaseModel):
                model = candidate
    return model

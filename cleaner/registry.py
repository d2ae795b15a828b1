"""The registry of filters: one name for each, written once, on the class.

A configuration refers to filters by these names, never by import path, so that
config files survive refactoring. The registry imports no filter: a filter
module registers its classes when it is imported, and `cleaner.config`, which
validates filter names, imports `cleaner.filters` (all the built-in ones) first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, TypeVar, cast

from cleaner.errors import ConfigError

if TYPE_CHECKING:
    from cleaner.config import CleanerConfig
    from cleaner.filters.base import Filter
    from cleaner.lexicons import Lexicon

# The order in which the default pipeline runs its filters. Context filters that
# need to see date and source lines (`related_links`, `bylines`) run before the
# filters that remove those lines on their own. `browser_furniture` runs first, so
# that the others judge "Subscribe" rather than lynx's "(BUTTON) Subscribe".
DEFAULT_ORDER: tuple[str, ...] = (
    "browser_furniture",
    "ad_markers",
    "widgets",
    "comment_stubs",
    "cookie_notices",
    "navigation",
    "footers",
    "related_links",
    "bylines",
    "timestamps",
    "captions",
    "main_content",
)


class FilterFactory(Protocol):
    """What the registry needs of a filter class: its name and how to build it."""

    @property
    def name(self) -> str:
        """The registry name, written once on the class."""
        ...

    @property
    def accepts_custom(self) -> bool:
        """Whether users may add phrases and patterns to this family."""
        ...

    def from_config(self, config: CleanerConfig, lexicon: Lexicon) -> Filter:
        """Build the filter from its own part of `config` (a classmethod on the class)."""
        ...


_FILTERS: dict[str, FilterFactory] = {}

FactoryT = TypeVar("FactoryT", bound=type)


def register(cls: FactoryT) -> FactoryT:
    """Class decorator: add a filter class to the registry under `cls.name`."""
    factory = cast("FilterFactory", cls)
    if factory.name in _FILTERS:
        raise ValueError(f"filter {factory.name!r} is registered twice")
    _FILTERS[factory.name] = factory
    return cls


def known_names() -> tuple[str, ...]:
    """All registered filter names, in default order first."""
    filters = _FILTERS
    return tuple(n for n in DEFAULT_ORDER if n in filters) + tuple(
        n for n in filters if n not in DEFAULT_ORDER
    )


def custom_families() -> tuple[str, ...]:
    """The filters that accept user phrases and patterns from a config file."""
    filters = _FILTERS
    return tuple(n for n in known_names() if filters[n].accepts_custom)


def get(name: str) -> FilterFactory:
    """Return the filter class registered as `name`, or fail listing the known names."""
    filters = _FILTERS
    try:
        return filters[name]
    except KeyError:
        raise ConfigError(f"unknown filter {name!r}; known: {', '.join(known_names())}") from None

"""The two entry points, modelled on ftfy's `fix_text` and `fix_and_explain`."""

from __future__ import annotations

from functools import lru_cache

from cleaner.models import CleanerConfig, CleanResult
from cleaner.pipeline import Pipeline


def clean(text: str, config: CleanerConfig | None = None) -> str:
    """Return `text` with boilerplate removed and paragraphs rebuilt.

    For many documents, build a `Pipeline` once and call its `clean` method;
    this function caches the pipeline of each distinct config for you.

    >>> clean("Advertisement\\nThe council met on Monday.\\n4 minutes ago")
    'The council met on Monday.\\n'
    """
    return pipeline_for(config).clean(text)


def clean_and_explain(text: str, config: CleanerConfig | None = None) -> CleanResult:
    """Like `clean`, but also return every removal with its filter, rule and span.

    >>> result = clean_and_explain("Advertisement\\nThe council met.")
    >>> [(r.filter, r.rule, r.evidence) for r in result.removals]
    [('ad_markers', 'label_line', 'Advertisement')]
    """
    return pipeline_for(config).run(text)


def pipeline_for(config: CleanerConfig | None) -> Pipeline:
    """The cached `Pipeline` of `config` (the default config when None)."""
    return _cached_pipeline(None if config is None else config.model_dump_json())


@lru_cache(maxsize=32)
def _cached_pipeline(config_json: str | None) -> Pipeline:
    config = (
        CleanerConfig() if config_json is None else CleanerConfig.model_validate_json(config_json)
    )
    return Pipeline.from_config(config)

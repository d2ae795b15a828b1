"""The two entry points, modelled on ftfy's `fix_text` and `fix_and_explain`."""

from __future__ import annotations

import importlib
from functools import lru_cache
from typing import Literal

from cleaner.config import CleanerConfig
from cleaner.models import CleanResult, Format
from cleaner.pipeline import Pipeline

InputFormat = Format | Literal["html"]
"""What `clean` takes: the config's formats, and "html" for a whole HTML page."""


def clean(
    text: str,
    config: CleanerConfig | None = None,
    *,
    format: InputFormat | None = None,
    plain: bool | None = None,
) -> str:
    """Return `text` with boilerplate removed and paragraphs rebuilt.

    `format` ("auto", "text", "markdown", or "html" for a page's HTML) and
    `plain` (Markdown out as plain text) override `config`'s settings. For many
    documents, build a `Pipeline` once and call its `clean` method; this
    function caches the pipeline of each distinct config for you.

    >>> clean("Advertisement\\nThe council met on Monday.\\n4 minutes ago")
    'The council met on Monday.\\n'
    >>> clean("# Storm\\n\\nThe [council](/c) met.", format="markdown", plain=True)
    'Storm\\n\\nThe council met.\\n'
    """
    return clean_and_explain(text, config, format=format, plain=plain).text


def clean_and_explain(
    text: str,
    config: CleanerConfig | None = None,
    *,
    format: InputFormat | None = None,
    plain: bool | None = None,
) -> CleanResult:
    """Like `clean`, but also return every removal with its filter, rule and span.

    >>> result = clean_and_explain("Advertisement\\nThe council met.")
    >>> [(r.filter, r.rule, r.evidence) for r in result.removals]
    [('ad_markers', 'label_line', 'Advertisement')]
    """
    if format == "html":
        # Imported here: lxml and trafilatura load only for HTML.
        html = importlib.import_module("cleaner.html")
        result: CleanResult = html.clean_html(text, config)
        return result
    return pipeline_for(config).run(text, format=format, plain=plain)


def pipeline_for(config: CleanerConfig | None) -> Pipeline:
    """The cached `Pipeline` of `config` (the default config when None)."""
    return _cached_pipeline(None if config is None else config.model_dump_json())


@lru_cache(maxsize=32)
def _cached_pipeline(config_json: str | None) -> Pipeline:
    config = (
        CleanerConfig() if config_json is None else CleanerConfig.model_validate_json(config_json)
    )
    return Pipeline.from_config(config)

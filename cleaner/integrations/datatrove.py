"""A datatrove pipeline step that cleans ``Document.text`` with cleaner.

datatrove is how web corpora are built at scale: it reads and writes shards,
and runs the same list of steps on one machine, on Slurm or on Ray. Cleaning is
one more step in that list, so cleaner needs no scheduler of its own.

Install with ``pip install 'cleaner[datatrove]'``. Only this module imports
datatrove; ``import cleaner`` does not.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from datatrove.pipeline.base import PipelineStep
from datatrove.utils.typeshelper import StatHints

from cleaner.config import CleanerConfig
from cleaner.pipeline import Pipeline

if TYPE_CHECKING:
    from datatrove.data import DocumentsPipeline

__all__ = ["CleanerStep"]


class CleanerStep(PipelineStep):  # type: ignore[misc]  # datatrove ships no type information
    """Clean each document's text and record what was removed.

    The `Pipeline` is built once, when the step is created, and travels with
    the step to datatrove's worker processes (it pickles cheaply and holds no
    per-document state). For every document the step

    * replaces ``doc.text`` with the cleaned text;
    * stores the removal counts, keyed ``filter.rule`` as in ``cleaner --stats``,
      as a plain dict in ``doc.metadata[metadata_key]`` (``{}`` when nothing was
      removed), so a later step or a reader of the output can see why a
      document shrank;
    * adds the same counts to the step's stats (``stats/<rank>.json`` and
      ``stats.json`` in the logging folder), along with ``chars_removed`` per
      document and datatrove's usual ``total``, ``forwarded`` and ``doc_len``.

    A document that cleaning leaves empty (nothing but boilerplate) is dropped
    and counted as ``dropped`` and ``dropped_empty``, the names datatrove's own
    filters use, because datatrove's readers already skip documents without
    text and a blank document is of no use downstream. Pass
    ``drop_empty=False`` to keep it with empty text instead, e.g. to count
    pages per site.

    The counts dict has different keys from one document to the next; JSON
    Lines output takes it as is, but for `ParquetWriter` pass a schema that
    types the metadata field as a map from string to integer.

    >>> from datatrove.data import Document
    >>> step = CleanerStep()
    >>> doc = Document(text="Advertisement\\nThe council met.", id="1")
    >>> [(d.text, d.metadata) for d in step.run([doc])]
    [('The council met.\\n', {'cleaner': {'ad_markers.label_line': 1}})]
    """

    name = "🧹 cleaner"
    type = "✂️ - FORMAT"

    def __init__(
        self,
        config: CleanerConfig | None = None,
        *,
        metadata_key: str = "cleaner",
        drop_empty: bool = True,
    ) -> None:
        super().__init__()
        self.config = config or CleanerConfig()
        self.metadata_key = metadata_key
        self.drop_empty = drop_empty
        self.pipeline = Pipeline.from_config(self.config)

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        """Yield the cleaned documents, in order; `rank` and `world_size` are not used."""
        if data is None:
            return
        for doc in data:
            self.stat_update(StatHints.total)
            with self.track_time():
                result = self.pipeline.run(doc.text)
            doc.text = result.text
            counts = dict(result.stats.counts)
            doc.metadata[self.metadata_key] = counts
            for key, count in counts.items():
                self.stat_update(key, value=count)
            self.stat_update("chars_removed", value=result.stats.chars_removed)
            if self.drop_empty and not result.text.strip():
                self.stat_update(StatHints.dropped, "dropped_empty")
                continue
            self.stat_update(StatHints.forwarded)
            self.update_doc_stats(doc)
            yield doc

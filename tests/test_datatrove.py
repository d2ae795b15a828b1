"""The datatrove step, run the way corpora are built: a local executor over JSONL shards."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("datatrove")
pytest.importorskip("orjson")  # datatrove's JSONL reader and writer need it

from datatrove.data import Document
from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.readers import JsonlReader
from datatrove.pipeline.writers import JsonlWriter

import cleaner
from cleaner import CleanerConfig
from cleaner.integrations.datatrove import CleanerStep

# Two shards of three documents: each holds article sentences between ad labels
# and comment stubs; "2" is nothing but boilerplate and must be dropped.
SHARDS = {
    "part-0.jsonl": [
        ("0", "Advertisement\nThe council met on Monday.\nComments"),
        ("1", "The river rose overnight.\nAdvertisement\nResidents were moved to safety."),
        ("2", "Advertisement\nNo comments yet..."),
    ],
    "part-1.jsonl": [
        ("3", "Advertisement\nThe mayor spoke on Tuesday.\nAdvertisement"),
        ("4", "A plain article with nothing to remove."),
        ("5", "Sponsored\nThe school reopened.\nLeave a Reply"),
    ],
}


def write_shards(folder: Path) -> dict[str, str]:
    folder.mkdir(parents=True)
    texts = {}
    for name, docs in SHARDS.items():
        with (folder / name).open("w", encoding="utf-8") as file:
            for doc_id, text in docs:
                file.write(json.dumps({"id": doc_id, "text": text, "source": name}) + "\n")
                texts[doc_id] = text
    return texts


def read_outputs(folder: Path) -> dict[str, dict[str, object]]:
    records = {}
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            records[record["id"]] = record
    return records


def test_local_executor_cleans_two_tasks_and_records_counts(tmp_path: Path) -> None:
    texts = write_shards(tmp_path / "in")
    executor = LocalPipelineExecutor(
        pipeline=[
            JsonlReader(str(tmp_path / "in")),
            CleanerStep(),
            JsonlWriter(str(tmp_path / "out"), compression=None),
        ],
        tasks=2,
        workers=1,  # tasks in turn, each on a deep copy of the pipeline; fast enough for CI
        logging_dir=str(tmp_path / "logs"),
    )
    executor.run()

    records = read_outputs(tmp_path / "out")
    assert sorted(records) == ["0", "1", "3", "4", "5"]  # "2" was all boilerplate
    for doc_id, record in records.items():
        expected = cleaner.clean_and_explain(texts[doc_id])
        assert record["text"] == expected.text
        metadata = record["metadata"]
        assert isinstance(metadata, dict)
        assert metadata["cleaner"] == expected.stats.counts
        assert metadata["source"] in SHARDS  # other fields pass through
    assert records["0"]["text"] == "The council met on Monday.\n"
    assert records["3"]["metadata"] == {
        "source": "part-1.jsonl",
        "file_path": str(tmp_path / "in" / "part-1.jsonl"),
        "cleaner": {"ad_markers.label_line": 2},
    }
    assert records["4"]["metadata"]["cleaner"] == {}  # type: ignore[index]

    per_task = [
        _cleaner_stats(json.loads(path.read_text(encoding="utf-8")))
        for path in sorted((tmp_path / "logs" / "stats").glob("*.json"))
    ]
    assert len(per_task) == 2
    merged = _cleaner_stats(json.loads((tmp_path / "logs" / "stats.json").read_text()))
    assert merged["total"] == 6
    assert merged["forwarded"] == 5
    assert merged["dropped"] == 1
    assert merged["dropped_empty"] == 1
    assert _total(merged["ad_markers.label_line"]) == 6
    assert _total(merged["comment_stubs.stub"]) == 3
    assert _total(merged["chars_removed"]) == sum(
        cleaner.clean_and_explain(text).stats.chars_removed for text in texts.values()
    )
    assert sum(_total(task["total"]) for task in per_task) == 6


def _total(metric: object) -> int:
    """A datatrove metric's total: a bare number when every update added 1, else a dict."""
    if isinstance(metric, dict):
        metric = metric["total"]
    assert isinstance(metric, int)
    return metric


def _cleaner_stats(steps: list[dict[str, object]]) -> dict[str, object]:
    """The `stats` block of the cleaner step in a datatrove stats file."""
    (step,) = [s for s in steps if "cleaner" in str(s["name"])]
    stats = step["stats"]
    assert isinstance(stats, dict)
    return stats


def test_empty_documents_are_kept_on_request() -> None:
    step = CleanerStep(drop_empty=False, metadata_key="removed")
    docs = list(step.run([Document(text="Advertisement\nComments", id="a")]))
    assert [(d.text, d.metadata) for d in docs] == [
        ("", {"removed": {"ad_markers.label_line": 1, "comment_stubs.stub": 1}})
    ]


def test_step_uses_its_config() -> None:
    config = CleanerConfig().without("ad_markers")
    step = CleanerStep(config)
    (doc,) = step.run([Document(text="Advertisement\nThe council met.", id="a")])
    assert doc.text == cleaner.clean("Advertisement\nThe council met.", config)
    assert doc.text.startswith("Advertisement\n")
    assert doc.metadata == {"cleaner": {}}


@pytest.mark.parametrize("dumps_loads", ["pickle", "dill"])
def test_step_pickles(dumps_loads: str) -> None:
    # Executors with several workers ship the step to them with dill (`multiprocess`).
    module = pytest.importorskip(dumps_loads)
    step = module.loads(module.dumps(CleanerStep(metadata_key="k")))
    (doc,) = step.run([Document(text="Advertisement\nThe council met.", id="a")])
    assert doc.text == "The council met.\n"
    assert doc.metadata == {"k": {"ad_markers.label_line": 1}}


def test_import_cleaner_does_not_import_datatrove() -> None:
    code = "import sys, cleaner; sys.exit('datatrove' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0

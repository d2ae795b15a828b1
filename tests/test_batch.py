"""Batch runs: JSON Lines, many files, worker processes in input order (cleaner/batch.py)."""

from __future__ import annotations

import json
from collections.abc import Generator, Iterator
from pathlib import Path

import pytest

import cleaner
from cleaner.batch import ordered_map
from tests.test_cli import run

GOOD = {"id": 1, "text": "Advertisement\nThe council met.", "meta": {"tags": ["a", "b"]}}
LAST = {"id": 5, "text": "It voted on Tuesday."}


def jsonl(*records: object) -> bytes:
    lines = (r if isinstance(r, str) else json.dumps(r) for r in records)
    return ("\n".join(lines) + "\n").encode("utf-8")


def double(number: int) -> int:
    return number * 2


def test_jsonl_cleans_the_field_and_passes_every_other_field_through() -> None:
    result = run(["--jsonl"], jsonl(GOOD, LAST))
    assert result.status == 0
    first, last = (json.loads(line) for line in result.out.splitlines())
    assert first == {"id": 1, "text": "The council met.\n", "meta": {"tags": ["a", "b"]}}
    assert last == {"id": 5, "text": "It voted on Tuesday.\n"}


def test_jsonl_other_field_and_counts_key() -> None:
    record = {"body": "Advertisement\nThe council met.", "text": "Advertisement"}
    result = run(["--jsonl", "--field", "body", "--counts-key", "removed"], jsonl(record))
    (out,) = (json.loads(line) for line in result.out.splitlines())
    assert out == {
        "body": "The council met.\n",
        "text": "Advertisement",
        "removed": {"ad_markers.label_line": 1},
    }


def test_bad_records_are_reported_by_line_and_skipped(tmp_path: Path) -> None:
    errors = tmp_path / "errors.jsonl"
    data = jsonl(GOOD, "not json", {"id": 3}, {"id": 4, "text": 5}, LAST)
    result = run(["--jsonl", "--errors", str(errors)], data)
    assert result.status == 3  # something was skipped
    assert [json.loads(line)["id"] for line in result.out.splitlines()] == [1, 5]
    assert "line 2: not JSON" in result.err
    assert "line 3: no field 'text'" in result.err
    assert "line 4: field 'text' is int, not a string" in result.err
    assert errors.read_text(encoding="utf-8").splitlines() == data.decode().splitlines()[1:4]


def test_stats_sum_the_removals_per_rule() -> None:
    result = run(["--jsonl", "--stats"], jsonl(GOOD, GOOD, LAST))
    assert result.status == 0
    assert "3 document(s)" in result.err
    assert "ad_markers.label_line         2" in result.err


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_jobs_keep_the_input_order(jobs: str) -> None:
    records = [{"id": n, "text": f"Advertisement\nRecord {n} met on Monday."} for n in range(40)]
    result = run(["--jsonl", "--jobs", jobs], jsonl(*records))
    assert result.status == 0
    assert [json.loads(line)["id"] for line in result.out.splitlines()] == list(range(40))


def test_many_files_into_a_folder(tmp_path: Path) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("Advertisement\nThe council met.\n", encoding="utf-8")
    second.write_text("It voted.\nShare this article\n", encoding="utf-8")
    out = tmp_path / "out"
    result = run([str(first), str(second), "-o", str(out)])
    assert result.status == 0
    assert (out / "a.txt").read_text(encoding="utf-8") == "The council met.\n"
    assert (out / "b.txt").read_text(encoding="utf-8") == "It voted.\n"
    assert sorted(path.name for path in out.iterdir()) == ["a.txt", "b.txt"]  # no temp files


def test_a_missing_file_among_many_is_skipped(tmp_path: Path) -> None:
    good = tmp_path / "a.txt"
    good.write_text("The council met.\n", encoding="utf-8")
    out = tmp_path / "out"
    result = run([str(tmp_path / "missing.txt"), str(good), "-o", str(out)])
    assert result.status == 3
    assert (out / "a.txt").read_text(encoding="utf-8") == "The council met.\n"
    assert "missing.txt" in result.err


def test_ordered_map_keeps_order_across_processes() -> None:
    assert list(ordered_map(double, range(200), jobs=2, per_worker=8)) == [
        n * 2 for n in range(200)
    ]


def test_ordered_map_holds_a_bounded_number_of_items_in_flight() -> None:
    pulled: list[int] = []

    def endless() -> Iterator[int]:
        number = 0
        while True:
            pulled.append(number)
            yield number
            number += 1

    results = ordered_map(double, endless(), jobs=2, per_worker=8)
    assert [next(results) for _ in range(5)] == [0, 2, 4, 6, 8]
    assert len(pulled) <= 2 * 8 + 8  # the window, and the chunk being filled
    assert isinstance(results, Generator)
    results.close()  # shuts the pool down


def test_clean_many_matches_clean_one_by_one() -> None:
    texts = [f"Advertisement\nThe council met {n} times." for n in range(20)]
    expected = [cleaner.clean(text) for text in texts]
    assert [r.text for r in cleaner.clean_many(texts, jobs=2)] == expected


def test_output_folder_names_say_what_the_cleaned_text_is(tmp_path: Path) -> None:
    inputs = {"page.html": "p", "notes.md": "n", "long.markdown": "l", "README": "r", "b.txt": "b"}
    for name, word in inputs.items():
        (tmp_path / name).write_text(f"Advertisement\nThe {word} council met.\n", encoding="utf-8")
    out = tmp_path / "out"
    result = run(["--text", "-o", str(out), *(str(tmp_path / name) for name in inputs)])
    assert result.status == 0
    assert sorted(path.name for path in out.iterdir()) == [
        "README.txt",
        "b.txt",
        "long.md",
        "notes.md",
        "page.txt",
    ]
    assert (out / "page.txt").read_text(encoding="utf-8") == "The p council met.\n"


def test_output_folder_with_json_writes_json_files(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("Advertisement\nThe council met.\n", encoding="utf-8")
    out = tmp_path / "out"
    assert run(["--json", "-o", str(out), str(page)]).status == 0
    assert [path.name for path in out.iterdir()] == ["page.json"]
    assert json.loads((out / "page.json").read_text(encoding="utf-8"))["text"] == (
        "The council met.\n"
    )


def test_inputs_that_would_share_an_output_name_are_a_usage_error(tmp_path: Path) -> None:
    result = run(["-o", str(tmp_path / "out"), "a.html", "a.txt"])
    assert result.status == 2
    assert "same output name: a.txt" in result.err


def test_help_says_what_output_names_are(capsys: pytest.CaptureFixture[str]) -> None:
    result = run(["--help"])
    assert result.status == 0
    assert "NAME.txt" in " ".join((capsys.readouterr().out + result.out).split())


def test_jsonl_guard_warnings_name_the_record() -> None:
    mostly_ads = {"id": 2, "text": "Advertisement\n" * 9 + "Hi."}
    result = run(["--jsonl"], jsonl(GOOD, mostly_ads, LAST))
    assert result.status == 0
    assert result.err.splitlines() == [
        "cleaner: warning: line 2: 91% of the text was removed (more than the 90% guard); "
        "check --explain"
    ]


def test_errors_file_lists_the_skipped_files_and_why(tmp_path: Path) -> None:
    good, binary = tmp_path / "a.txt", tmp_path / "bin.dat"
    good.write_text("Advertisement\nThe council met.\n", encoding="utf-8")
    binary.write_bytes(b"\x00\x01\x02binary")
    missing, errors = tmp_path / "missing.txt", tmp_path / "e.txt"
    result = run(["--errors", str(errors), str(good), str(binary), str(missing)])
    assert (result.status, result.out) == (3, "The council met.\n")
    assert result.err.splitlines()[-1] == f"cleaner: 2 input(s) skipped (listed in {errors})"
    assert errors.read_text(encoding="utf-8").splitlines() == [
        f"{binary}\t{binary} looks like binary data, not text; cleaner reads UTF-8 text",
        f"{missing}\tcannot read {missing}: No such file or directory",
    ]


def test_errors_file_is_written_even_when_nothing_is_skipped(tmp_path: Path) -> None:
    good, errors = tmp_path / "a.txt", tmp_path / "e.txt"
    good.write_text("The council met.\n", encoding="utf-8")
    errors.write_text("from an earlier run\n", encoding="utf-8")
    result = run(["--errors", str(errors), str(good), str(good)])
    assert (result.status, result.err) == (0, "")
    assert errors.read_text(encoding="utf-8") == ""


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_stats_show_the_time_of_every_step_of_the_pipeline(jobs: str) -> None:
    result = run(["--jsonl", "--stats", "--jobs", jobs], jsonl(GOOD, GOOD, LAST))
    assert result.status == 0
    timing = result.err.split("time per step:\n", 1)[1].splitlines()
    steps = {line.split()[0] for line in timing}
    assert {"split", "language", "ad_markers", "main_content", "rejoin"} <= steps
    assert all(line.split()[2] == "ms" for line in timing)


def test_stats_of_documents_show_the_time_per_step_too(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("Advertisement\nThe council met on Monday.\n", encoding="utf-8")
    result = run(["--stats", str(page)])
    assert "time per step:" in result.err
    assert "  ad_markers " in result.err

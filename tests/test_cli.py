"""The command line, in process (`cleaner.cli.main` with its own streams) and as a real process."""

from __future__ import annotations

import errno
import io
import json
import os
import random
import shlex
import shutil
import subprocess
import sys
import sysconfig
from dataclasses import dataclass
from pathlib import Path

import pytest
import regex

import cleaner
from cleaner import CleanResult, registry
from cleaner.cli import main

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples" / "en"
SEED_IN = SAMPLES / "daily8-scmp.in.txt"


def read_exact(path: Path) -> str:
    with path.open(encoding="utf-8", newline="") as file:
        return file.read()


SEED = read_exact(SEED_IN)
SEED_OUT = read_exact(SAMPLES / "daily8-scmp.out.txt")
SEED_KEEP_OUT = read_exact(SAMPLES / "daily8-scmp.keep-related.out.txt")
SMALL = "Advertisement\nThe council met.\n4 minutes ago\nIt voted. Advertisement Then it rose.\n"


@dataclass
class Run:
    status: int
    out: str
    err: str


def run(argv: list[str], stdin: bytes = b"") -> Run:
    stdout, stderr = io.StringIO(), io.StringIO()
    status = main(argv, stdin=io.BytesIO(stdin), stdout=stdout, stderr=stderr)
    result = Run(status, stdout.getvalue(), stderr.getvalue())
    assert "Traceback" not in result.err
    return result


def one_line_error(result: Run) -> str:
    """The single `cleaner: ...` line a failed run prints, with nothing on stdout."""
    assert result.out == ""
    lines = result.err.splitlines()
    assert len(lines) == 1, result.err
    assert lines[0].startswith("cleaner: ")
    return lines[0]


# --- in process -----------------------------------------------------------------


def test_stdin_to_stdout() -> None:
    result = run([], SEED.encode("utf-8"))
    assert (result.status, result.out, result.err) == (0, SEED_OUT, "")


def test_dash_is_stdin() -> None:
    assert run(["-"], SEED.encode("utf-8")).out == SEED_OUT


def test_one_file(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(SEED, encoding="utf-8", newline="")
    result = run([str(path)])
    assert (result.status, result.out, result.err) == (0, SEED_OUT, "")


def test_files_are_cleaned_in_turn(tmp_path: Path) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("Advertisement\nThe council met.\n", encoding="utf-8")
    second.write_text("Comments\nIt voted.\n", encoding="utf-8")
    result = run([str(first), str(second)])
    assert (result.status, result.out) == (0, "The council met.\nIt voted.\n")


def test_keep_related() -> None:
    assert run(["--keep-related"], SEED.encode("utf-8")).out == SEED_KEEP_OUT


def test_explain_lines_on_stderr() -> None:
    result = run(["--explain"], SMALL.encode("utf-8"))
    assert result.status == 0
    assert result.out == cleaner.clean(SMALL)
    assert result.err.splitlines() == [
        "ad_markers.label_line  L1  'Advertisement'",
        "timestamps.relative_time  L3  '4 minutes ago'",
        "ad_markers.inline_label  L4  'Advertisement'",
    ]


def test_explain_format_on_the_seed() -> None:
    result = run(["--explain"], SEED.encode("utf-8"))
    lines = [line for line in result.err.splitlines() if not line.startswith("cleaner: warning:")]
    assert len(lines) == len(cleaner.clean_and_explain(SEED).removals)
    pattern = regex.compile(r"""[a-z_]+\.[a-z_]+  L\d+  (?:'.*'|".*")""")
    assert [line for line in lines if not pattern.fullmatch(line)] == []


def test_explain_names_the_file_when_there_are_several(tmp_path: Path) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("The council met.\nAdvertisement\n", encoding="utf-8")
    second.write_text("Comments\nIt voted.\n", encoding="utf-8")
    result = run(["--explain", str(first), str(second)])
    assert result.err.splitlines() == [
        f"ad_markers.label_line  {first}:L2  'Advertisement'",
        f"comment_stubs.stub  {second}:L1  'Comments'",
    ]


GUARD_WARNING = "91% of the text was removed (more than the 90% guard); check --explain"
MOSTLY_ADS = b"Advertisement\n" * 9 + b"Hi."


@pytest.mark.parametrize("argv", [[], ["--explain"]], ids=["plain", "explain"])
def test_the_guard_warning_is_always_on_stderr(argv: list[str]) -> None:
    result = run(argv, MOSTLY_ADS)
    assert result.status == 0
    assert result.out == "Hi.\n"
    assert result.err.splitlines()[-1] == f"cleaner: warning: stdin: {GUARD_WARNING}"


def test_the_guard_warning_names_each_file_once(tmp_path: Path) -> None:
    first, fine, second = tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "c.txt"
    first.write_bytes(MOSTLY_ADS)
    fine.write_text("The council met.\n", encoding="utf-8")
    second.write_bytes(MOSTLY_ADS)
    result = run([str(first), str(fine), str(second)])
    assert result.err.splitlines() == [
        f"cleaner: warning: {first}: {GUARD_WARNING}",
        f"cleaner: warning: {second}: {GUARD_WARNING}",
    ]


def test_json_over_several_files_names_each_input(tmp_path: Path) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("Advertisement\nThe council met.\n", encoding="utf-8")
    second.write_text("It voted.\n", encoding="utf-8")
    result = run(["--json", str(first), str(second)])
    assert result.status == 0
    objects = [json.loads(line) for line in result.out.splitlines()]
    assert [(o["input"], o["text"]) for o in objects] == [
        (str(first), "The council met.\n"),
        (str(second), "It voted.\n"),
    ]


def test_json_from_stdin_names_it_as_dash() -> None:
    assert json.loads(run(["--json"], SMALL.encode("utf-8")).out)["input"] == "-"


EMPTY_PAGE = b"<html><head><title>Nothing here</title></head><body></body></html>"


def test_a_page_without_text_is_named_by_its_file(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura")
    page = tmp_path / "page.html"
    page.write_bytes(EMPTY_PAGE)
    result = run([str(page)])
    assert (result.status, result.out) == (0, "")
    assert (
        result.err == f"cleaner: {page}: no article text found in the HTML page; nothing written\n"
    )


def test_a_page_without_text_on_stdin_is_named_stdin() -> None:
    pytest.importorskip("trafilatura")
    result = run(["--html"], EMPTY_PAGE)
    assert result.err.startswith("cleaner: stdin: no article text found")


def test_json_parses_as_a_clean_result() -> None:
    result = run(["--json"], SEED.encode("utf-8"))
    assert result.status == 0
    assert result.out.endswith("}\n")
    parsed = CleanResult.model_validate_json(result.out)
    assert parsed == cleaner.clean_and_explain(SEED)
    assert parsed.text == SEED_OUT


def test_disable_a_filter() -> None:
    result = run(["--disable", "timestamps", "--disable", "ad_markers"], SMALL.encode("utf-8"))
    assert result.out == (
        "Advertisement\n\nThe council met.\n\n4 minutes ago\n\n"
        "It voted. Advertisement Then it rose.\n"
    )


def test_disable_unknown_filter_lists_the_filters() -> None:
    result = run(["--disable", "adverts"], SMALL.encode("utf-8"))
    assert result.status == 2
    line = one_line_error(result)
    assert "'adverts'" in line
    assert ", ".join(registry.known_names()) in line


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--disable", "nosuch"], "'nosuch'"),
        (["--lang", "xx"], "unknown language 'xx'"),
        (["--field", "body"], "need --jsonl"),
        (["--counts-key", "removed"], "need --jsonl"),
    ],
    ids=["disable-nosuch", "lang-xx", "field-without-jsonl", "counts-key-without-jsonl"],
)
def test_usage_errors_exit_2(argv: list[str], message: str) -> None:
    result = run(argv, SMALL.encode("utf-8"))
    assert result.status == 2
    assert message in one_line_error(result)


def test_config_file(tmp_path: Path) -> None:
    config = tmp_path / "cleaner.toml"
    config.write_text('[custom.ad_markers]\nphrases = ["Anzeige"]\n', encoding="utf-8")
    result = run(["--config", str(config)], b"Anzeige\nThe council met.\n")
    assert (result.status, result.out) == (0, "The council met.\n")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("filters = [", "not valid TOML"),
        ("colour = 'blue'", "unknown key"),
        (
            "[custom.ad_markers]\npatterns = ['Sponsored(?! content)']",
            "custom.ad_markers.patterns[0]: pattern 'Sponsored(?! content)': "
            "look-around is not supported: patterns run in linear time",
        ),
        (
            "[custom.ad_markers]\npatterns = ['Ad', '(\\w+) \\1']",
            "custom.ad_markers.patterns[1]: pattern '(\\w+) \\1': backreferences are not supported",
        ),
    ],
    ids=["bad-toml", "unknown-key", "look-around", "backreference"],
)
def test_bad_config_file(tmp_path: Path, content: str, message: str) -> None:
    config = tmp_path / "cleaner.toml"
    config.write_text(content, encoding="utf-8")
    result = run(["--config", str(config)], SMALL.encode("utf-8"))
    assert result.status == 1
    assert message in one_line_error(result)


def test_missing_config_file(tmp_path: Path) -> None:
    result = run(["--config", str(tmp_path / "nope.toml")], SMALL.encode("utf-8"))
    assert result.status == 1
    assert "cannot read config file" in one_line_error(result)


def test_pattern_that_backtracked_runs_in_linear_time(tmp_path: Path) -> None:
    # Python's `regex` gave up on this line after a timeout and stopped the run.
    config = tmp_path / "cleaner.toml"
    config.write_text("[custom.ad_markers]\npatterns = ['(x|xx)+y']\n", encoding="utf-8")
    line = b"x" * 20_000
    result = run(["--config", str(config)], b"The council met.\n" + line + b"y\n" + line + b"\n")
    assert (result.status, result.err) == (0, "")
    assert result.out == "The council met.\n\n" + "x" * 20_000 + "\n"


def test_unsupported_pattern_through_a_real_process(tmp_path: Path) -> None:
    """A config error from the pattern check: one line on stderr, status 1, no traceback."""
    config = tmp_path / "cleaner.toml"
    config.write_text("[custom.ad_markers]\npatterns = ['(?<=Ad: ).+']\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "cleaner", "--config", str(config)],
        input=SMALL.encode("utf-8"),
        capture_output=True,
        cwd=REPO,
        timeout=60,
        check=False,
    )
    assert (result.returncode, result.stdout) == (1, b"")
    assert result.stderr.decode("utf-8") == (
        f"cleaner: {config} does not validate: custom.ad_markers.patterns[0]: "
        "pattern '(?<=Ad: ).+': look-around is not supported: patterns run in linear time; "
        "a pattern matches the whole line, so spell out what the line holds "
        "(found '(?<=' at character 1)\n"
    )


def test_invalid_utf8_is_refused_with_advice() -> None:
    result = run([], "Caf\xe9 society.\n".encode("latin-1"))
    assert result.status == 1
    line = one_line_error(result)
    assert "not valid UTF-8" in line
    assert "--encoding-errors" in line


def test_invalid_utf8_replaced_on_request() -> None:
    result = run(["--encoding-errors", "replace"], "Caf\xe9 society.\n".encode("latin-1"))
    assert (result.status, result.out, result.err) == (0, "Caf\ufffd society.\n", "")


def test_bom_is_dropped() -> None:
    assert run([], b"\xef\xbb\xbfThe council met.\n").out == "The council met.\n"


@pytest.mark.parametrize(
    "encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]
)
def test_utf16_and_utf32_with_a_bom_are_decoded(encoding: str) -> None:
    text = "Advertisement\nThe café council met.\n"
    data = text.encode(encoding)
    if encoding.endswith(("-le", "-be")):
        data = "\ufeff".encode(encoding) + data  # these codecs write no BOM
    result = run([], data)
    assert (result.status, result.out, result.err) == (0, "The café council met.\n", "")


def test_utf16_with_a_bom_as_a_file(tmp_path: Path) -> None:
    path = tmp_path / "notepad.txt"
    path.write_bytes("Comments\nIt voted.\n".encode("utf-16"))
    assert run([str(path)]).out == "It voted.\n"


@pytest.mark.parametrize(
    "data",
    [
        b"\x00\x01\x02binary\x00data",
        b"PK\x03\x04" + bytes(range(32)) * 8,
        # a UTF-16 BOM, then control and private-use characters
        b"\xff\xfe" + bytes(range(32)) * 8 + "\ue000\uf8ff".encode("utf-16-le") * 64,
    ],
    ids=["nul-bytes", "control-bytes", "utf16-bom-then-binary"],
)
def test_binary_data_is_refused(data: bytes) -> None:
    result = run([], data)
    assert result.status == 1
    assert "binary" in one_line_error(result)


def test_random_bytes_after_a_utf16_bom_are_refused() -> None:
    data = b"\xff\xfe" + random.Random(13).randbytes(4096)
    result = run([], data)
    assert result.status == 1
    assert regex.search(r"binary data|not valid UTF-16", one_line_error(result))


def test_a_utf32_bom_before_binary_is_refused() -> None:
    result = run([], b"\xff\xfe\x00\x00" + bytes(range(1, 32)) * 8)
    assert result.status == 1
    assert "not valid UTF-32 (byte 4)" in one_line_error(result)


def test_missing_file(tmp_path: Path) -> None:
    result = run([str(tmp_path / "nope.txt")])
    assert result.status == 1
    assert "cannot read" in one_line_error(result)


def test_directory_as_file(tmp_path: Path) -> None:
    result = run([str(tmp_path)])
    assert result.status == 1
    assert "cannot read" in one_line_error(result)


def test_empty_input() -> None:
    assert run([], b"") == Run(0, "", "")


def test_crlf_input() -> None:
    assert run([], b"Advertisement\r\nThe council met.\r\n").out == "The council met.\n"


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    result = run(["--version"])
    assert result.status == 0
    assert capsys.readouterr().out + result.out == f"cleaner {cleaner.__version__}\n"


def test_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    result = run(["--no-such-flag"], SMALL.encode("utf-8"))
    assert result.status == 2
    assert result.out == ""
    assert "--no-such-flag" in capsys.readouterr().err + result.err


def test_version_goes_to_the_given_stdout() -> None:
    assert run(["--version"]).out == f"cleaner {cleaner.__version__}\n"


def test_usage_error_goes_to_the_given_stderr() -> None:
    assert "--no-such-flag" in run(["--no-such-flag"]).err


# --- real processes -------------------------------------------------------------


def console_script() -> str | None:
    """The installed `cleaner` command: on PATH, or beside this interpreter."""
    path = os.pathsep.join([sysconfig.get_path("scripts"), os.environ.get("PATH", "")])
    return shutil.which("cleaner", path=path)


COMMANDS = [pytest.param([sys.executable, "-m", "cleaner"], id="python-m-cleaner")]
SCRIPT = console_script()
COMMANDS.append(
    pytest.param(
        [SCRIPT or "cleaner"],
        id="console-script",
        marks=pytest.mark.skipif(SCRIPT is None, reason="the cleaner command is not installed"),
    )
)


@pytest.mark.parametrize("command", COMMANDS)
def test_seed_through_a_real_process(command: list[str]) -> None:
    result = subprocess.run(
        command, input=SEED.encode("utf-8"), capture_output=True, timeout=60, check=False
    )
    assert (result.returncode, result.stderr) == (0, b"")
    assert result.stdout.decode("utf-8") == SEED_OUT


def test_closed_pipe_exits_quietly(tmp_path: Path) -> None:
    """`cleaner < big | head -1`: no traceback, no BrokenPipe message, status 0."""
    shell = shutil.which("bash")
    if shell is None:
        pytest.skip("needs bash for pipefail")
    command = [SCRIPT] if SCRIPT else [sys.executable, "-m", "cleaner"]
    page = read_exact(SAMPLES / "already-clean.in.txt")
    big = tmp_path / "big.txt"
    big.write_text(page * (200_000 // len(page) + 1), encoding="utf-8")  # more than a pipe holds
    line = f"set -o pipefail; {shlex.join(command)} < {shlex.quote(str(big))} | head -1"
    result = subprocess.run([shell, "-c", line], capture_output=True, timeout=120, check=False)
    assert result.stdout.decode("utf-8") == cleaner.clean(page).splitlines(keepends=True)[0]
    assert b"Traceback" not in result.stderr
    assert b"BrokenPipe" not in result.stderr
    assert result.stderr == b""
    assert result.returncode == 0


# --- output that cannot be written ------------------------------------------------


class FullDisk(io.StringIO):
    """A stdout on a full disk."""

    def write(self, text: str) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_a_full_stdout_is_an_ordinary_error() -> None:
    stderr = io.StringIO()
    status = main([], stdin=io.BytesIO(SMALL.encode("utf-8")), stdout=FullDisk(), stderr=stderr)
    assert status == 1
    assert stderr.getvalue() == "cleaner: cannot write stdout: No space left on device\n"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize(("argv", "data"), [([], SEED), (["--jsonl"], '{"text": "Hi."}\n')])
def test_dev_full_through_a_real_process(argv: list[str], data: str) -> None:
    """`cleaner < page.txt > /dev/full`: one line naming stdout and the reason, exit 1."""
    with Path("/dev/full").open("wb") as full:
        result = subprocess.run(
            [sys.executable, "-m", "cleaner", *argv],
            input=data.encode("utf-8"),
            stdout=full,
            stderr=subprocess.PIPE,
            cwd=REPO,
            timeout=60,
            check=False,
        )
    assert result.stderr.decode("utf-8") == (
        "cleaner: cannot write stdout: No space left on device\n"
    )
    assert result.returncode == 1


@pytest.mark.parametrize(
    ("make", "argv", "message"),
    [
        ("file", ["-o", "{path}"], "cannot write {path}: it is a file, and -o takes a folder"),
        ("file", ["-o", "{path}/sub"], "cannot write {path}/sub: Not a directory"),
        ("folder", ["--errors", "{path}"], "cannot write the --errors file {path}: Is a directory"),
        (
            "nothing",
            ["--errors", "{path}/e.txt"],
            "cannot write the --errors file {path}/e.txt: No such file or directory",
        ),
        ("folder", ["--report", "{path}"], "cannot write the report {path}: Is a directory"),
    ],
    ids=["o-is-a-file", "o-under-a-file", "errors-is-a-folder", "errors-in-no-folder", "report"],
)
def test_output_that_cannot_be_written(
    tmp_path: Path, make: str, argv: list[str], message: str
) -> None:
    page = tmp_path / "a.txt"
    page.write_text("Advertisement\nThe council met.\n", encoding="utf-8")
    path = tmp_path / "target"
    if make == "file":
        path.write_text("keep me\n", encoding="utf-8")
    elif make == "folder":
        path.mkdir()
    result = run([*(arg.format(path=path) for arg in argv), str(page)])
    assert result.status == 1
    assert result.err == f"cleaner: {message.format(path=path)}\n"
    if make == "file":
        assert path.read_text(encoding="utf-8") == "keep me\n"


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_an_unwritable_output_folder(tmp_path: Path) -> None:
    page = tmp_path / "a.txt"
    page.write_text("The council met.\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir(mode=0o500)
    result = run(["-o", str(out), str(page)])
    assert result.status == 1
    assert one_line_error(result) == f"cleaner: cannot write {out / 'a.txt'}: Permission denied"


# --- formats: Markdown in and out, --plain, --format ---------------------------------

MARKDOWN_PAGE = (
    "* [Home](/)\n* [News](/news)\n\n# Storm closes ferries\n\n"
    "Gales forced the [ferry company](/f) to cancel every sailing on Tuesday.\n"
)


def test_markdown_comes_out_as_markdown() -> None:
    result = run([], MARKDOWN_PAGE.encode())
    assert result.out == (
        "# Storm closes ferries\n\n"
        "Gales forced the [ferry company](/f) to cancel every sailing on Tuesday.\n"
    )


def test_plain_turns_markdown_into_text() -> None:
    result = run(["--plain"], MARKDOWN_PAGE.encode())
    assert result.out == (
        "Storm closes ferries\n\n"
        "Gales forced the ferry company to cancel every sailing on Tuesday.\n"
    )


def test_format_text_reads_markdown_syntax_as_text() -> None:
    as_text = run(["--format", "text", "--json"], MARKDOWN_PAGE.encode())
    as_markdown = run(["--format", "markdown", "--json"], MARKDOWN_PAGE.encode())
    assert json.loads(as_text.out)["format"] == "text"
    assert json.loads(as_markdown.out)["format"] == "markdown"


def test_format_html_extracts_the_page() -> None:
    page = (
        "<html><body><nav>Home</nav><article><h1>Storm closes ferries</h1><p>Gales forced "
        "the ferry company to cancel every sailing on Tuesday, the harbour master said on "
        "the radio.</p></article></body></html>"
    )
    result = run(["--format", "html"], page.encode())
    assert result.out.startswith("Storm closes ferries\n\nGales forced")


def test_format_and_html_flags_exclude_each_other() -> None:
    assert run(["--format", "markdown", "--html"], b"x").status == 2


def test_o_dir_names_markdown_output_md(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(MARKDOWN_PAGE, encoding="utf-8")
    out = tmp_path / "out"
    assert run(["--format", "markdown", "-o", str(out), str(page)]).status == 0
    assert [p.name for p in out.iterdir()] == ["page.md"]
    plain = tmp_path / "plain"
    assert run(["--format", "markdown", "--plain", "-o", str(plain), str(page)]).status == 0
    assert [p.name for p in plain.iterdir()] == ["page.txt"]

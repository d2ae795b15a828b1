"""Quality benchmark: how much boilerplate ``cleaner.clean`` removes from real page text.

The dev benchmark (``shared/bench``, see its README) holds 181 article pages,
each with the gold article text and four text renderings of the whole page
(inscriptis, naive, lynx and Markdown). This script feeds every rendering through a cleaning
function and scores the result against the gold with ``benchmarks.metric``, so
that a change to the cleaner can be judged by numbers rather than by eyeballing
samples. Run it from anywhere::

    python benchmarks/quality.py                      # cleaner.clean, all four renderings
    python benchmarks/quality.py --render markdown    # one rendering
    python benchmarks/quality.py --identity           # baseline: text returned unchanged
    python benchmarks/quality.py --gold-as-input      # is already-clean text left alone?
    python benchmarks/quality.py --lang-split --worst 10 --json
    python benchmarks/quality.py --html               # original HTML: trafilatura vs cleaner

``--identity`` must reproduce the README's "rendering returned unchanged" rows;
that is the check that the metric implementation is the README's. Output on the
Markdown rendering is scored after the README's neutral Markdown strip
(``metric.strip_markdown``), so keeping the syntax of kept lines is neutral.

Besides the README's figures, each run counts the pages that *lost* their
article: the output keeps less than half of the gold words that the input had
(bag-of-words recall below half the input's), the failure a user notices first.

``--html`` scores the HTML input mode instead of the renderings: every page's
original HTML goes through ``trafilatura.extract(html, include_comments=False)``
(the README's reference row, other settings at their defaults) and through
``cleaner.html.clean_html``, in the same run, so that the two rows compare like
with like on the same machine.
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import json
import os
import sys
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[1]
# Run as `python benchmarks/quality.py`, Python puts benchmarks/ (not the repo
# root) on sys.path, so neither `benchmarks.metric` nor `cleaner` would import.
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from benchmarks.metric import (  # noqa: E402
    PageScore,
    Summary,
    aggregate,
    page_scores,
    strip_markdown,
    tokens,
)

DEFAULT_BENCH = REPO_ROOT.parent / "shared" / "bench"
BENCH_ENV = "CLEANER_BENCH"
RENDERINGS = ("inscriptis", "naive", "lynx", "markdown")
MARKDOWN_RENDERINGS = frozenset({"markdown"})
"""Renderings whose output is scored after ``strip_markdown``, as the bench README says."""
HTML_RUNS = ("html/trafilatura", "html/cleaner")
GOLD_KEPT_TARGET = 0.995
"""Share of gold words that cleaning already-clean text must keep (``--gold-as-input``)."""

Cleaner = Callable[[str], str]


@dataclass(frozen=True, slots=True)
class Page:
    """One benchmark page's gold record."""

    id: str
    url: str
    gold: str


@dataclass(frozen=True, slots=True)
class Run:
    """The scores of one cleaner on one input set, with what is needed to report them."""

    name: str
    pages: tuple[Page, ...]
    scores: tuple[PageScore, ...]
    input_bytes: int
    seconds: float
    lost: tuple[str, ...] = ()
    """Ids of the pages whose output kept less than half of the gold words the input had."""
    headlines: tuple[int, int] | None = None
    """With ``--headlines``: pages whose output keeps the page's <h1>, of those holding it."""

    @property
    def summary(self) -> Summary:
        """The README-table figures over all pages of the run."""
        return aggregate(self.scores)

    @property
    def mb_per_s(self) -> float:
        """Throughput of the cleaner in MB (10**6 bytes of UTF-8 input) per second."""
        return self.input_bytes / 1e6 / self.seconds if self.seconds else float("inf")


# --- data -------------------------------------------------------------------


def resolve_bench(cli_value: Path | None) -> Path:
    """Pick the benchmark directory: ``--bench``, else ``$CLEANER_BENCH``, else the default.

    The default is the shared checkout next to the repository
    (``<repo>/../shared/bench``), so the script works unchanged on the project
    machines; the overrides are for other layouts and CI.
    """
    if cli_value is not None:
        return cli_value
    env = os.environ.get(BENCH_ENV)
    return Path(env) if env else DEFAULT_BENCH


def load_gold(bench: Path) -> dict[str, Page]:
    """Read ``ground-truth.jsonl`` into pages keyed by id, refusing duplicate ids.

    A duplicate id would silently weight a page twice (or pair a rendering
    with the wrong gold), so it is an error rather than a last-one-wins.
    """
    pages: dict[str, Page] = {}
    with (bench / "ground-truth.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record["id"] in pages:
                raise ValueError(f"duplicate id {record['id']} in ground-truth.jsonl")
            pages[record["id"]] = Page(record["id"], record["url"], record["articleBody"])
    return pages


def load_html(bench: Path, ids: Iterable[str]) -> dict[str, str]:
    """Read ``html/<id>.html.gz`` of every page as text (all pages are UTF-8, per the README).

    Both systems get the same decoded string, as in the README's trafilatura row.
    """
    pages: dict[str, str] = {}
    for page_id in ids:
        with gzip.open(bench / "html" / f"{page_id}.html.gz", "rt", encoding="utf-8") as page:
            pages[page_id] = page.read()
    return pages


def load_rendering(bench: Path, name: str, ids: Iterable[str]) -> dict[str, str]:
    """Read ``render-<name>.jsonl.gz`` and check that it covers exactly the gold ids."""
    with gzip.open(bench / f"render-{name}.jsonl.gz", "rt", encoding="utf-8") as lines:
        texts = {record["id"]: record["text"] for record in map(json.loads, lines)}
    if texts.keys() != set(ids):
        raise ValueError(f"render-{name}.jsonl.gz does not have the same ids as the gold")
    return texts


# --- running ----------------------------------------------------------------


def identity(text: str) -> str:
    """The baseline cleaner: return the rendering unchanged."""
    return text


def load_cleaner() -> Cleaner:
    """Import ``cleaner.clean`` on demand.

    Lazy so that ``--identity`` works while the package is being written or
    cannot be imported, and so that a broken package is reported as such
    rather than as a crash of the benchmark.
    """
    module = importlib.import_module("cleaner")
    clean: Cleaner = module.clean
    return clean


def load_html_systems() -> list[tuple[str, Cleaner]]:
    """The two systems of ``--html``: trafilatura alone (the reference) and cleaner's HTML mode.

    Imported on demand, like ``load_cleaner``, so that the text benchmark needs
    neither trafilatura nor ``cleaner.html``.
    """
    trafilatura = importlib.import_module("trafilatura")
    html_mode = importlib.import_module("cleaner.html")

    def reference(html: str) -> str:
        text: str | None = trafilatura.extract(html, include_comments=False)
        return text or ""

    def cleaner_html(html: str) -> str:
        text: str = html_mode.clean_html(html).text
        return text

    return [(HTML_RUNS[0], reference), (HTML_RUNS[1], cleaner_html)]


def run(
    name: str,
    inputs: Mapping[str, str],
    pages: Sequence[Page],
    clean: Cleaner,
    headlines: Mapping[str, tuple[str, ...]] | None = None,
) -> Run:
    """Clean every page's input and score it; only the ``clean`` calls are timed.

    `headlines` holds each page's <h1> texts (see `load_headlines`) to count
    how often the output keeps the headline that its input has.
    """
    scores: list[PageScore] = []
    lost: list[str] = []
    kept_headlines = present_headlines = 0
    seconds = 0.0
    input_bytes = 0
    as_scored = strip_markdown if name in MARKDOWN_RENDERINGS else identity
    for page in pages:
        text = inputs[page.id]
        input_bytes += len(text.encode("utf-8"))
        start = time.perf_counter()
        output = clean(text)
        seconds += time.perf_counter() - start
        score = page_scores(as_scored(output), page.gold)
        scores.append(score)
        if lost_article(score, as_scored(text), page.gold):
            lost.append(page.id)
        if headlines is not None:
            headline = _headline_in(headlines.get(page.id, ()), as_scored(text))
            if headline:
                present_headlines += 1
                kept_headlines += headline in " ".join(tokens(as_scored(output)))
    counted = (kept_headlines, present_headlines) if headlines is not None else None
    return Run(name, tuple(pages), tuple(scores), input_bytes, seconds, tuple(lost), counted)


def load_headlines(bench: Path, ids: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Each page's <h1> texts of three tokens or more, as token strings: its headline.

    The gold texts leave the headline out, so the README's metric cannot say
    whether a cleaner keeps it; the page's own <h1> can. A site's name set as
    <h1> is counted too, so the figure is a lower bound.
    """
    html = importlib.import_module("lxml.html")
    found: dict[str, tuple[str, ...]] = {}
    for page_id, page in load_html(bench, ids).items():
        root = html.fromstring(page)
        texts = (" ".join(tokens(h1.text_content())) for h1 in root.iter("h1"))
        found[page_id] = tuple(text for text in texts if len(text.split()) >= 3)
    return found


def _headline_in(headlines: Sequence[str], text: str) -> str:
    """The first of `headlines` that `text` holds (compared as tokens), or ""."""
    joined = " ".join(tokens(text))
    return next((headline for headline in headlines if headline in joined), "")


def lost_article(score: PageScore, text: str, gold: str) -> bool:
    """Whether the output kept less than half of the gold words that its input held.

    Measured against the input rather than the gold, so that a page whose
    rendering lacks the article (text loaded by a script) is not counted.

    >>> lost_article(page_scores("a", "a b c d"), "a b c d", "a b c d")
    True
    >>> lost_article(page_scores("a b", "a b c d"), "a b x", "a b c d")
    False
    """
    in_input = page_scores(text, gold).words.recall or 0.0
    kept = score.words.recall or 0.0
    return kept < in_input / 2


# --- language split ---------------------------------------------------------

# A few very frequent function words per language of the set. Only their
# relative frequency matters: a page is English when English function words are
# at least as frequent as those of any other listed language.
_STOPWORD_TEXT = {
    "en": "the of and to in is that for it was on with as by at from this are be have not you",
    "de": "der die das und ist nicht mit sich auf für ein eine dem den von zu im auch",
    "pt": "de que não uma para com os das dos se em por mais na no do da",
    "it": "di che il la per non una sono con del della gli le lo anche ed",
    "id": "yang dan di ini itu dengan untuk dari tidak ada dalam akan pada juga kami",
}
_STOPWORDS = {lang: frozenset(words.split()) for lang, words in _STOPWORD_TEXT.items()}
_MIN_ASCII_LETTER_SHARE = 0.9


def is_english(text: str) -> bool:
    """Guess whether a gold text is English, for ``--lang-split``.

    Two checks, on the gold text (URLs are no guide: note100yen.com/en-… is
    Japanese):

    1. At least 90 % of its letters are ASCII. This rules out Russian, Korean
       and Japanese, whose gold texts have at most 19 % ASCII letters, while
       English pages (even with accented names) have over 99 %.
    2. English function words ("the", "of", "and", …) are at least as frequent
       among its tokens as the function words of German, Portuguese, Italian or
       Indonesian, the other Latin-script languages of the set. A relative test
       rather than a threshold, because list-like English pages (race results,
       recipes) have under 1 % English stopwords but even fewer foreign ones.

    On the benchmark this finds 161 English pages and 20 others, the README's
    count. It is a heuristic for a report, not a language identifier.

    >>> is_english("The cat sat on the mat and looked at the dog.")
    True
    >>> is_english("Der Hund ist nicht auf dem Sofa und die Katze auch nicht.")
    False
    """
    letters = [char for char in text if char.isalpha()]
    if not letters or sum(char.isascii() for char in letters) < _MIN_ASCII_LETTER_SHARE * len(
        letters
    ):
        return False
    words = [token.lower() for token in tokens(text)]
    hits = {lang: sum(word in stop for word in words) for lang, stop in _STOPWORDS.items()}
    return hits["en"] >= max(hits.values())


# --- reporting --------------------------------------------------------------

_HEADER = (
    f"{'input':<18} {'P':>6} {'R':>6} {'F1':>6} {'pageF1':>7} "
    f"{'bowP':>6} {'bowR':>6} {'bowF1':>6} {'paragraphs':>11} {'%':>6} "
    f"{'pages':>5} {'empty':>5} {'lost':>5} {'MB/s':>8}"
)


def format_row(name: str, summary: Summary, mb_per_s: float | None, lost: int | None) -> str:
    """One table row; ``mb_per_s`` and ``lost`` are None for subsets (they are per run)."""
    speed = f"{mb_per_s:8.2f}" if mb_per_s is not None else f"{'':8}"
    lost_pages = f"{lost:5}" if lost is not None else f"{'':5}"
    return (
        f"{name:<18} {summary.precision:6.3f} {summary.recall:6.3f} {summary.f1:6.3f} "
        f"{summary.mean_page_f1:7.3f} {summary.words_precision:6.3f} "
        f"{summary.words_recall:6.3f} {summary.words_f1:6.3f} "
        f"{summary.paragraphs_found:>5}/{summary.paragraphs_total:<5} "
        f"{100 * summary.paragraph_share:5.1f}% {summary.pages:5} {summary.empty_outputs:5} "
        f"{lost_pages} {speed}"
    ).rstrip()


def worst(one_run: Run, n: int) -> list[tuple[Page, PageScore]]:
    """The ``n`` pages with the lowest per-page shingle F1 (ties broken by id)."""
    pairs = zip(one_run.pages, one_run.scores, strict=True)
    return sorted(pairs, key=lambda pair: (pair[1].shingle.f1, pair[0].id))[:n]


def _ratio(value: float | None) -> str:
    return "  -  " if value is None else f"{value:.3f}"


def format_worst(one_run: Run, n: int) -> list[str]:
    """Lines listing the worst pages: where to look first when a figure drops."""
    lines = [f"worst {n} pages on {one_run.name} by per-page F1 (id, F1, P, R, url):"]
    for page, score in worst(one_run, n):
        shingle = score.shingle
        lines.append(
            f"  {page.id[:12]}  {shingle.f1:.3f}  {_ratio(shingle.precision)}  "
            f"{_ratio(shingle.recall)}  {page.url}"
        )
    return lines


def split_by_language(one_run: Run) -> dict[str, Summary]:
    """Summaries over the English and the non-English pages (see ``is_english``)."""
    groups: dict[str, list[PageScore]] = {"english": [], "other": []}
    for page, score in zip(one_run.pages, one_run.scores, strict=True):
        groups["english" if is_english(page.gold) else "other"].append(score)
    return {name: aggregate(scores) for name, scores in groups.items() if scores}


def gold_kept_line(summary: Summary) -> str:
    """The ``--gold-as-input`` verdict: mean share of gold words the cleaner kept."""
    verdict = "met" if summary.words_recall >= GOLD_KEPT_TARGET else "NOT MET"
    return (
        f"gold words kept (mean bag-of-words recall): {100 * summary.words_recall:.2f} % "
        f"(target >= {100 * GOLD_KEPT_TARGET:.1f} %: {verdict})"
    )


def report_text(runs: Sequence[Run], args: argparse.Namespace) -> str:
    """The human-readable report: table, optional language split, worst pages."""
    lines = [_HEADER]
    lines += [format_row(r.name, r.summary, r.mb_per_s, len(r.lost)) for r in runs]
    if args.lang_split:
        lines += ["", "by language (gold-text heuristic, see is_english):", _HEADER]
        for one_run in runs:
            lines += [
                format_row(f"{one_run.name}/{lang}", summary, None, None)
                for lang, summary in split_by_language(one_run).items()
            ]
    if args.gold_as_input:
        lines += ["", gold_kept_line(runs[0].summary)]
    if args.headlines:
        lines += [""]
        for one_run in runs:
            kept, present = one_run.headlines or (0, 0)
            lines.append(
                f"headline (the page's <h1>) kept on {one_run.name}: {kept} of {present} pages "
                "whose input holds it"
            )
    if args.worst > 0:
        for one_run in runs:
            lines += ["", *format_worst(one_run, args.worst)]
    return "\n".join(lines)


def _summary_dict(summary: Summary) -> dict[str, Any]:
    return {**asdict(summary), "paragraph_share": summary.paragraph_share}


def report_json(runs: Sequence[Run], args: argparse.Namespace, cleaner_name: str) -> str:
    """The same report as JSON, for CI and for comparing runs with a script."""
    out: dict[str, Any] = {"bench": str(args.bench), "cleaner": cleaner_name, "runs": []}
    for one_run in runs:
        entry: dict[str, Any] = {
            "input": one_run.name,
            "summary": _summary_dict(one_run.summary),
            "input_bytes": one_run.input_bytes,
            "seconds": one_run.seconds,
            "mb_per_s": one_run.mb_per_s,
            "lost": list(one_run.lost),
            "headlines_kept": list(one_run.headlines) if one_run.headlines else None,
            "worst": [
                {"id": page.id, "url": page.url, **asdict(score.shingle), "f1": score.shingle.f1}
                for page, score in worst(one_run, args.worst)
            ],
        }
        if args.lang_split:
            entry["by_language"] = {
                lang: _summary_dict(summary) for lang, summary in split_by_language(one_run).items()
            }
        if args.gold_as_input:
            entry["gold_words_kept"] = one_run.summary.words_recall
            entry["gold_words_kept_target"] = GOLD_KEPT_TARGET
        out["runs"].append(entry)
    return json.dumps(out, indent=2)


# --- command line -----------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """Parse the command line; ``--bench`` is resolved against ``$CLEANER_BENCH``."""
    parser = argparse.ArgumentParser(
        prog="quality.py", description=__doc__.split("\n\n")[0] if __doc__ else None
    )
    parser.add_argument(
        "--render",
        "--rendering",
        dest="rendering",
        choices=[*RENDERINGS, "all"],
        default="all",
        help="which rendering of the pages to clean (default: all four)",
    )
    parser.add_argument(
        "--bench",
        type=Path,
        default=None,
        help=f"benchmark directory (default: ${BENCH_ENV}, else {DEFAULT_BENCH})",
    )
    parser.add_argument(
        "--identity",
        action="store_true",
        help="return the input unchanged instead of calling cleaner.clean (the baseline)",
    )
    parser.add_argument(
        "--gold-as-input",
        action="store_true",
        help="clean the gold texts instead of the renderings, and report the share of "
        f"gold words kept (target >= {100 * GOLD_KEPT_TARGET:.1f} %%)",
    )
    parser.add_argument(
        "--lang-split",
        action="store_true",
        help="also report English and non-English pages separately",
    )
    parser.add_argument(
        "--worst",
        type=int,
        default=5,
        metavar="N",
        help="list the N pages with the lowest per-page F1 (default: 5; 0 for none)",
    )
    parser.add_argument(
        "--html",
        action="store_true",
        help="score the original HTML pages: trafilatura.extract alone beside "
        "cleaner.html.clean_html (ignores --render)",
    )
    parser.add_argument(
        "--headlines",
        action="store_true",
        help="also count the pages whose output keeps the page's <h1> (reads the HTML)",
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args(argv)
    if args.html and (args.identity or args.gold_as_input):
        parser.error(
            "--html compares two HTML systems; it cannot be combined with "
            "--identity or --gold-as-input"
        )
    args.bench = resolve_bench(args.bench)
    return args


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark; 0 on success, 1 if the data or the cleaner cannot be loaded."""
    args = parse_args(argv)
    if args.html:
        return main_html(args)
    try:
        pages = load_gold(args.bench)
        inputs = {"gold": {page.id: page.gold for page in pages.values()}}
        if not args.gold_as_input:
            names = RENDERINGS if args.rendering == "all" else (args.rendering,)
            inputs = {name: load_rendering(args.bench, name, pages) for name in names}
    except (OSError, ValueError, KeyError) as error:
        print(
            f"cannot read the benchmark in {args.bench}: {error}\n"
            f"point --bench or ${BENCH_ENV} at the directory holding ground-truth.jsonl",
            file=sys.stderr,
        )
        return 1
    clean: Cleaner = identity
    cleaner_name = "identity"
    if not args.identity:
        try:
            cleaner_name, clean = "cleaner.clean", load_cleaner()
        except (ImportError, AttributeError) as error:
            print(
                f"cannot import cleaner.clean ({error}); use --identity for the baseline",
                file=sys.stderr,
            )
            return 1
    ordered = list(pages.values())
    headlines = load_headlines(args.bench, pages) if args.headlines else None
    runs = [run(name, texts, ordered, clean, headlines) for name, texts in inputs.items()]
    print(report_json(runs, args, cleaner_name) if args.json else report_text(runs, args))
    return 0


def main_html(args: argparse.Namespace) -> int:
    """``--html``: run trafilatura alone and cleaner's HTML mode on the same pages."""
    try:
        pages = load_gold(args.bench)
        html = load_html(args.bench, pages)
    except (OSError, ValueError, KeyError) as error:
        print(
            f"cannot read the benchmark's HTML in {args.bench}: {error}\n"
            f"point --bench or ${BENCH_ENV} at the directory holding ground-truth.jsonl and html/",
            file=sys.stderr,
        )
        return 1
    try:
        systems = load_html_systems()
    except (ImportError, AttributeError) as error:
        print(f"cannot import trafilatura or cleaner.html ({error})", file=sys.stderr)
        return 1
    ordered = list(pages.values())
    runs = [run(name, html, ordered, system) for name, system in systems]
    names = "trafilatura.extract vs cleaner.html.clean_html"
    print(report_json(runs, args, names) if args.json else report_text(runs, args))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

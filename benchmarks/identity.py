"""Are the outputs what they were? Fingerprints of every output the project can be checked on.

The native core (issue #12) must give the outputs of the pure-Python build it
replaces, byte for byte, on every bench rendering, the gold texts, the seeds
and the samples, except for changes that are listed and justified. This script
fingerprints each document's cleaned text and its removals (filter, rule,
start, end): ``--write`` records them, the default compares with the record
and lists each document whose output changed.

    python3 benchmarks/identity.py            # compare with benchmarks/identity-baseline.tsv
    python3 benchmarks/identity.py --write    # record the current outputs

The record in the repository was written by the pure-Python build of commit
f5416b8, the start of issue #12.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

import cleaner
from benchmarks.quality import load_gold, load_rendering, resolve_bench
from cleaner.config import CleanerConfig

ROOT = Path(__file__).resolve().parent.parent
BASELINE = ROOT / "benchmarks" / "identity-baseline.tsv"
RENDERINGS = ("inscriptis", "naive", "lynx", "markdown")


def documents(bench: Path) -> Iterator[tuple[str, str, str]]:
    """Every checked document as (source, id, text): bench renderings, gold, seeds, samples.

    A sample with a ``.keep-related.out.txt`` is checked a second time with
    related sections kept, under the id ``<case>.keep-related``.
    """
    gold = load_gold(bench)
    for rendering in RENDERINGS:
        for page_id, text in sorted(load_rendering(bench, rendering, gold).items()):
            yield rendering, page_id, text
    for page_id, page in sorted(gold.items()):
        yield "gold", page_id, page.gold
    for path in sorted((bench.parent / "seeds").glob("*.input.txt")):  # shared/seeds
        yield "seeds", path.name, path.read_text(encoding="utf-8")
    for path in sorted((ROOT / "samples").glob("*/*.in.txt")):
        case = str(path.relative_to(ROOT / "samples")).removesuffix(".in.txt")
        text = path.read_text(encoding="utf-8")
        yield "samples", case, text
        if path.with_name(path.name.replace(".in.txt", ".keep-related.out.txt")).exists():
            yield "samples", f"{case}.keep-related", text


def fingerprint(text: str, *, keep_related: bool = False) -> tuple[str, str]:
    """The digests of the cleaned text and of the removals' (filter, rule, start, end)."""
    config = CleanerConfig(related_links={"keep": True}) if keep_related else None
    result = cleaner.clean_and_explain(text, config)
    spans = "\n".join(f"{r.filter}\t{r.rule}\t{r.start}\t{r.end}" for r in result.removals)
    return _digest(result.text), _digest(spans)


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def current(bench: Path) -> dict[tuple[str, str], tuple[str, str]]:
    """The fingerprints of the outputs of the build that is installed now."""
    return {
        (source, doc_id): fingerprint(text, keep_related=doc_id.endswith(".keep-related"))
        for source, doc_id, text in documents(bench)
    }


def read_baseline(path: Path) -> dict[tuple[str, str], tuple[str, str]]:
    """The recorded fingerprints, by (source, id)."""
    record: dict[tuple[str, str], tuple[str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        source, doc_id, text_digest, removals_digest = line.split("\t")
        record[source, doc_id] = (text_digest, removals_digest)
    return record


def compare(
    recorded: dict[tuple[str, str], tuple[str, str]], now: dict[tuple[str, str], tuple[str, str]]
) -> list[str]:
    """One line per document whose text or removals differ from the record, or that is new."""
    changed = []
    for key, (text_digest, removals_digest) in now.items():
        before = recorded.get(key)
        if before is None:
            changed.append(f"{key[0]}\t{key[1]}\tnot in the record")
        elif before[0] != text_digest:
            changed.append(f"{key[0]}\t{key[1]}\ttext changed")
        elif before[1] != removals_digest:
            changed.append(f"{key[0]}\t{key[1]}\tremovals changed (same text)")
    changed.extend(f"{key[0]}\t{key[1]}\tgone" for key in recorded.keys() - now.keys())
    return changed


def main(argv: Sequence[str] | None = None) -> int:
    """Compare with the record (exit 1 when an output changed), or write it anew."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", type=Path, default=None, help="the bench folder")
    parser.add_argument("--write", action="store_true", help="record the current outputs")
    parser.add_argument("--baseline", type=Path, default=BASELINE, help="the record's path")
    args = parser.parse_args(argv)
    now = current(resolve_bench(args.bench))
    if args.write:
        rows = [f"{s}\t{i}\t{t}\t{r}\n" for (s, i), (t, r) in sorted(now.items())]
        args.baseline.write_text("".join(rows), encoding="utf-8")
        print(f"recorded {len(rows)} documents in {args.baseline}")
        return 0
    changed = compare(read_baseline(args.baseline), now)
    for line in changed:
        print(line)
    print(f"{len(now) - len(changed)} of {len(now)} documents as recorded, {len(changed)} changed")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env bash
# Make docs/report.png, the README's picture of a `cleaner --report` page.
#
# Cleans a document (default: the daily8-scmp seed, which exercises most filters),
# renders its report with cleaner.report.render_report and photographs it with
# headless Chromium from Debian's `chromium` package. Safe to re-run: it overwrites
# the PNG and leaves nothing else behind.
#
#   benchmarks/make_report_screenshot.sh [INPUT.txt] [OUTPUT.png]
#
# PYTHON selects the interpreter (default: the venv next to the repo, else python3).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
input="$(realpath "${1:-$repo/../shared/seeds/daily8-scmp.input.txt}")"
output="$(realpath -m "${2:-$repo/docs/report.png}")"
if [[ -z "${PYTHON:-}" ]]; then
    if [[ -x "$repo/../venv/bin/python" ]]; then PYTHON="$repo/../venv/bin/python"; else PYTHON=python3; fi
fi

if ! command -v chromium >/dev/null 2>&1; then
    if [[ "$(id -u)" == 0 ]]; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium
    else
        echo "chromium is missing: sudo apt-get install chromium" >&2
        exit 1
    fi
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

PYTHONPATH="$repo${PYTHONPATH:+:$PYTHONPATH}" "$PYTHON" - "$input" "$work/report.html" <<'PY'
import sys
from pathlib import Path

from cleaner import clean_and_explain
from cleaner.report import render_report

source, target = Path(sys.argv[1]), Path(sys.argv[2])
text = source.read_text(encoding="utf-8")
target.write_text(render_report(text, clean_and_explain(text), title=source.name), encoding="utf-8")
PY

mkdir -p "$(dirname "$output")"
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --hide-scrollbars --user-data-dir="$work/profile" \
    --screenshot="$output" --window-size=1280,1600 "file://$work/report.html" 2>"$work/chromium.log" \
    || { cat "$work/chromium.log" >&2; exit 1; }
echo "wrote $output"

#!/usr/bin/env bash
# The benchmark suite (bench/README.md): builds in Release, makes the inputs
# and the comparison content and templates, times docxtemplater and Carbone
# in node, then measures ours and pandoc, and prints the table; the CSV goes
# to bench/results/bench.csv.
#   bench/run.sh [RUNS]        RUNS: timed runs per case (default 31)
#   BENCH_REPEAT=3 bench/run.sh   the comparison and measurement three times
#       over, then bench/results/bench.csv holds the median of each cell
#       (bench/median.py; each run's CSV is kept as bench-run-K.csv)
#   BENCH_STAGES=1 bench/run.sh   also the older per-stage benches
# and last bench_html: the HTML edition against the DOCX of the same paper.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-31}"
work="$(mktemp -d -t committee-papers-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT

cmake -S . -B build-release -DCMAKE_BUILD_TYPE=Release -DCP_BUILD_TESTS=OFF >/dev/null
cmake --build build-release -j"$(nproc)" --target papers bench_papers bench_build bench_agenda bench_html >/dev/null
build-release/bench/bench_papers prepare . "$work"

with_node=0
if command -v node >/dev/null && command -v npm >/dev/null; then
  (cd bench/compare && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  with_node=1
else
  echo "bench: node and npm are not installed: docxtemplater and Carbone are left out" \
       "(apt-get install nodejs npm)" >&2
fi
command -v pandoc >/dev/null || echo "bench: pandoc is not installed: it is left out (apt-get install pandoc)" >&2

repeat="${BENCH_REPEAT:-1}"
csvs=()
for ((k = 1; k <= repeat; k++)); do
  # With node, each case's docxtemplater and Carbone timings are taken just
  # before ours, so that both see the machine in the same state.
  render_js=()
  if [ "$with_node" = 1 ]; then render_js=(bench/compare/render.js); fi
  build-release/bench/bench_papers measure . "$work" build-release/src/papers "$runs" "${render_js[@]}"
  if [ "$repeat" -gt 1 ]; then
    cp bench/results/bench.csv "bench/results/bench-run-$k.csv"
    csvs+=("bench/results/bench-run-$k.csv")
  fi
done
if [ "$repeat" -gt 1 ]; then python3 bench/median.py bench/results/bench.csv "${csvs[@]}"; fi

# The HTML edition against the DOCX of the same paper.
build-release/bench/bench_html . "$runs"

if [ "${BENCH_STAGES:-0}" = 1 ]; then
  build-release/bench/bench_build . 9
  build-release/bench/bench_agenda . 9
fi

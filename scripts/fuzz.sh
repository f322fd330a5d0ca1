#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for
# SECONDS (default 60) from its seed corpus. A crash, leak, timeout or
# sanitizer report stops the run with a non-zero status; libFuzzer leaves the
# input as build-fuzz/crash-<target>-*: copy it into
# tests/fuzz/regressions/<target>/ so every build replays it from then on.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCP_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build-fuzz -j"$(nproc)" --target fuzz_ingest fuzz_markup fuzz_build fuzz_package fuzz_placed fuzz_include fuzz_bounded_read fuzz_xlsx fuzz_ods fuzz_csv
for target in ingest markup build package placed include bounded_read xlsx ods csv; do
  work="build-fuzz/corpus/$target"
  mkdir -p "$work"
  echo "== fuzz_$target for ${seconds}s"
  # The first folder collects new inputs; the seeds and regressions are read only.
  build-fuzz/tests/fuzz/fuzz_$target -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 \
    -max_len=65536 -print_final_stats=1 -artifact_prefix="build-fuzz/crash-$target-" \
    "$work" "tests/fuzz/corpus/$target" "tests/fuzz/regressions/$target" 2>&1 |
    grep -E "^(Done|stat::number_of_executed_units|stat::new_units_added|==|SUMMARY|fuzz_)|ERROR|Test unit written" || true
  test "${PIPESTATUS[0]}" -eq 0
done

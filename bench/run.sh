#!/usr/bin/env bash
# Builds in Release and prints the pipeline timings (median of runs).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build-release -DCMAKE_BUILD_TYPE=Release -DCP_BUILD_TESTS=OFF >/dev/null
cmake --build build-release -j"$(nproc)" --target bench_build bench_agenda
build-release/bench/bench_build . "${1:-9}"
build-release/bench/bench_agenda . "${1:-9}"

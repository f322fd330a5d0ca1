#!/usr/bin/env bash
# Builds the tool and writes the example papers (inputs/*.yaml), the example
# meeting's agenda packs (inputs/agenda/) and the house style samplers, as
# DOCX and ODT, into out/ (or the folder given).
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-out}"
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DCP_BUILD_TESTS=OFF >/dev/null
cmake --build build -j"$(nproc)" --target papers
build/src/papers build inputs/*.yaml --out "$out"
build/src/papers agenda inputs/agenda/*-meeting.yaml --out "$out"
build/src/papers sample --out "$out"
build/src/papers sample --style styles/modern.yaml --out "$out"

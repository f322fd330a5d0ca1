#!/usr/bin/env bash
# The whole test suite:
#  0. every C++ source as clang-format writes it (scripts/format-check.sh);
#  1. a normal build running every test (unit, golden, fuzz-corpus replays,
#     and the client checks with doccheck, LibreOffice and pandoc);
#  2. an AddressSanitizer + UndefinedBehaviorSanitizer build running every test again;
#  3. the end-to-end builds once under valgrind;
#  4. each libFuzzer target for a bounded time (FUZZ_SECONDS, default 60).
set -euo pipefail
cd "$(dirname "$0")/.."
jobs="$(nproc)"

echo "== 0. format"
scripts/format-check.sh

echo "== 1. build and test"
# Tests on explicitly: scripts/examples.sh configures the same folder without them.
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCP_BUILD_TESTS=ON >/dev/null
cmake --build build -j"$jobs"
ctest --test-dir build --output-on-failure --no-tests=error -j"$jobs"

echo "== 2. AddressSanitizer + UndefinedBehaviorSanitizer"
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DCP_SANITIZE=ON -DCP_BUILD_TESTS=ON >/dev/null
cmake --build build-asan -j"$jobs"
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --test-dir build-asan --output-on-failure --no-tests=error -j"$jobs"

echo "== 3. valgrind, end to end"
# With glibc's malloc: valgrind cannot follow mimalloc's heap (it reports
# libstdc++'s own new/delete pairs as mismatched), and memcheck should see
# every allocation papers makes.
cmake -S . -B build-valgrind -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCP_BUILD_TESTS=OFF -DCP_MIMALLOC=OFF >/dev/null
cmake --build build-valgrind -j"$jobs" --target papers
test "$(build-valgrind/src/papers --version | tail -n 1)" = "allocator: system malloc"
out="$(mktemp -d)"
valgrind --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite -q \
  build-valgrind/src/papers build inputs/*.yaml --out "$out"
valgrind --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite -q \
  build-valgrind/src/papers sample --out "$out"
valgrind --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite -q \
  build-valgrind/src/papers agenda inputs/agenda/*-meeting.yaml --out "$out"
status=0
valgrind --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite -q \
  build-valgrind/src/papers build tests/bad-inputs/alias-bomb.yaml --out "$out/bad" || status=$?
test "$status" -eq 2
rm -rf "$out"

echo "== 4. fuzzing"
scripts/fuzz.sh "${FUZZ_SECONDS:-60}"

#!/usr/bin/env bash
# Fails, naming the files, when any C++ source is not as clang-format
# (.clang-format at the top) would write it. Fix with:
#   git ls-files '*.cpp' '*.hpp' | xargs clang-format -i
set -euo pipefail
cd "$(dirname "$0")/.."
bad=()
while IFS= read -r f; do
  clang-format --dry-run -Werror "$f" >/dev/null 2>&1 || bad+=("$f")
done < <(git ls-files '*.cpp' '*.hpp' 2>/dev/null || find src tests bench -name '*.cpp' -o -name '*.hpp')
if [ ${#bad[@]} -gt 0 ]; then
  printf 'not clang-formatted: %s\n' "${bad[@]}" >&2
  exit 1
fi
echo "clang-format: every C++ source is formatted"

#!/usr/bin/env bash
# Writes docs/command-line.md from what `papers` prints for --help and for
# each command (tests/client/test_command_line.cpp checks they agree).
set -euo pipefail
cd "$(dirname "$0")/.."
papers="${1:-build/src/papers}"
{
  echo "# The command line"
  echo
  echo "What \`papers --help\` and \`papers help COMMAND\` print, command by command."
  echo "Generated from the program (\`tests/client/test_command_line.cpp\` checks that it"
  echo "matches); do not edit by hand."
  echo
  echo '```'
  "$papers" --help
  echo '```'
  for c in build check agenda watch expand archive verify sample schema; do
    echo
    echo "## $c"
    echo
    echo '```'
    "$papers" help "$c"
    echo '```'
  done
} > docs/command-line.md

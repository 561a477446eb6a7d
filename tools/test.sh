#!/usr/bin/env bash
# The README's second command: builds mentor twice and runs every test on each build:
#   dev   optimised, warnings are errors
#   asan  AddressSanitizer + UndefinedBehaviorSanitizer
# The last lines are ctest's summary for the sanitizer run.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/deps.sh
for preset in dev asan; do
  echo "== $preset build"
  cmake --preset "$preset" > /dev/null
  cmake --build --preset "$preset"
done
echo "== dev tests"
ctest --preset dev
echo "== asan tests"
ctest --preset asan

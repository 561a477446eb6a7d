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
# The tests make thousands of scratch programs, and mentor (like khal, git and the other real
# clients the tests drive) flushes every file it writes to disk. Durability after a power cut is
# not what any test checks, and waiting for the disk was most of the suite's wall time, so the
# scratch directories go to memory (tmpfs) when the machine has one with room to spare.
if [ -z "${MENTOR_TEST_TMPDIR:-}" ] && [ -d /dev/shm ] && [ -w /dev/shm ] &&
   [ "$(df -Pk /dev/shm | awk 'NR == 2 { print $4 }')" -gt 2000000 ]; then
  MENTOR_TEST_TMPDIR=$(mktemp -d /dev/shm/mentor-tests.XXXXXX)
  trap 'rm -rf "$MENTOR_TEST_TMPDIR"' EXIT
fi
[ -n "${MENTOR_TEST_TMPDIR:-}" ] && export TMPDIR="$MENTOR_TEST_TMPDIR"
echo "== dev tests"
ctest --preset dev
echo "== asan tests"
ctest --preset asan

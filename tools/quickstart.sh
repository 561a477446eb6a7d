#!/usr/bin/env bash
# The README's first command: installs what is missing, builds mentor, and runs it on the
# bundled example program (examples/school).
set -euo pipefail
cd "$(dirname "$0")/.."
tools/deps.sh
cmake --preset release > /dev/null
cmake --build --preset release
mentor=build/release/src/mentor
run() { echo; echo "\$ mentor $*"; "$mentor" "$@"; }
run -C examples/school check
run -C examples/school roster list --role mentor
run -C examples/school roster show lnguyen
echo
echo "mentor is at $mentor; \`cmake --install build/release\` installs it with its man pages."

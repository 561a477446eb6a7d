#!/usr/bin/env bash
# The README's first command: installs what is missing, builds mentor, and runs it on the
# bundled example program (examples/school).
set -euo pipefail
cd "$(dirname "$0")/.."
tools/deps.sh
cmake --preset release > /dev/null
cmake --build --preset release
mentor=$PWD/build/release/src/mentor
run() { echo; echo "\$ mentor $*"; "$mentor" "$@"; }
# Work on a copy, so that the example in the repository stays as it is.
demo=build/demo
rm -rf "$demo" && cp -r examples/school "$demo"
cd "$demo"
run check
run roster list --role mentor
run pair --today 2026-08-24
run pair explain asmith --today 2026-08-24
run schedule --today 2026-08-24
run pair --today 2027-02-01
run pairs --person tbrooks --all
run schedule --today 2027-02-01
run meetings --person asmith --from 2027-02-01 --to 2027-02-28
run calendar --person asmith -o asmith.ics
cd - > /dev/null
echo
echo "The demo program (a copy of examples/school) is in $demo."
echo "mentor is at $mentor; \`cmake --install build/release\` installs it with its man pages."

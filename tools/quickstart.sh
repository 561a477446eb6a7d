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
# The fall needs assessment (a Google Forms export): what the new teachers want help with.
run survey import exports/needs-fall.csv --survey needs-fall
run needs
run pair --today 2027-02-01
run pairs --person tbrooks --all
run schedule --today 2027-02-01
run meetings --person asmith --from 2027-02-01 --to 2027-02-28
run calendar --person asmith -o asmith.ics
export MENTOR_USER=pshah MENTOR_TODAY=2026-11-23   # the writer (asmith's mentor) and the day
run log asmith --date 2026-11-17 -m "Planned the fractions unit; next week: exit tickets."
run goal add asmith --id exit-tickets --date 2026-09-15 --what "Raise exit-ticket mastery" \
  --measure "share of students at 3+" --baseline 40 --target 80 --unit % --due 2027-03-15
run goal progress exit-tickets 55 --date 2026-11-20 -m "November tickets."
run journal --person asmith
run goal list
# What cron would mail each person on that Monday (the first lines; --dry-run records nothing).
echo; echo "\$ mentor remind --dry-run | head -n 20"
{ "$mentor" remind --dry-run || true; } | head -n 20
run report
# The mid-year feedback survey (a Microsoft Forms export), as the report shows it in February.
run survey import exports/midyear.csv --survey midyear
echo; echo "\$ mentor report --today 2027-02-01 | sed -n '/^Survey: Mid/,\$p'"
"$mentor" report --today 2027-02-01 | sed -n '/^Survey: Mid/,$p'
run report --format html -o report.html
run retention
# The step to the next school year, as a preview: what continues, what ends, the TOML to paste.
echo; echo "\$ mentor term next --dry-run | head -n 12"
{ "$mentor" term next --dry-run || true; } | head -n 12
cd - > /dev/null
echo
echo "The demo program (a copy of examples/school) is in $demo;"
echo "its report with charts is $demo/report.html (open it in a browser)."
echo "mentor is at $mentor; \`cmake --install build/release\` installs it with its man pages."

#!/usr/bin/env bash
# bench/report.sh BUILD_DIR: how fast `mentor report` is on a district.
#
# A district of 5,000 people (BUILD_DIR/bench/mentor-gen, seed 1, with after-school
# availability so that every pair can be scheduled) is paired and scheduled as of 2026-08-24,
# and given five years of journal by bench/gen_journal.py (400,000 entries by default,
# ENTRIES=N to change), as bench/journal.sh does. Then, as of 2026-11-23, median of RUNS
# (default 5) wall times, after one untimed run that fills the roster cache:
#   1. `mentor report` (text)                                        budget < 1 s
#   2. `mentor report --format html -o report.html`                  budget < 1 s
# The report reads only the journal files of the current school year.
# Needs /usr/bin/python3.
set -u
. "$(dirname "$0")/lib.sh"
bench_init "$@"
district "$tmp/d" --after-school
cd "$tmp/d"
"$mentor" report > "$tmp/report.txt"  # fills the roster cache
echo "district: $(($(wc -l < pairs.tsv) - 2)) pairs, $(($(wc -l < schedule.tsv) - 2)) scheduled meetings;" \
  "report: $(wc -l < "$tmp/report.txt") lines of text"

echo "mentor report on a district with five years of journal (wall seconds, median of $runs)"
read -r med lo hi <<< "$(time_runs "$mentor" report)"
report "report (text)" 1 "$med" "$lo" "$hi"
read -r med lo hi <<< "$(time_runs "$mentor" report --format html -o "$tmp/report.html")"
report "report --format html -o FILE" 1 "$med" "$lo" "$hi"
echo "  html: $(stat -c %s "$tmp/report.html") bytes"

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
[ $# -eq 1 ] || { echo "usage: bench/report.sh BUILD_DIR" >&2; exit 2; }
build=$1
mentor=$(realpath "$build/src/mentor") gen=$build/bench/mentor-gen
here=$(cd "$(dirname "$0")" && pwd)
for b in "$mentor" "$gen"; do
  [ -x "$b" ] || { echo "bench/report.sh: $b is not built; build $build first"; exit 0; }
done
runs=${RUNS:-5} entries=${ENTRIES:-400000}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export MENTOR_TODAY=2026-11-23
unset MENTOR_USER MENTOR_DIR

"$gen" --people 5000 --seed 1 --after-school --out "$tmp/d" > /dev/null
"$mentor" -C "$tmp/d" pair --today 2026-08-24 > /dev/null
"$mentor" -C "$tmp/d" schedule --today 2026-08-24 > /dev/null
echo "journal: $(/usr/bin/python3 "$here/gen_journal.py" "$tmp/d" "$entries" "$tmp/ledger.dat")"
cd "$tmp/d"
"$mentor" report > "$tmp/report.txt"  # fills the roster cache
echo "district: $(($(wc -l < pairs.tsv) - 2)) pairs, $(($(wc -l < schedule.tsv) - 2)) scheduled meetings;" \
  "report: $(wc -l < "$tmp/report.txt") lines of text"

wall() { /usr/bin/time -f "%e" "$@" 2>&1 > /dev/null | tail -n 1; }
stats() { sort -n | awk '{ v[NR] = $1 } END { printf "%.3f %.3f %.3f", v[int((NR + 1) / 2)], v[1], v[NR] }'; }
report() {  # label budget-seconds median min max
  printf '  %-34s median %7.3f s  (min %.3f, max %.3f)  budget < %s s: %s\n' "$1" "$3" "$4" "$5" "$2" \
    "$(awk -v m="$3" -v b="$2" 'BEGIN { print (m < b) ? "ok" : "OVER" }')"
}

echo "mentor report on a district with five years of journal (wall seconds, median of $runs)"
read -r med lo hi <<< "$(for _ in $(seq "$runs"); do wall "$mentor" report; done | stats)"
report "report (text)" 1 "$med" "$lo" "$hi"
read -r med lo hi <<< "$(for _ in $(seq "$runs"); do wall "$mentor" report --format html -o "$tmp/report.html"; done | stats)"
report "report --format html -o FILE" 1 "$med" "$lo" "$hi"
echo "  html: $(stat -c %s "$tmp/report.html") bytes"

#!/usr/bin/env bash
# bench/remind.sh BUILD_DIR: how fast `mentor remind` is on a district with five years of journal.
#
# The program: BUILD_DIR/bench/mentor-gen --people 5000 --seed 1 --after-school, paired with
# `mentor pair --today 2026-08-24` and scheduled with `mentor schedule --today 2026-08-24`,
# with five years of journal from bench/gen_journal.py (400,000 entries by default, ENTRIES=N
# to change), as of 2026-11-23. Median of RUNS (default 5) wall times of:
#   1. `mentor remind --dry-run` (text)            budget < 0.5 s
#   2. `mentor remind --format mail --dry-run`     budget < 0.5 s
#   3. `mentor remind` recording the history, then a second run that has nothing new to say
# --dry-run keeps every run doing the whole work (nothing is held back by the repeat rule).
# One untimed run first fills the roster cache, as any first command does.
set -u
[ $# -eq 1 ] || { echo "usage: bench/remind.sh BUILD_DIR" >&2; exit 2; }
build=$1
mentor=$(realpath "$build/src/mentor" 2>/dev/null) gen=$build/bench/mentor-gen
here=$(cd "$(dirname "$0")" && pwd)
for b in "$mentor" "$gen"; do
  [ -x "$b" ] || { echo "bench/remind.sh: $b is not built; build $build first"; exit 0; }
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
"$mentor" remind --dry-run > "$tmp/text.txt"  # fills the roster cache
"$mentor" remind --format mail --dry-run > "$tmp/mail.mbox"
echo "pairs: $(($(wc -l < pairs.tsv) - 2)), meetings: $(($(wc -l < schedule.tsv) - 2))," \
  "reminders: $(grep -c '^    - ' "$tmp/text.txt") items for $(grep -c '^From ' "$tmp/mail.mbox") people"

wall() { /usr/bin/time -f "%e" "$@" 2>&1 > /dev/null | tail -n 1; }
stats() { sort -n | awk '{ v[NR] = $1 } END { printf "%.3f %.3f %.3f", v[int((NR + 1) / 2)], v[1], v[NR] }'; }
report() {  # label budget-seconds median min max
  printf '  %-38s median %7.3f s  (min %.3f, max %.3f)  budget < %s s: %s\n' "$1" "$3" "$4" "$5" "$2" \
    "$(awk -v m="$3" -v b="$2" 'BEGIN { print (m < b) ? "ok" : "OVER" }')"
}

echo "mentor remind on a journal of $entries entries (wall seconds, median of $runs)"
read -r med lo hi <<< "$(for _ in $(seq "$runs"); do wall "$mentor" remind --dry-run; done | stats)"
report "remind --dry-run (text)" 0.5 "$med" "$lo" "$hi"
read -r med lo hi <<< "$(for _ in $(seq "$runs"); do wall "$mentor" remind --format mail --dry-run; done | stats)"
report "remind --format mail --dry-run" 0.5 "$med" "$lo" "$hi"
read -r med lo hi <<< "$(for _ in $(seq "$runs"); do rm -f .mentor/remind.tsv; wall "$mentor" remind; done | stats)"
report "remind (writes the history)" 0.5 "$med" "$lo" "$hi"
read -r med lo hi <<< "$(for _ in $(seq "$runs"); do wall "$mentor" remind; done | stats)"
report "remind (again: nothing new)" 0.5 "$med" "$lo" "$hi"

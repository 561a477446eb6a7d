#!/usr/bin/env bash
# bench/journal.sh BUILD_DIR: how fast mentor reads and appends to a district's journal.
#
# What it measures, on a district of 5,000 people (BUILD_DIR/bench/mentor-gen, seed 1) paired
# by `mentor pair`, with five years of journal written by bench/gen_journal.py (400,000 entries
# by default, ENTRIES=N to change; about 92 MB in 67 files) and a ledger file of as many
# transactions (about 89 MB), as of 2026-11-23, median of RUNS (default 5) wall times:
#   1. `mentor journal --since 2026-10-24` (the last month)      budget < 0.5 s
#   2. `mentor goal list` (folds every goal event of five years)    budget < 0.5 s
#   3. `mentor log` of one check-in (the month's file is rewritten) budget < 0.05 s
#   4. reading the whole journal, side by side with ledger reading the same number of
#      transactions, the two alternating run by run: `mentor journal` (every entry, as text)
#      and `mentor check` (every entry parsed and validated) against `ledger bal`;
#      budget: faster than ledger.
# One untimed run first fills the roster cache (.mentor/roster.cache), as any first command does.
# Needs /usr/bin/python3 and, for step 4, ledger (Debian's ledger package).
set -u
. "$(dirname "$0")/lib.sh"
bench_init "$@"
district "$tmp/d"
read -r mentee mentor_id <<< "$(awk -F'\t' 'NR == 3 { print $1, $2 }' "$tmp/d/pairs.tsv")"
cd "$tmp/d"
"$mentor" pairs > /dev/null  # fills the roster cache

echo "mentor on a journal of $entries entries (wall seconds, median of $runs)"
read -r med lo hi <<< "$(time_runs "$mentor" journal --since 2026-10-24)"
report "journal --since 2026-10-24" 0.5 "$med" "$lo" "$hi"
read -r med lo hi <<< "$(time_runs "$mentor" goal list)"
report "goal list" 0.5 "$med" "$lo" "$hi"
read -r med lo hi <<< "$(for i in $(seq "$runs"); do wall "$mentor" log "$mentee" --as "$mentor_id" -m "bench $i"; done | stats)"
report "log (one check-in)" 0.05 "$med" "$lo" "$hi"

echo
if ! command -v ledger > /dev/null; then
  echo "reading everything: ledger is not installed (apt-get install ledger); side-by-side skipped"
  exit 0
fi
echo "reading everything, side by side with ledger on as many transactions (alternating runs)"
: > "$tmp/j" ; : > "$tmp/c" ; : > "$tmp/l"
for _ in $(seq "$runs"); do
  wall "$mentor" journal >> "$tmp/j"
  wall "$mentor" check -q >> "$tmp/c"
  wall ledger -f "$tmp/ledger.dat" bal >> "$tmp/l"
done
read -r lmed llo lhi <<< "$(stats < "$tmp/l")"
for f in j c; do
  label=$([ $f = j ] && echo "mentor journal (all, as text)" || echo "mentor check (all, validated)")
  read -r med lo hi <<< "$(stats < "$tmp/$f")"
  printf '  %-34s median %7.3f s  (min %.3f, max %.3f)  %.2fx ledger\'"'"'s time: %s\n' "$label" "$med" "$lo" "$hi" \
    "$(awk -v m="$med" -v l="$lmed" 'BEGIN { print m / l }')" \
    "$(awk -v m="$med" -v l="$lmed" 'BEGIN { print (m < l) ? "ok" : "SLOWER" }')"
done
printf '  %-34s median %7.3f s  (min %.3f, max %.3f)\n' "ledger bal ($entries transactions)" "$lmed" "$llo" "$lhi"

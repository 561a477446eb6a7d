#!/usr/bin/env bash
# bench/schedule.sh BUILD_DIR: how fast `mentor schedule` and `mentor calendar` are on a district.
#
# The program: BUILD_DIR/bench/mentor-gen --people 5000 --seed 1 --after-school (a district of
# about 2,000 pairs whose teachers are also free 90 minutes after school every weekday, so that
# nearly every pair can meet every week: about 80,000 meetings
# and observations; term 2026-08-24 to 2027-06-11, weekly 45-minute meetings, three
# observations per pair), paired with `mentor pair --today 2026-08-24`. Then, each the median
# of RUNS (default 5) wall times:
#   1. `mentor schedule --today 2026-08-24` from nothing (schedule.tsv removed before each run):
#      load, plan every meeting and observation of the year, write schedule.tsv;
#   2. `mentor schedule` again on its own output, as of 2026-11-23 (parse the record, check
#      every future meeting, keep them all, write it back);
#   3. `mentor calendar -o program.ics` for the whole program;
#   4. `mentor calendar --person ID -o person.ics` for one mentor.
# Budgets: 1 and 3 under 1 s.
set -u
[ $# -eq 1 ] || { echo "usage: bench/schedule.sh BUILD_DIR" >&2; exit 2; }
build=$1
mentor=$(realpath "$build/src/mentor" 2>/dev/null) gen=$build/bench/mentor-gen
for b in "$mentor" "$gen"; do
  [ -x "$b" ] || { echo "bench/schedule.sh: $b is not built; build $build first"; exit 0; }
done
runs=${RUNS:-5}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
dir=$tmp/district

# Median, min and max wall seconds and peak memory of a command over N runs; `prep` runs before each.
time_runs() {  # n prep command...
  local n=$1 prep=$2 t
  shift 2
  for _ in $(seq "$n"); do
    eval "$prep"
    t=$( { /usr/bin/time -f "%e %M" "$@" > /dev/null; } 2>&1 | tail -n 1)
    echo "$t"
  done | sort -n | awk '{ s[NR]=$1; m[NR]=$2 } END { printf "%.3f %.3f %.3f %d", s[int((NR+1)/2)], s[1], s[NR], m[NR] }'
}

report() {  # label budget median min max mem
  local label=$1 budget=$2 med=$3 lo=$4 hi=$5 mem=$6 verdict=""
  [ -n "$budget" ] && verdict=$(awk -v m="$med" -v b="$budget" 'BEGIN { print (m < b) ? "  budget < " b " s: ok" : "  budget < " b " s: OVER" }')
  printf '  %-34s median %6.3f s  (min %.3f, max %.3f)  %7d KB%s\n' "$label" "$med" "$lo" "$hi" "$mem" "$verdict"
}

"$gen" --people 5000 --seed 1 --after-school --out "$dir" > /dev/null
"$mentor" -C "$dir" pair --today 2026-08-24 > /dev/null
pairs=$(grep -c $'\t\t[0-9.-]*\t[a-z]*\t' "$dir/pairs.tsv")
"$mentor" -C "$dir" schedule --today 2026-08-24 > "$tmp/first.txt"
cp "$dir/schedule.tsv" "$tmp/schedule.tsv"
echo "district: $pairs current pairs; $(head -n 1 "$tmp/first.txt" | sed 's/^[^:]*: //')"
echo "  $(grep -c '^  ! .* meetings:' "$tmp/first.txt") pairs miss some weeks (holidays, no free common slot), $(grep -c '^  ! .* observations:' "$tmp/first.txt") some observations; each with its reason"
mentor_id=$(awk -F '\t' 'NR > 2 && $9 == "" { print $2; exit }' "$dir/schedule.tsv")
echo "wall seconds, median of $runs (min, max), peak memory"
read -r med lo hi mem <<< "$(time_runs "$runs" "rm -f '$dir/schedule.tsv'" "$mentor" -C "$dir" schedule --today 2026-08-24)"
report "schedule, from nothing" 1.0 "$med" "$lo" "$hi" "$mem"
read -r med lo hi mem <<< "$(time_runs "$runs" "cp '$tmp/schedule.tsv' '$dir/schedule.tsv'" "$mentor" -C "$dir" schedule --today 2026-11-23)"
report "schedule, re-run (all kept)" 1.0 "$med" "$lo" "$hi" "$mem"
cp "$tmp/schedule.tsv" "$dir/schedule.tsv"
read -r med lo hi mem <<< "$(time_runs "$runs" ":" "$mentor" -C "$dir" calendar -o "$tmp/program.ics")"
report "calendar, whole program" 1.0 "$med" "$lo" "$hi" "$mem"
echo "    ($(grep -c '^BEGIN:VEVENT' "$tmp/program.ics") events, $(( $(stat -c %s "$tmp/program.ics") / 1024 / 1024 )) MB)"
read -r med lo hi mem <<< "$(time_runs "$runs" ":" "$mentor" -C "$dir" calendar --person "$mentor_id" -o "$tmp/person.ics")"
report "calendar, one mentor ($mentor_id)" "" "$med" "$lo" "$hi" "$mem"

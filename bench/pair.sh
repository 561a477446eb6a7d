#!/usr/bin/env bash
# bench/pair.sh BUILD_DIR: how fast `mentor pair` is on generated programs.
#
# What it measures (programs written by BUILD_DIR/bench/mentor-gen, seed 1, into a temp dir):
#   1. district, 5,000 people (about 2,300 mentees x 2,100 mentors, capacities 1-3):
#      `mentor pair` end to end (load, score, solve, write pairs.tsv), median of RUNS,
#      with the generated config (same_school = "prefer") and with same_school = "any"
#      (every pair allowed by the school rule: a dense problem);
#   2. the solve alone, side by side with scipy's linear_sum_assignment on the same score
#      matrix (mentor-solve-bench writes it; bench/solve_vs_scipy.py runs scipy and checks
#      both reach the same optimum), for both configs;
#   3. state, 49,000 people (about 22,500 mentees x 21,500 mentors): end to end, median of
#      3, and peak memory (maximum resident set size);
#   4. dense state, 43,500 people over three schools with same_school = "any" (about 20,000
#      mentees x 20,000 mentors, every pair allowed by the school rule): end to end, median of
#      3, with CPU seconds (user + system) beside the wall time, and peak memory.
# Budgets: district under 1 s end to end, the solve alone no slower than scipy; state under
# 10 s and under 1 GB; dense state under 5 s and under 1 GB. Needs /usr/bin/python3 with numpy
# and scipy (python3-scipy) for step 2.
set -u
[ $# -eq 1 ] || { echo "usage: bench/pair.sh BUILD_DIR" >&2; exit 2; }
build=$1
mentor=$build/src/mentor gen=$build/bench/mentor-gen solve=$build/bench/mentor-solve-bench
here=$(cd "$(dirname "$0")" && pwd)
for b in "$mentor" "$gen" "$solve"; do
  [ -x "$b" ] || { echo "bench/pair.sh: $b is not built; build $build first"; exit 0; }
done
runs=${RUNS:-5}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Median, min and max of a command's wall time over N runs, pairs.tsv removed before each; the
# largest peak memory, and the CPU seconds of the median run.
time_pair() {  # dir runs
  local dir=$1 n=$2 t
  for _ in $(seq "$n"); do
    rm -f "$dir/pairs.tsv"
    t=$( { /usr/bin/time -f "%e %M %U %S" "$mentor" -C "$dir" pair --today 2026-09-01 > /dev/null; } 2>&1 | tail -n 1)
    echo "$t"
  done | sort -n | awk '{ s[NR]=$1; if ($2 > m) m=$2; c[NR]=$3+$4 } END { h=int((NR+1)/2); printf "%.3f %.3f %.3f %d %.3f", s[h], s[1], s[NR], m, c[h] }'
}

"$gen" --people 5000 --seed 1 --out "$tmp/district" > /dev/null
cp -r "$tmp/district" "$tmp/district-any"
sed -i 's/^same_school = .*/same_school = "any"/' "$tmp/district-any/program.toml"
"$gen" --people 49000 --seed 1 --out "$tmp/state" > /dev/null
"$gen" --people 43500 --seed 1 --schools 3 --out "$tmp/dense" > /dev/null
sed -i 's/^same_school = .*/same_school = "any"/' "$tmp/dense/program.toml"

echo "mentor pair, end to end (wall seconds: median min max; peak memory)"
for case in district district-any; do
  read -r med lo hi mem cpu <<< "$(time_pair "$tmp/$case" "$runs")"
  printf '  %-13s median %6.3f s  (min %.3f, max %.3f)  %6d KB   budget < 1 s: %s\n' "$case" "$med" "$lo" "$hi" "$mem" \
    "$(awk -v m="$med" 'BEGIN { print (m < 1.0) ? "ok" : "OVER" }')"
done
read -r med lo hi mem cpu <<< "$(time_pair "$tmp/state" 3)"
printf '  %-13s median %6.3f s  (min %.3f, max %.3f)  %6d KB   budget < 10 s and < 1 GB: %s\n' state "$med" "$lo" "$hi" "$mem" \
  "$(awk -v m="$med" -v k="$mem" 'BEGIN { print (m < 10.0 && k < 1048576) ? "ok" : "OVER" }')"
read -r med lo hi mem cpu <<< "$(time_pair "$tmp/dense" 3)"
printf '  %-13s median %6.3f s  (min %.3f, max %.3f, CPU %.3f s)  %6d KB   budget < 5 s and < 1 GB: %s\n' dense-state "$med" "$lo" "$hi" "$cpu" "$mem" \
  "$(awk -v m="$med" -v k="$mem" 'BEGIN { print (m < 5.0 && k < 1048576) ? "ok" : "OVER" }')"

echo
echo "the solve alone, mentor vs scipy on the same score matrix"
for case in district district-any; do
  echo "  $case:"
  line=$("$solve" "$tmp/$case" 2026-09-01 "$tmp/$case.bin")
  /usr/bin/python3 "$here/solve_vs_scipy.py" "$tmp/$case.bin" "$line" | sed 's/^/    /'
done

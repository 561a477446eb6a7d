# What bench/journal.sh, bench/remind.sh and bench/report.sh share; each sources it after `set -u`.

# bench_init BUILD_DIR: sets mentor, gen, here, runs (RUNS, default 5), entries (ENTRIES,
# default 400,000) and tmp (removed on exit), and the day the commands run as. Exits 0 with a
# message when BUILD_DIR lacks a binary, so that a bench of a partial build says why.
bench_init() {
  local name
  name=bench/$(basename "$0")
  [ $# -eq 1 ] || { echo "usage: $name BUILD_DIR" >&2; exit 2; }
  mentor=$(realpath "$1/src/mentor" 2>/dev/null) gen=$1/bench/mentor-gen
  here=$(cd "$(dirname "$0")" && pwd)
  for b in "$mentor" "$gen"; do
    [ -x "$b" ] || { echo "$name: $b is not built; build $1 first"; exit 0; }
  done
  runs=${RUNS:-5} entries=${ENTRIES:-400000}
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  export MENTOR_TODAY=2026-11-23
  unset MENTOR_USER MENTOR_DIR
}

# district DIR [--after-school]: 5,000 people (mentor-gen, seed 1) paired as of 2026-08-24 and,
# with --after-school (availability every pair can meet in), scheduled then too; then five
# years of journal from gen_journal.py ($entries entries) and a ledger file of as many
# transactions in $tmp/ledger.dat. Prints the journal's size.
district() {
  local dir=$1
  shift
  "$gen" --people 5000 --seed 1 "$@" --out "$dir" > /dev/null
  "$mentor" -C "$dir" pair --today 2026-08-24 > /dev/null
  if [ "${1:-}" = --after-school ]; then
    "$mentor" -C "$dir" schedule --today 2026-08-24 > /dev/null
  fi
  echo "journal: $(/usr/bin/python3 "$here/gen_journal.py" "$dir" "$entries" "$tmp/ledger.dat")"
}

# Wall seconds of one run of a command, output discarded.
wall() { /usr/bin/time -f "%e" "$@" 2>&1 > /dev/null | tail -n 1; }
# Median, min and max of the numbers on standard input.
stats() { sort -n | awk '{ v[NR] = $1 } END { printf "%.3f %.3f %.3f", v[int((NR + 1) / 2)], v[1], v[NR] }'; }
# report LABEL BUDGET-SECONDS MEDIAN MIN MAX: one line, with ok or OVER against the budget.
report() {
  printf '  %-38s median %7.3f s  (min %.3f, max %.3f)  budget < %s s: %s\n' "$1" "$3" "$4" "$5" "$2" \
    "$(awk -v m="$3" -v b="$2" 'BEGIN { print (m < b) ? "ok" : "OVER" }')"
}
# time_runs COMMAND...: runs it $runs times and prints the median, min and max wall seconds.
time_runs() { for _ in $(seq "$runs"); do wall "$@"; done | stats; }

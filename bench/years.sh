#!/usr/bin/env bash
# bench/years.sh BUILD_DIR: daily commands of a program in its fifth year against one in its first.
#
# Two districts of 5,000 people (mentor-gen, seed 1) paired as of 2026-08-24 and scheduled
# (--after-school), as of 2026-11-23:
#   1 year:  [term] only, one year of journal (ENTRIES / 5 entries, default 80,000)
#   5 years: four [[past_terms]] (2022-23 to 2025-26) and five years of journal (ENTRIES,
#            default 400,000), as bench/journal.sh writes it
# and for each the median of RUNS (default 5) wall times of `remind`, `log` (one check-in),
# `goal list` and `meetings --person`. Budget: the five-year program within 10% of the
# one-year one (or 10 ms, whichever is larger, so that timer noise on a run of a few
# milliseconds is not a failure).
set -u
. "$(dirname "$0")/lib.sh"
bench_init "$@"

make_district() {  # DIR JOURNAL_YEARS ENTRIES PAST_TERMS
  "$gen" --people 5000 --seed 1 --after-school --past-terms "$4" --out "$1" > /dev/null
  "$mentor" -C "$1" pair --today 2026-08-24 > /dev/null
  "$mentor" -C "$1" schedule --today 2026-08-24 > /dev/null
  JOURNAL_YEARS=$2 /usr/bin/python3 "$here/gen_journal.py" "$1" "$3" "$tmp/ledger-$2.dat" > /dev/null
  "$mentor" -C "$1" pairs > /dev/null  # fills the roster cache
}
make_district "$tmp/one" 1 $((entries / 5)) 0
make_district "$tmp/five" 5 "$entries" 4
read -r mentee mentor_id <<< "$(awk -F'\t' 'NR == 3 { print $1, $2 }' "$tmp/one/pairs.tsv")"

echo "daily commands, one year against five (wall seconds, median of $runs)"
printf '  %-24s %10s %10s %8s\n' command "1 year" "5 years" ratio
for cmd in "remind" "log" "goal list" "meetings --person $mentee"; do
  declare -A med=()
  for d in one five; do
    if [ "$cmd" = log ]; then
      read -r m _ _ <<< "$(for i in $(seq "$runs"); do wall "$mentor" -C "$tmp/$d" log "$mentee" --as "$mentor_id" -m "bench $i"; done | stats)"
    else
      read -r m _ _ <<< "$(time_runs "$mentor" -C "$tmp/$d" $cmd)"
    fi
    med[$d]=$m
  done
  printf '  %-24s %10.3f %10.3f %7.2fx  %s\n' "$cmd" "${med[one]}" "${med[five]}" \
    "$(awk -v a="${med[one]}" -v b="${med[five]}" 'BEGIN { print (a > 0) ? b / a : 1 }')" \
    "$(awk -v a="${med[one]}" -v b="${med[five]}" 'BEGIN { d = b - a; lim = a * 0.1; if (lim < 0.01) lim = 0.01; print (d <= lim) ? "ok" : "OVER" }')"
done

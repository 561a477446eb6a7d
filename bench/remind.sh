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
. "$(dirname "$0")/lib.sh"
bench_init "$@"
district "$tmp/d" --after-school
cd "$tmp/d"
"$mentor" remind --dry-run > "$tmp/text.txt"  # fills the roster cache
"$mentor" remind --format mail --dry-run > "$tmp/mail.mbox"
echo "pairs: $(($(wc -l < pairs.tsv) - 2)), meetings: $(($(wc -l < schedule.tsv) - 2))," \
  "reminders: $(grep -c '^    - ' "$tmp/text.txt") items for $(grep -c '^From ' "$tmp/mail.mbox") people"

echo "mentor remind on a journal of $entries entries (wall seconds, median of $runs)"
read -r med lo hi <<< "$(time_runs "$mentor" remind --dry-run)"
report "remind --dry-run (text)" 0.5 "$med" "$lo" "$hi"
read -r med lo hi <<< "$(time_runs "$mentor" remind --format mail --dry-run)"
report "remind --format mail --dry-run" 0.5 "$med" "$lo" "$hi"
read -r med lo hi <<< "$(for _ in $(seq "$runs"); do rm -f .mentor/remind.tsv; wall "$mentor" remind; done | stats)"
report "remind (writes the history)" 0.5 "$med" "$lo" "$hi"
read -r med lo hi <<< "$(time_runs "$mentor" remind)"
report "remind (again: nothing new)" 0.5 "$med" "$lo" "$hi"

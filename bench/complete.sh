#!/usr/bin/env bash
# Times `mentor __complete`, the helper the shell completions call on every TAB, on a district
# roster (5,000 people, mentor-gen seed 1, paired): a person id after `log` (the roster read,
# from its cache after the first run), a goal id after `goal show` (the goal events of a year of
# journal), a command name and an option value (no program read). Budget: 50 ms for an id.
#
#   bench/complete.sh BUILD_DIR        (RUNS=N for more runs; ENTRIES=N for the journal's size)
set -u
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=lib.sh
source "$here/lib.sh"
ENTRIES=${ENTRIES:-100000}
bench_init "$@"
runs=${RUNS:-11}
dir=$tmp/district
district "$dir"
"$mentor" -C "$dir" check > /dev/null 2>&1  # fills the roster cache, as any earlier command would
count=$("$mentor" __complete -C "$dir" log "" | wc -l)
echo "district: $count person ids offered after 'mentor log '"
echo "mentor __complete on a district, $runs runs each:"
report "person id (log m)" 0.05 $(cd "$dir" && time_runs "$mentor" __complete log m)
report "person id under -C (pairs --person m)" 0.05 $(time_runs "$mentor" __complete -C "$dir" pairs --person m)
report "goal id (goal show g)" 0.05 $(cd "$dir" && time_runs "$mentor" __complete goal show g)
report "command (r)" 0.05 $(cd "$dir" && time_runs "$mentor" __complete r)
report "option value (roster list --role m)" 0.05 $(cd "$dir" && time_runs "$mentor" __complete roster list --role m)

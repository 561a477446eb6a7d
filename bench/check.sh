#!/usr/bin/env bash
# bench/check.sh BUILD_DIR: how long `mentor check` takes on big programs.
#
# What it measures
#   The wall-clock time of `BUILD_DIR/src/mentor -C DIR check`: starting the
#   process, reading and parsing program.toml and roster.yaml, every
#   validation and cross-check, and printing the result. Two synthetic
#   programs are written by BUILD_DIR/bench/mentor-gen into a temporary
#   directory (deleted afterwards):
#     - a district: 5,000 people (seed 1, about 63 schools, about 2 MB)
#     - a state:   40,000 people (seed 1, about 500 schools, about 16 MB)
#   Each program is checked once untimed (warms the page cache and shows
#   whether the generated data validates), then RUNS times (default 7). The
#   table gives people, input size, and the median, min and max in seconds.
#
# Budget: the district check under 1 s
#   (median). The state size is reported, without a budget.
#
# Exit status: 0 within budget, and also when mentor or mentor-gen is not
#   built (a message says so; there is nothing to measure); 1 over budget or
#   when `mentor check` rejects the generated data; 2 bad usage.
#
# Environment: RUNS (default 7), KEEP=1 keeps the generated programs and
#   prints where they are.
set -u

usage() {
    echo "usage: bench/check.sh BUILD_DIR" >&2
    echo "  times BUILD_DIR/src/mentor check on 5,000- and 40,000-person programs" >&2
    exit 2
}
[ $# -eq 1 ] || usage
case "$1" in -h|--help) sed -n '2,25p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;; esac

build=$1
mentor=$build/src/mentor
gen=$build/bench/mentor-gen
runs=${RUNS:-7}
budget_ms=1000

if [ ! -x "$gen" ]; then
    echo "bench/check.sh: $gen is not built; nothing to measure."
    echo "  build it with: cmake --build $build --target mentor-gen"
    exit 0
fi
if [ ! -x "$mentor" ]; then
    echo "bench/check.sh: $mentor is not built; nothing to measure."
    echo "  build it with: cmake --build $build"
    exit 0
fi
case "$runs" in ''|*[!0-9]*|0) echo "bench/check.sh: RUNS must be a positive integer" >&2; exit 2 ;; esac

tmp=$(mktemp -d "${TMPDIR:-/tmp}/mentor-bench.XXXXXX") || exit 1
if [ "${KEEP:-0}" = 1 ]; then
    echo "generated programs kept in $tmp"
else
    trap 'rm -rf "$tmp"' EXIT
fi

now_ns() { date +%s%N; }
# Seconds with three decimals from nanoseconds.
secs() { printf '%d.%03d' $(($1 / 1000000000)) $(($1 / 1000000 % 1000)); }

status=0
rows=()
for people in 5000 40000; do
    dir=$tmp/p$people
    if ! "$gen" --people "$people" --seed 1 --out "$dir"; then
        echo "bench/check.sh: mentor-gen failed for $people people" >&2
        exit 1
    fi
    bytes=$(( $(wc -c <"$dir/roster.yaml") + $(wc -c <"$dir/program.toml") ))
    size=$(awk -v b="$bytes" 'BEGIN { printf "%.1f MB", b / 1048576 }')

    # Untimed first run: warms the cache and tells whether the data validates.
    "$mentor" -C "$dir" check >/dev/null 2>"$tmp/stderr"
    rc=$?
    note=""
    if [ $rc -ne 0 ]; then
        note="check exited $rc"
        status=1
        echo "warning: mentor check exited $rc on the $people-person program; first messages:" >&2
        head -n 5 "$tmp/stderr" >&2
    fi

    times=()
    for ((i = 0; i < runs; i++)); do
        t0=$(now_ns)
        "$mentor" -C "$dir" check >/dev/null 2>&1
        t1=$(now_ns)
        times+=($((t1 - t0)))
    done
    mapfile -t sorted < <(printf '%s\n' "${times[@]}" | sort -n)
    median=${sorted[$((runs / 2))]}
    if [ $((runs % 2)) -eq 0 ]; then
        median=$(( (sorted[runs / 2 - 1] + sorted[runs / 2]) / 2 ))
    fi
    min=${sorted[0]}
    max=${sorted[$((runs - 1))]}

    verdict="-"
    if [ "$people" -eq 5000 ]; then
        if [ $((median / 1000000)) -lt $budget_ms ]; then
            verdict="ok (< 1 s)"
        else
            verdict="OVER (< 1 s)"
            status=1
        fi
    fi
    [ -n "$note" ] && verdict="$verdict; $note"
    rows+=("$(printf '%7d  %9s  %9s  %7s  %7s  %s' "$people" "$size" "$(secs "$median")" "$(secs "$min")" "$(secs "$max")" "$verdict")")
done

echo "mentor check, $runs runs each ($mentor)"
printf '%7s  %9s  %9s  %7s  %7s  %s\n' people input "median s" "min s" "max s" budget
for row in "${rows[@]}"; do echo "$row"; done
echo "budget: 5,000 people under 1 s (median)"
exit $status

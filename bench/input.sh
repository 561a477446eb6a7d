#!/usr/bin/env bash
# bench/input.sh BUILD_DIR: inputs built to be slow, timed through `mentor check`.
#
# What it measures
#   The wall-clock time of `BUILD_DIR/src/mentor -C DIR check` on programs written into a
#   temporary directory (deleted afterwards) by Python (/usr/bin/python3), each RUNS times
#   (default 7), after one untimed run; each run parses the roster (the roster cache is removed
#   first):
#     - focus, one line:  one person whose `focus` flow list is 0.5 MB (42,000 entries, 7,000
#                         of them repeats), read by the fast roster reader
#     - focus, block:     the same list as a block list, one entry a line
#     - focus, wrapped:   the same list as a flow list over many lines, which only yaml-cpp
#                         reads: reported without a budget (yaml-cpp's scanner reads about
#                         2.5 MB/s, linearly; this measures it more than mentor)
#     - unknown refs:     5,000 people and 6,000 references (prefers, avoid, supervisor) to
#                         ids that are not in the roster, each with a near miss to suggest
#     - baseline:         the same 5,000 people without the unknown references
#   Before the duplicate check of a list was linear and "did you mean" was bounded, the
#   0.5 MB list took 18 s and the 6,000 unknown references 5.4 s.
#
# Budget: every case but focus-wrapped under 0.2 s (median).
#
# Exit status: 0 within budget, and also when mentor is not built (a message says so);
#   1 over budget; 2 bad usage.
#
# Environment: RUNS (default 7), KEEP=1 keeps the generated programs and prints where.
set -u

usage() {
    echo "usage: bench/input.sh BUILD_DIR" >&2
    exit 2
}
[ $# -eq 1 ] || usage
case "$1" in -h|--help) sed -n '2,25p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;; esac

mentor=$(realpath "$1/src/mentor" 2>/dev/null)
[ -x "$mentor" ] || { echo "bench/input.sh: $1/src/mentor is not built; build $1 first"; exit 0; }
runs=${RUNS:-7}
budget=0.2
tmp=$(mktemp -d)
if [ "${KEEP:-}" = 1 ]; then echo "programs kept in $tmp"; else trap 'rm -rf "$tmp"' EXIT; fi
export MENTOR_TODAY=2026-11-23
unset MENTOR_USER MENTOR_DIR

/usr/bin/python3 - "$tmp" <<'PY'
import os, sys
root = sys.argv[1]
program = '[program]\nid = "bench"\nname = "Bench"\n\n[term]\nstart = 2026-08-24\nend = 2027-06-11\n'

def write(name, roster):
    d = os.path.join(root, name)
    os.makedirs(d)
    open(os.path.join(d, "program.toml"), "w").write(program)
    open(os.path.join(d, "roster.yaml"), "w").write(roster)

areas = ["area-%05d" % (i % 35000) for i in range(42000)]
head = "people:\n  - id: amentee\n    name: A Mentee\n    roles: [mentee]\n"
write("focus-line", head + "    focus: [" + ", ".join(areas) + "]\n")
write("focus-block", head + "    focus:\n" + "".join("      - %s\n" % a for a in areas))
write("focus-wrapped", head + "    focus: [\n" + "".join("      %s,\n" % a for a in areas) + "    ]\n")

def people(unknown):
    out = ["people:\n"]
    n = 5000
    for i in range(n):
        out.append("  - id: t%04d\n    name: Teacher %d\n    roles: [%s]\n" % (i, i, "mentor" if i % 2 else "mentee"))
        if i % 2 == 1:
            out.append("    trained: 2026-08-01\n")
        if unknown:
            # 6,000 references in all: a near miss of an existing id (a typo to suggest for).
            refs = ["t%04dx" % ((i + k) % n) for k in range(1 if i % 5 else 2)]
            out.append("    avoid: [%s]\n" % ", ".join(refs))
    return "".join(out)
write("unknown-refs", people(True))
write("baseline", people(False))
PY

wall() { /usr/bin/time -f "%e" "$@" 2>&1 > /dev/null | tail -n 1; }
stats() { sort -n | awk '{ v[NR] = $1 } END { printf "%.3f %.3f %.3f", v[int((NR + 1) / 2)], v[1], v[NR] }'; }

over=0
printf 'mentor check on inputs built to be slow (%s runs each)\n' "$runs"
for case in focus-line focus-block focus-wrapped unknown-refs baseline; do
    dir=$tmp/$case
    "$mentor" -C "$dir" check > /dev/null 2>&1
    size=$(du -k "$dir/roster.yaml" | cut -f1)
    # Every run parses the roster: the cache a previous run left is removed first.
    read -r median lo hi < <(for _ in $(seq "$runs"); do
        wall sh -c 'rm -f "$1/.mentor/roster.cache" && exec "$2" -C "$1" check' sh "$dir" "$mentor"
    done | stats)
    verdict=$(awk -v m="$median" -v b="$budget" 'BEGIN { print (m < b) ? "ok" : "OVER" }')
    if [ "$case" = focus-wrapped ]; then
        verdict="no budget ($verdict)"
    elif [ "$verdict" != ok ]; then
        over=1
    fi
    printf '  %-14s %5s KB  median %6.3f s  (min %.3f, max %.3f)  budget < %s s: %s\n' \
        "$case" "$size" "$median" "$lo" "$hi" "$budget" "$verdict"
done
exit "$over"

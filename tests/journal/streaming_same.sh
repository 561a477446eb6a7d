#!/usr/bin/env bash
# The journal read a file at a time gives exactly what the whole read gives (entries, in order,
# and every problem, with and without the check cache), on the example's journal, on every
# prepared fixture the golden tests start from, on each golden test's program after its %setup,
# and on a generated bench journal (bench/gen_journal.py, 20,000 entries).
# Usage: streaming_same.sh JOURNAL_COMPARE MENTOR MENTOR_GEN EXAMPLES FIXTURES_DIR GOLDEN_DIR
set -eu
compare=$1 mentor=$2 gen=$3 examples=$4 fixtures=$5 goldens=$6
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export MENTOR_TODAY=2026-11-23 NO_COLOR=1
unset MENTOR_USER MENTOR_DIR
dirs=("$examples/school")
for f in "$fixtures"/*/; do [ -f "$f/program.toml" ] && dirs+=("${f%/}"); done
[ ${#dirs[@]} -gt 1 ] || { echo "no prepared fixtures in $fixtures"; exit 1; }
# Each golden test's program after its %setup and its %command (as run-golden.sh runs them, in
# the same environment): journals written by the goldens, and broken on purpose, among them.
. "$here/../cli/golden-env.sh"
golden_env "$mentor" "$tmp/home"
n=0
for t in "$goldens"/*/*.test; do
  example=$(sed -n 's/^%example  *//p' "$t" | head -n 1)
  example=${example:-school}
  # Only the goldens that start from a journal or may write or break one.
  if ! [ -d "$fixtures/$example/journal" ] && ! grep -qE 'journal|mentor log|mentor goal' "$t"; then continue; fi
  d=$tmp/golden$n
  n=$((n + 1))
  if [ -d "$fixtures/$example" ]; then
    cp -r "$fixtures/$example" "$d"
  elif [ -d "$examples/$example" ]; then
    cp -r "$examples/$example" "$d"
    rm -rf "$d/journal"
  else
    continue
  fi
  setup=$(awk '/^%setup/ { on = 1; next } /^%/ { on = 0 } on' "$t")
  command=$(awk '/^%command/ { on = 1; next } /^%/ { on = 0 } on' "$t")
  (cd "$d" && bash -e -c "$setup" && bash -c "$command") < /dev/null > /dev/null 2>&1 || true
  if [ -d "$d/journal" ]; then dirs+=("$d"); else rm -rf "$d"; fi
done
# A bench journal: a generated program, paired, with five years of generated entries.
"$gen" --people 600 --seed 3 --out "$tmp/bench" > /dev/null
"$mentor" -C "$tmp/bench" pair --today 2026-08-24 > /dev/null
/usr/bin/python3 "$here/../../bench/gen_journal.py" "$tmp/bench" 20000 "$tmp/ledger.dat" > /dev/null
dirs+=("$tmp/bench")
"$compare" "${dirs[@]}"
echo "compared ${#dirs[@]} programs"

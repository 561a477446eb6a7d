#!/usr/bin/env bash
# Two clones of a program each log 50 entries (25 for the same pair, 25 for other pairs, over
# two months, plus goal events), commit, and merge with a plain `git merge`: there must be no
# conflict, every one of the 100 entries must be there exactly once, on both sides of the merge,
# and `mentor check` must find no error.
#
#   git-merge.sh MENTOR_BINARY EXAMPLES_DIR
set -euo pipefail
bin=$(realpath "$1") examples=$(realpath "$2")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp/home" MENTOR_TODAY=2026-11-23 GIT_CONFIG_NOSYSTEM=1 LC_ALL=C.UTF-8
unset MENTOR_DIR MENTOR_USER VISUAL EDITOR
mkdir -p "$HOME"
git config --global user.name "Test"
git config --global user.email "test@example.org"
git config --global init.defaultBranch main
git config --global pull.rebase false
mentor() { "$bin" "$@"; }

cp -r "$examples/school" "$tmp/origin"
rm -rf "$tmp/origin/journal"  # start from no journal: the counts below are of what this test logs
cd "$tmp/origin"
mentor pair --today 2026-08-24 > /dev/null
mentor goal add asmith --as pshah --id exit-tickets --date 2026-09-15 --what "Exit tickets" \
  --measure "share at mastery" --baseline 40 --target 80 --due 2027-03-15 > /dev/null
git init -q . && git add -A && git commit -qm "program"
git clone -q "$tmp/origin" "$tmp/a"
git clone -q "$tmp/origin" "$tmp/b"

# Each clone: 25 entries for pshah/asmith, 25 for its own pairs, in October and November,
# and two progress events on the same goal.
log_side() {
  local side=$1 other_mentor=$2 other_mentee=$3
  cd "$tmp/$side"
  for i in $(seq 1 25); do
    day=$(printf '2026-%02d-%02d' $((10 + i % 2)) $(( (i % 20) + 1 )))
    mentor log asmith --as pshah --date "$day" --minutes $((20 + i)) -m "$side: pshah/asmith entry $i" > /dev/null
    mentor log "$other_mentee" --as "$other_mentor" --date "$day" --kind note -m "$side: other pair entry $i" > /dev/null
  done
  mentor goal progress exit-tickets $((50 + ${#side})) --as pshah --date 2026-11-0$((${#side} + 1)) -m "$side progress" > /dev/null
  git add -A && git commit -qm "$side: 50 entries"
}
log_side a cwhite aclark
log_side b zlambert ddavis

cd "$tmp/a"
git pull -q --no-edit "$tmp/b" main
if git ls-files -u | grep -q .; then echo "FAIL: merge left conflicts"; git status; exit 1; fi
ids=$(mentor journal --format csv | tail -n +2 | cut -d, -f1)
total=$(printf '%s\n' "$ids" | wc -l)
unique=$(printf '%s\n' "$ids" | sort -u | wc -l)
logged=$(mentor journal --format csv --kind check-in,note | tail -n +2 | wc -l)
[ "$logged" = 100 ] || { echo "FAIL: expected 100 logged entries after the merge, found $logged"; exit 1; }
[ "$total" = "$unique" ] || { echo "FAIL: $((total - unique)) duplicated ids"; exit 1; }
for side in a b; do
  for i in $(seq 1 25); do
    for what in "pshah/asmith entry $i" "other pair entry $i"; do
      n=$(cat journal/*.journal | grep -cF "text=\"$side: $what\"" || true)
      [ "$n" = 1 ] || { echo "FAIL: '$side: $what' appears $n times"; exit 1; }
    done
  done
done
progress=$(mentor goal show exit-tickets --format json | grep -c '"kind": "goal-progress"')
[ "$progress" = 2 ] || { echo "FAIL: expected 2 progress events, found $progress"; exit 1; }
mentor check -q || { echo "FAIL: mentor check found errors after the merge"; exit 1; }

# The other direction gives the same entries.
cd "$tmp/b"
git pull -q --no-edit "$tmp/a" main
if git ls-files -u | grep -q .; then echo "FAIL: merge in b left conflicts"; exit 1; fi
diff <(cd "$tmp/a" && mentor journal --format csv --as pshah | sort) <(mentor journal --format csv --as pshah | sort) ||
  { echo "FAIL: the two merges hold different entries"; exit 1; }
mentor check -q
echo "ok: 100 entries on two clones merged without conflict, each once; check clean"

#!/usr/bin/env bash
# Sealed private notes with real processes, real keys and a real git:
#  1. three users, each with their own key directory: a private note the mentor writes opens
#     for the mentor and the mentee, not for a third user (another mentor) nor the coordinator,
#     and grep over the repository and `git log -p` never find it;
#  2. two clones log sealed notes at the same time, commit and merge with a plain `git merge`:
#     no conflict, and both readers open every note on both sides;
#  3. one byte changed in one sealed entry: a located error for that entry, the rest readable.
#
#   sealed.sh MENTOR_BINARY EXAMPLES_DIR
set -uo pipefail
bin=$(realpath "$1") examples=$(realpath "$2")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp/home" MENTOR_TODAY=2026-11-23 GIT_CONFIG_NOSYSTEM=1 LC_ALL=C.UTF-8 NO_COLOR=1
unset MENTOR_DIR MENTOR_USER VISUAL EDITOR XDG_DATA_HOME
mkdir -p "$HOME"
fail() { echo "FAIL: $*"; exit 1; }
git config --global user.name "Test"
git config --global user.email "test@example.org"
git config --global init.defaultBranch main
git config --global pull.rebase false
# as USER COMMAND...: mentor run by USER, with USER's own key directory.
as() { local u=$1; shift; MENTOR_USER=$u XDG_DATA_HOME="$tmp/data-$u" "$bin" "$@"; }

cp -r "$examples/school" "$tmp/origin"
rm -rf "$tmp/origin/journal"
cd "$tmp/origin"
"$bin" pair --today 2026-08-24 > /dev/null || fail "pair"
for u in pshah asmith cwhite kbrennan; do as "$u" key init > /dev/null || fail "key init $u"; done
for u in pshah asmith cwhite kbrennan; do
  [ "$(stat -c %a "$tmp/data-$u/mentor/$u.key")" = 600 ] || fail "$u's secret key is not mode 0600"
  [ -f "keys/$u.pub" ] || fail "no keys/$u.pub"
done
git init -q . && git add -A && git commit -qm "program and keys"
if git ls-files | grep -q '\.key$'; then fail "a secret key is in the repository"; fi

# 1. The rule, for three users and the coordinator.
phrase="SEALED-5b1e-mentor-only"
as pshah log asmith --private --date 2026-11-17 -m "Check-in: $phrase" > "$tmp/out" || fail "log"
grep -q "private, sealed" "$tmp/out" || fail "the note was not sealed: $(cat "$tmp/out")"
git add -A && git commit -qm "a sealed note"
as pshah journal > "$tmp/pshah" || fail "journal as pshah"
grep -q "$phrase" "$tmp/pshah" || fail "the mentor cannot read their own note"
as asmith journal > "$tmp/asmith" || fail "journal as asmith"
grep -q "$phrase" "$tmp/asmith" || fail "the mentee cannot read the note"
for u in cwhite kbrennan; do
  as "$u" journal > "$tmp/$u" || fail "journal as $u"
  grep -q "$phrase" "$tmp/$u" && fail "$u reads a note sealed to pshah and asmith"
  grep -q "(private text)" "$tmp/$u" || fail "$u does not see (private text)"
  # Naming a reader gives nothing without their key.
  as "$u" journal --as asmith > "$tmp/$u-as" 2> "$tmp/$u-as.err" || fail "journal --as asmith by $u"
  grep -q "$phrase" "$tmp/$u-as" && fail "$u reads the note by naming asmith"
done
grep -rq "$phrase" . && fail "grep over the repository finds the note"
git log -p --all | grep -q "$phrase" && fail "git log -p shows the note"

# 2. Two clones log sealed notes at once and merge.
git clone -q "$tmp/origin" "$tmp/a"
git clone -q "$tmp/origin" "$tmp/b"
side() {
  cd "$tmp/$1"
  for i in $(seq 1 10); do
    day=$(printf '2026-11-%02d' $((i + 1)))
    as pshah log asmith --private --date "$day" -m "$1 mentor note $i" > /dev/null || return 1
    as asmith log pshah --private --date "$day" --kind note -m "$1 mentee note $i" > /dev/null || return 1
  done
  git add -A && git commit -qm "$1: sealed notes"
}
side a & pa=$!
side b & pb=$!
wait $pa || fail "logging on clone a"
wait $pb || fail "logging on clone b"
cd "$tmp/a"
git pull -q --no-edit "$tmp/b" main || fail "git pull"
git ls-files -u | grep -q . && fail "the merge left conflicts"
"$bin" check > /dev/null 2>&1 || fail "mentor check after the merge: $("$bin" check 2>&1 | head -5)"
for u in pshah asmith; do
  as "$u" journal > "$tmp/merged-$u" 2> "$tmp/merged-$u.err" || fail "journal as $u after the merge"
  [ -s "$tmp/merged-$u.err" ] && fail "journal as $u after the merge: $(cat "$tmp/merged-$u.err")"
  for s in a b; do
    for i in $(seq 1 10); do
      for who in mentor mentee; do
        grep -qx "    $s $who note $i" "$tmp/merged-$u" || fail "$u cannot read '$s $who note $i' after the merge"
      done
    done
  done
  grep -q "(private text)" "$tmp/merged-$u" && fail "$u sees (private text) after the merge"
done
grep -rq "mentor note" journal && fail "a note is in the files in plain text"

# 3. One byte changed in one sealed entry.
cd "$tmp/origin"
file=$(grep -l "sealed=" journal/*.journal | head -1)
as pshah log asmith --private --date 2026-11-18 -m "A second note" > /dev/null || fail "log"
line=$(grep -n "sealed=" "$file" | head -1 | cut -d: -f1)
# The 20th character of the sealed text, swapped for another base64 character.
/usr/bin/python3 - "$file" "$line" <<'PY'
import sys
path, n = sys.argv[1], int(sys.argv[2])
lines = open(path).read().split("\n")
s = lines[n - 1]
at = s.index("sealed=") + len("sealed=") + 20
lines[n - 1] = s[:at] + ("B" if s[at] != "B" else "C") + s[at + 1:]
open(path, "w").write("\n".join(lines))
PY
as pshah journal > "$tmp/tampered" 2> "$tmp/tampered.err"
status=$?
[ "$status" = 1 ] || fail "a tampered entry: exit $status, not 1"
grep -qE "^journal/2026-11\.journal:$line:[0-9]+: error: entry [a-z0-9]+: the sealed text does not verify" "$tmp/tampered.err" ||
  fail "no located error for the tampered entry: $(cat "$tmp/tampered.err")"
grep -q "A second note" "$tmp/tampered" || fail "the other entries are no longer readable"
# Changing a clear field breaks the seal too: the minutes of the second note.
git checkout -q -- journal
as pshah log asmith --private --date 2026-11-19 --minutes 30 -m "Third" > /dev/null || fail "log"
sed -i 's/ minutes=30 / minutes=45 /' journal/2026-11.journal
as asmith journal > "$tmp/field" 2> "$tmp/field.err" && fail "a changed field went unnoticed"
grep -q "does not verify" "$tmp/field.err" || fail "a changed field: $(cat "$tmp/field.err")"
echo "ok: sealed for the pair only, merged from two clones, tampering located"

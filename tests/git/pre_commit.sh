#!/usr/bin/env bash
# git habits with a real git:
#  1. `mentor init` starts a repository outside one, and not inside one (no nested .git);
#  2. `mentor hook install` writes the pre-commit hook of the repository holding the program
#     (here a subdirectory of it), keeps it on a second run, refuses another hook without --force;
#  3. the hook checks the STAGED program: a broken roster in the work tree that is not staged
#     does not stop a commit; a broken roster that is staged does, with its FILE:LINE:COL; fixing
#     the work tree without staging the fix still does.
#   pre_commit.sh MENTOR_BINARY EXAMPLES_DIR
set -uo pipefail
bin=$(realpath "$1") examples=$(realpath "$2")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp/home" MENTOR_TODAY=2026-11-23 LC_ALL=C.UTF-8 NO_COLOR=1 TERM=dumb
unset MENTOR_DIR MENTOR_USER VISUAL EDITOR XDG_CONFIG_HOME MENTOR
export GIT_CONFIG_NOSYSTEM=1 GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.org GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.org
mkdir -p "$HOME" "$tmp/bin"
git config --global init.defaultBranch main
ln -s "$bin" "$tmp/bin/mentor"
export PATH="$tmp/bin:$PATH"
status=0
fail() { echo "FAIL: $*"; status=1; }

# 1. init and git
cd "$tmp" || exit 1
mentor init fresh > out.txt 2>&1 || fail "init fresh: $(cat out.txt)"
grep -qx "started  a git repository in fresh (git init)" out.txt || fail "init did not say it started a repository: $(cat out.txt)"
git -C fresh rev-parse --is-inside-work-tree > /dev/null 2>&1 || fail "init did not start a repository in fresh"
mentor init fresh/inner > out.txt 2>&1 || fail "init fresh/inner: $(cat out.txt)"
[ -e fresh/inner/.git ] && fail "init started a repository inside a repository"
grep -q "git init" out.txt && fail "init inside a repository mentions git init: $(cat out.txt)"
mentor init --no-git plain > /dev/null 2>&1 || fail "init --no-git"
[ -e plain/.git ] && fail "init --no-git started a repository"

# 2. install
mkdir repo && cd repo && git init -q . || exit 1
cp -r "$examples/school" school && rm -rf school/journal
out=$(mentor -C school hook install 2>&1) || fail "hook install: $out"
[ "$out" = "installed $tmp/repo/.git/hooks/pre-commit" ] || fail "hook install said: $out"
[ -x .git/hooks/pre-commit ] || fail "the hook is not executable"
out=$(mentor -C school hook install 2>&1) || fail "second hook install: $out"
grep -q "^kept" <<< "$out" || fail "second install did not keep the hook: $out"
git add -A && git commit -q -m "the program" > "$tmp/commit.log" 2>&1 || fail "a clean program does not commit: $(cat "$tmp/commit.log")"

# 3. staged, not work tree
cp school/roster.yaml "$tmp/roster.good"
printf '  - id: Bad Id\n    name: x\n' >> school/roster.yaml
echo "notes" > notes.txt && git add notes.txt
git commit -q -m "unrelated, with a broken roster unstaged" > "$tmp/commit.log" 2>&1 \
  || fail "a broken roster that is not staged stopped a commit: $(cat "$tmp/commit.log")"
git add school/roster.yaml
if git commit -q -m "broken roster staged" > "$tmp/commit.log" 2>&1; then
  fail "a staged broken roster was committed"
else
  grep -q "^roster.yaml:[0-9]*:[0-9]*: error:" "$tmp/commit.log" || fail "the hook did not show check's error: $(cat "$tmp/commit.log")"
  grep -q "does not pass 'mentor check'" "$tmp/commit.log" || fail "the hook did not say why the commit stopped"
fi
cp "$tmp/roster.good" school/roster.yaml && echo "# checked" >> school/roster.yaml
git commit -q -m "fixed only in the work tree" > "$tmp/commit.log" 2>&1 && fail "an unstaged fix let a staged broken roster through"
git add school/roster.yaml
git commit -q -m "fixed and staged" > "$tmp/commit.log" 2>&1 || fail "a staged fix does not commit: $(cat "$tmp/commit.log")"

# another hook is kept unless --force
printf '#!/bin/sh\nexit 0\n' > .git/hooks/pre-commit
out=$(mentor -C school hook install 2>&1) && fail "install replaced another hook without --force"
grep -q "is another pre-commit hook" <<< "$out" || fail "install did not say why: $out"
mentor -C school hook install --force > /dev/null 2>&1 || fail "install --force"
grep -q "mentor check" .git/hooks/pre-commit || fail "--force did not write mentor's hook"

[ $status = 0 ] && echo "git: init starts a repository; the hook checks the staged program"
exit $status

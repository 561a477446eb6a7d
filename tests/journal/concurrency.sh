#!/usr/bin/env bash
# No lost note:
#  1. 20 `mentor log` processes started at once for the same pair all land, whole, once each.
#  2. Writers killed with SIGKILL at random moments (while others keep writing, on a journal
#     file of a few megabytes so that a write takes a while) never leave half an entry or a
#     truncated file: after each round the journal parses cleanly, every writer that reported
#     success has its entry, and no entry is there twice.
#
#   concurrency.sh MENTOR_BINARY EXAMPLES_DIR
set -uo pipefail
bin=$(realpath "$1") examples=$(realpath "$2")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp/home" MENTOR_TODAY=2026-11-23 LC_ALL=C.UTF-8
unset MENTOR_DIR MENTOR_USER VISUAL EDITOR
mkdir -p "$HOME"
fail() { echo "FAIL: $*"; exit 1; }

cp -r "$examples/school" "$tmp/p"
rm -rf "$tmp/p/journal"  # start from no journal: the counts below are of what this test logs
cd "$tmp/p"
"$bin" pair --today 2026-08-24 > /dev/null || fail "pair"

# 1. Twenty at once.
for i in $(seq 1 20); do
  "$bin" log asmith --as pshah -m "parallel note $i" > "$tmp/out.$i" 2>&1 &
done
wait
for i in $(seq 1 20); do
  grep -q '^logged check-in' "$tmp/out.$i" || fail "writer $i: $(cat "$tmp/out.$i")"
  n=$(grep -cF "text=\"parallel note $i\"" journal/2026-11.journal)
  [ "$n" = 1 ] || fail "parallel note $i is there $n times"
done
lines=$(grep -vc '^#' journal/2026-11.journal)
[ "$lines" = 20 ] || fail "expected 20 entries, found $lines"
"$bin" check -q || fail "check after the parallel writers"
echo "ok: 20 parallel writers, 20 whole entries"

# 2. Kill writers at random moments. A 3 MB month file makes each write take long enough
# for some kills to land mid-write.
{
  echo "# mentor journal v1"
  for i in $(seq 1 15000); do
    printf '2026-10-%02d fill%06d note by=pshah mentor=pshah mentee=asmith minutes=10 visibility=private text="%s"\n' \
      $(( i % 28 + 1 )) "$i" "filler entry number $i, long enough to make the file a few megabytes in all: ................................................................................................................................................"
  done
} > journal/2026-10.journal
before=$(grep -vc '^#' journal/2026-10.journal)
long=$(head -c 20000 /dev/zero | tr '\0' 'x')
declare -A landed=()
killed=0 finished=0
for round in $(seq 1 30); do
  pids=()
  for w in 1 2 3; do
    tag="kill-$round-$w"
    "$bin" log asmith --as pshah --date 2026-10-15 -m "$tag $long" > "$tmp/$tag.out" 2>&1 &
    pids+=($!)
  done
  sleep "0.0$(( RANDOM % 9 ))$(( RANDOM % 10 ))"
  victim=${pids[$(( RANDOM % 3 ))]}
  kill -9 "$victim" 2> /dev/null && killed=$((killed + 1))
  for p in "${pids[@]}"; do wait "$p" 2> /dev/null; done
  for w in 1 2 3; do
    tag="kill-$round-$w"
    if grep -q '^logged' "$tmp/$tag.out"; then landed[$tag]=1; finished=$((finished + 1)); fi
  done
  # The file is whole after every round: it ends with a newline, every line parses.
  [ "$(tail -c 1 journal/2026-10.journal | od -An -c | tr -d ' ')" = '\n' ] || fail "round $round: the file does not end with a newline"
  "$bin" check -q > "$tmp/check.out" 2>&1 || { cat "$tmp/check.out"; fail "round $round: check found errors"; }
done
for tag in "${!landed[@]}"; do
  n=$(grep -c "text=\"$tag " journal/2026-10.journal)
  [ "$n" = 1 ] || fail "$tag reported success but is there $n times"
done
after=$(grep -vc '^#' journal/2026-10.journal)
extra=$((after - before))
# A writer killed after its rename but before it printed is there without having said so.
[ "$extra" -ge "$finished" ] && [ "$extra" -le $((finished + killed)) ] ||
  fail "$extra new entries for $finished successful and $killed killed writers"
dups=$(grep -v '^#' journal/2026-10.journal | cut -d' ' -f2 | sort | uniq -d | wc -l)
[ "$dups" = 0 ] || fail "$dups ids appear twice"
leftover=$(find journal -name '.*.tmp-*' | wc -l)
"$bin" log asmith --as pshah --date 2026-10-16 -m "after the storm" > /dev/null || fail "log after the kills"
[ "$(find journal -name '.*.tmp-*' | wc -l)" = 0 ] || fail "temporary files left after a later log"
echo "ok: $killed writers killed, $finished finished, $extra entries added, none torn or doubled ($leftover temporary files cleaned up)"

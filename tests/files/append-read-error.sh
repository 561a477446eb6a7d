#!/usr/bin/env bash
# A read error while `mentor log` copies the month's journal never replaces it with a shorter
# copy. strace makes the in-kernel copy unavailable (copy_file_range fails with EXDEV, as across
# file systems) so that the buffer fallback runs, and makes its reads of the journal fail
# (EIO): the command must fail with status 4, the journal must be byte for byte as before, and
# no temporary file may be left.
# Skipped (77) without strace or ptrace; see strace-setup.sh.
#
#   append-read-error.sh MENTOR_BINARY EXAMPLES_DIR
set -uo pipefail
bin=$(realpath "$1") examples=$(realpath "$2")
. "$(dirname "$0")/strace-setup.sh"

cp -r "$examples/school" "$tmp/p"
cd "$tmp/p" || exit 1
"$bin" pair --today 2026-08-24 > /dev/null || fail "pair"
for d in 02 03 04 05 06 09 10; do
  "$bin" log asmith --as pshah --date "2026-11-$d" -m "Check-in of November $d." > /dev/null || fail "log"
done
journal=journal/2026-11.journal
before=$(sha256sum "$journal")

# The fallback alone (no injected read error) appends as usual: the control.
cp "$journal" "$tmp/control.journal"
entries=$(grep -c '^2026-11' "$journal")
strace -f -o /dev/null -P "$journal" -e trace=copy_file_range -e inject=copy_file_range:error=EXDEV \
  "$bin" log asmith --as pshah --date 2026-11-11 -m "Through the fallback." > /dev/null 2>&1 || fail "log through the fallback"
[ "$(grep -c '^2026-11' "$journal")" -eq $((entries + 1)) ] || fail "the fallback did not append exactly one entry"
cmp -s <(head -c "$(stat -c %s "$tmp/control.journal")" "$journal") "$tmp/control.journal" || fail "the fallback changed old lines"
cp "$tmp/control.journal" "$journal"

strace -f -o /dev/null -P "$journal" -e trace=copy_file_range,read \
  -e inject=copy_file_range:error=EXDEV -e inject=read:error=EIO \
  "$bin" log asmith --as pshah --date 2026-11-12 -m "Must not cost the others." > "$tmp/out" 2> "$tmp/err"
status=$?
[ "$status" -eq 4 ] || fail "log exited $status, not 4, on a read error: $(cat "$tmp/err")"
grep -q "cannot read .*2026-11.journal: Input/output error" "$tmp/err" || fail "the error does not name the journal: $(cat "$tmp/err")"
[ "$(sha256sum "$journal")" = "$before" ] || fail "the journal changed after a read error"
left=$(find . -name '.*.tmp-*')
[ -z "$left" ] || fail "temporary files left: $left"
echo "ok: a read error during the append fallback fails (status 4) and leaves the journal whole"

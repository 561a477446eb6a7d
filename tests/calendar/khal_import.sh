#!/usr/bin/env bash
# Imports exported calendars into a real calendar client, khal (Debian's package), with its
# own config and vdir in a temp dir:
#   1. the program's calendar: one event per meeting that `mentor meetings --all` lists;
#   2. after a change (a holiday added, so meetings move and some are cancelled), the new
#      export imported over the old one: events are updated, not duplicated (one per UID,
#      the moved meeting at its new time, the cancelled one marked CANCELLED).
#
#   khal_import.sh MENTOR_BINARY EXAMPLES_DIR
set -u
bin=$(realpath "$1") examples=$(realpath "$2")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export NO_COLOR=1 MENTOR_TODAY=2026-08-24 HOME="$tmp/home" LC_ALL=C.UTF-8 TZ=America/Chicago
unset MENTOR_DIR
mkdir -p "$HOME" "$tmp/vdir/mentor"
status=0
fail() { echo "FAIL: $*"; status=1; }

cp -r "$examples/school" "$tmp/school"
cd "$tmp/school" || exit 2
"$bin" pair > /dev/null && "$bin" schedule > /dev/null || { echo "FAIL: mentor pair/schedule"; exit 1; }

cat > "$tmp/khal.conf" <<CONF
[calendars]
[[mentor]]
path = $tmp/vdir/mentor
type = calendar
[locale]
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
local_timezone = America/Chicago
default_timezone = America/Chicago
[default]
default_calendar = mentor
[sqlite]
path = $tmp/khal.db
CONF
khal() { command khal -c "$tmp/khal.conf" "$@"; }
count_events() { find "$tmp/vdir/mentor" -name '*.ics' | wc -l; }

"$bin" calendar -o first.ics > /dev/null || fail "mentor calendar"
expected=$("$bin" meetings --all --format csv | tail -n +2 | wc -l)
khal import --batch first.ics > "$tmp/import1.log" 2>&1 || { fail "khal import"; cat "$tmp/import1.log"; }
got=$(count_events)
[ "$got" = "$expected" ] || fail "first import: $got events in khal, expected $expected"
khal list 2026-11-24 2026-11-24 > "$tmp/list1" 2>&1 || fail "khal list"
grep -q "Mentoring meeting: Carol White with Aisha Clark" "$tmp/list1" || { fail "khal does not list cwhite/aclark on 2026-11-24"; cat "$tmp/list1"; }

# A holiday on Tuesday 2026-12-01, scheduled on 2026-11-23: that day's meetings move or go.
sed -i 's/^  2026-11-26,   # Thanksgiving/&\n  2026-12-01,/' program.toml
MENTOR_TODAY=2026-11-23 "$bin" schedule --format json > "$tmp/schedule2.json" || fail "second mentor schedule"
# uid and new DTSTART of the first moved meeting
read -r moved_uid moved_start < <(/usr/bin/python3 -c '
import json, sys
c = next(c for c in json.load(open(sys.argv[1]))["changes"] if c["change"] == "moved")
start = c["after"]["start"].replace("-", "").replace(":", "")
print("+".join(["lincoln-induction", c["mentee"], c["mentor"], c["kind"], c["key"]]) + "@mentor", start)
' "$tmp/schedule2.json")
[ -n "${moved_uid:-}" ] || fail "the change moved nothing"
"$bin" calendar -o second.ics > /dev/null || fail "second mentor calendar"
khal import --batch second.ics > "$tmp/import2.log" 2>&1 || { fail "second khal import"; cat "$tmp/import2.log"; }
uids=$(cat first.ics second.ics | tr -d '\r' | grep '^UID:' | sort -u | wc -l)
got=$(count_events)
[ "$got" = "$uids" ] || fail "after the second import: $got events in khal, expected $uids (one per UID)"

# The moved meeting is at its new time in khal; the cancelled one is marked so.
file=$(grep -l "^UID:$moved_uid" "$tmp"/vdir/mentor/*.ics | head -n 1)
[ -n "$file" ] && grep -q "^DTSTART;TZID=America/Chicago[^:]*:$moved_start" "$file" ||
  fail "the moved meeting $moved_uid is not at $moved_start in khal"
cancelled_uid=$("$bin" meetings --all --format json --from 2026-12-01 --to 2026-12-01 |
  /usr/bin/python3 -c 'import json,sys; print(next(m["uid"] for m in json.load(sys.stdin) if m["cancelled"]))')
file=$(grep -l "^UID:$cancelled_uid" "$tmp"/vdir/mentor/*.ics | head -n 1)
[ -n "$file" ] && grep -q "STATUS:CANCELLED" "$file" || fail "the cancelled meeting $cancelled_uid is not CANCELLED in khal"
khal list 2026-12-01 2026-12-01 > "$tmp/list2" 2>&1
grep "Carol White with Aisha Clark" "$tmp/list2" | grep -qv CANCELLED && fail "cwhite/aclark still meets on the new holiday: $(cat "$tmp/list2")"
[ $status = 0 ] && echo "khal imported $expected events, then updated them in place ($got after the second import, one per UID)"
exit $status

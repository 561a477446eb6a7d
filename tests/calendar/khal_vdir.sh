#!/usr/bin/env bash
# `mentor calendar --vdir DIR` writes a calendar that khal (Debian's package) reads in place as
# a vdir (`type = calendar`, path = DIR), with no import:
#   1. every meeting `mentor meetings --all` lists is an event `khal list` shows;
#   2. a second run changes no byte (each file's mtime kept);
#   3. after a change (a holiday added: meetings move, some are cancelled), the files are
#      updated in place: one per UID, the moved meeting at its new time, the cancelled one
#      CANCELLED; a file mentor did not write is left alone;
#   4. `--person` narrows the vdir: the other people's event files are removed.
#
#   khal_vdir.sh MENTOR_BINARY EXAMPLES_DIR
set -u
bin=$(realpath "$1") examples=$(realpath "$2")
if ! command -v khal > /dev/null; then
  [ "${MENTOR_REQUIRE_TOOLS:-0}" = 1 ] && { echo "FAIL: khal is not installed"; exit 1; }
  echo "SKIP: khal is not installed"; exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export NO_COLOR=1 MENTOR_TODAY=2026-08-24 HOME="$tmp/home" LC_ALL=C.UTF-8 TZ=America/Chicago
unset MENTOR_DIR
mkdir -p "$HOME"
status=0
fail() { echo "FAIL: $*"; status=1; }

cp -r "$examples/school" "$tmp/school"
cd "$tmp/school" || exit 2
"$bin" pair > /dev/null && "$bin" schedule > /dev/null || { echo "FAIL: mentor pair/schedule"; exit 1; }
vdir=$tmp/vdir/mentor

cat > "$tmp/khal.conf" <<CONF
[calendars]
[[mentor]]
path = $vdir
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
count_files() { find "$vdir" -name '*@mentor.ics' | wc -l; }

"$bin" calendar --vdir "$vdir" > /dev/null || fail "mentor calendar --vdir"
expected=$("$bin" meetings --all --format csv | tail -n +2 | wc -l)
[ "$(count_files)" = "$expected" ] || fail "$(count_files) files in the vdir, expected $expected"
# Each file is one VCALENDAR with one VEVENT, named by its UID.
for f in $(find "$vdir" -name '*.ics' | head -n 50); do
  [ "$(tr -d '\r' < "$f" | grep -c '^BEGIN:VEVENT')" = 1 ] || fail "$(basename "$f") does not hold one event"
  uid=$(tr -d '\r' < "$f" | sed -n 's/^UID://p')
  [ "$(basename "$f")" = "$uid.ics" ] || fail "$(basename "$f") is not named by its UID $uid"
done
khal list 2026-11-24 2026-11-24 > "$tmp/list1" 2>&1 || fail "khal list"
grep -q "Mentoring meeting: Carol White with Aisha Clark" "$tmp/list1" || { fail "khal does not list cwhite/aclark on 2026-11-24"; cat "$tmp/list1"; }
listed=$(khal list --format '{uid}' 2026-08-01 2027-07-31 2>/dev/null | grep -c '@mentor$')
[ "$listed" = "$expected" ] || fail "khal lists $listed events over the year, expected $expected"

# A second run writes nothing.
find "$vdir" -name '*.ics' -exec touch -d 2020-01-01 {} +
"$bin" calendar --vdir "$vdir" > "$tmp/second" || fail "second mentor calendar --vdir"
grep -q ": 0 written, $expected unchanged, 0 removed" "$tmp/second" || fail "second run: $(cat "$tmp/second")"
[ -z "$(find "$vdir" -name '*.ics' -newermt 2021-01-01)" ] || fail "a second run rewrote files"

# A holiday on Tuesday 2026-12-01, scheduled on 2026-11-23: that day's meetings move or go.
printf 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//other//EN\r\nBEGIN:VEVENT\r\nUID:mine@example.org\r\nDTSTAMP:20261101T000000Z\r\nDTSTART:20261201T150000Z\r\nSUMMARY:Dentist\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n' > "$vdir/mine@example.org.ics"
sed -i 's/^  2026-11-26,   # Thanksgiving/&\n  2026-12-01,/' program.toml
MENTOR_TODAY=2026-11-23 "$bin" schedule --format json > "$tmp/schedule2.json" || fail "second mentor schedule"
read -r moved_uid moved_start < <(/usr/bin/python3 -c '
import json, sys
c = next(c for c in json.load(open(sys.argv[1]))["changes"] if c["change"] == "moved")
start = c["after"]["start"].replace("-", "").replace(":", "")
print("+".join(["lincoln-induction", c["mentee"], c["mentor"], c["kind"], c["key"]]) + "@mentor", start)
' "$tmp/schedule2.json")
[ -n "${moved_uid:-}" ] || fail "the change moved nothing"
MENTOR_TODAY=2026-11-23 "$bin" calendar --vdir "$vdir" > /dev/null || fail "third mentor calendar --vdir"
uids=$(MENTOR_TODAY=2026-11-23 "$bin" meetings --all --format csv | tail -n +2 | wc -l)
[ "$(count_files)" = "$uids" ] || fail "after the change: $(count_files) files, expected $uids"
grep -q "^DTSTART;TZID=America/Chicago[^:]*:$moved_start" "$vdir/$moved_uid.ics" ||
  fail "the moved meeting $moved_uid is not at $moved_start"
cancelled_uid=$(MENTOR_TODAY=2026-11-23 "$bin" meetings --all --format json --from 2026-12-01 --to 2026-12-01 |
  /usr/bin/python3 -c 'import json,sys; print(next(m["uid"] for m in json.load(sys.stdin) if m["cancelled"]))')
grep -q "STATUS:CANCELLED" "$vdir/$cancelled_uid.ics" || fail "the cancelled meeting $cancelled_uid is not CANCELLED"
[ -f "$vdir/mine@example.org.ics" ] || fail "a file mentor did not write was removed"
khal list 2026-12-01 2026-12-01 > "$tmp/list2" 2>&1
grep -q "Dentist" "$tmp/list2" || fail "khal does not list the other event: $(cat "$tmp/list2")"
grep "Carol White with Aisha Clark" "$tmp/list2" | grep -qv CANCELLED && fail "cwhite/aclark still meets on the new holiday"

# --person: only asmith's events stay.
MENTOR_TODAY=2026-11-23 "$bin" calendar --vdir "$vdir" --person asmith > /dev/null || fail "mentor calendar --vdir --person"
theirs=$(MENTOR_TODAY=2026-11-23 "$bin" meetings --all --person asmith --format csv | tail -n +2 | wc -l)
[ "$(count_files)" = "$theirs" ] || fail "--person asmith: $(count_files) files, expected $theirs"
[ "$(find "$vdir" -name '*@mentor.ics' | grep -vc '+asmith+')" = 0 ] || fail "--person asmith left other people's events"
[ $status = 0 ] && echo "khal read a vdir of $expected events; updates kept one file per UID ($uids), --person left $theirs"
exit $status

#!/usr/bin/python3
"""`mentor remind --format mail --attach-calendar` read back by Python's own mail and calendar
packages (mailbox, email with policy.default, python3-icalendar):

- a person with coming meetings gets multipart/mixed: the text part first, with the very body
  of the plain message, then text/calendar; method=PUBLISH named mentor-ID.ics, base64 in
  lines of 76 characters; the boundary appears in no part;
- the attachment parses with icalendar, and its events are those `mentor meetings --person ID
  --format json` lists for the reminder's window (UIDs and DTSTARTs), each one the very event
  `mentor calendar --person ID` writes;
- a person with no coming meetings gets the plain message, byte for byte;
- a name with quotes, an apostrophe and non-ASCII letters decodes exactly, in the To header
  and in the calendar's name;
- a second run gives the same bytes; --dry-run records nothing.

Without python3-icalendar it is skipped (77), or fails when MENTOR_REQUIRE_TOOLS=1.

    mail_calendar.py MENTOR_BINARY EXAMPLES_DIR
"""
import base64
import datetime as dt
import email
import email.policy
import json
import mailbox
import os
import shutil
import subprocess
import sys
import tempfile

try:
    import icalendar
except ImportError:
    if os.environ.get("MENTOR_REQUIRE_TOOLS") == "1":
        print("FAIL: python3-icalendar is not installed, and MENTOR_REQUIRE_TOOLS=1 requires it")
        sys.exit(1)
    print("skip: python3-icalendar is not installed")
    sys.exit(77)

TODAY = dt.date(2026, 11, 23)
DAYS = 7
HOSTILE = 'Zoë "Z" O\'Brien-Ñúñez'


def split_mbox(tmp, raw, name):
    path = os.path.join(tmp, name)
    with open(path, "wb") as f:
        f.write(raw)
    box = mailbox.mbox(path)
    return [m.as_bytes() for m in box]


def events_of(cal):
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}


def main():
    binary, examples = os.path.realpath(sys.argv[1]), os.path.realpath(sys.argv[2])
    tmp = tempfile.mkdtemp()
    try:
        prog = os.path.join(tmp, "p")
        shutil.copytree(os.path.join(examples, "school"), prog)
        env = dict(os.environ, HOME=tmp, LC_ALL="C.UTF-8", MENTOR_TODAY=TODAY.isoformat())
        for k in ("MENTOR_DIR", "MENTOR_USER"):
            env.pop(k, None)

        def mentor(*args):
            r = subprocess.run([binary, *args], cwd=prog, env=env, capture_output=True)
            if r.returncode != 0:
                sys.exit(f"FAIL: mentor {' '.join(args)} exited {r.returncode}: {r.stderr.decode()}")
            return r.stdout

        mentor("pair", "--today", "2026-08-24")
        mentor("schedule", "--today", "2026-08-24")
        # A hostile display name for one mentee with meetings: quotes, an apostrophe, non-ASCII.
        roster = os.path.join(prog, "roster.yaml")
        with open(roster, encoding="utf-8") as f:
            text = f.read()
        assert "name: Zoë Lambert" in text, "examples/school changed: zlambert's name line not found"
        with open(roster, "w", encoding="utf-8") as f:
            f.write(text.replace("name: Zoë Lambert", "name: " + json.dumps(HOSTILE, ensure_ascii=False)))
        people = {p["id"]: p for p in json.loads(mentor("roster", "list", "--format", "json"))}
        assert people["zlambert"]["name"] == HOSTILE, people["zlambert"]["name"]

        window = ["--days", str(DAYS), "--dry-run"]
        expected = json.loads(mentor("remind", "--format", "json", *window))
        plain_raw = mentor("remind", "--format", "mail", *window)
        raw = mentor("remind", "--format", "mail", "--attach-calendar", *window)
        assert raw == mentor("remind", "--format", "mail", "--attach-calendar", *window), "a second run differs"
        assert not os.path.exists(os.path.join(prog, ".mentor", "remind.tsv")), "--dry-run recorded reminders"

        plain = split_mbox(tmp, plain_raw, "plain.mbox")
        attached = split_mbox(tmp, raw, "attached.mbox")
        assert len(plain) == len(attached) == len(expected), (len(plain), len(attached), len(expected))

        last = TODAY + dt.timedelta(days=DAYS - 1)
        with_calendar = without = events_checked = 0
        for plain_bytes, mail_bytes, want in zip(plain, attached, expected):
            pid = want["recipient"]
            person = people[pid]
            meetings = json.loads(mentor("meetings", "--person", pid, "--from", TODAY.isoformat(),
                                         "--to", last.isoformat(), "--format", "json"))
            meetings = meetings["meetings"] if isinstance(meetings, dict) else meetings
            msg = email.message_from_bytes(mail_bytes, policy=email.policy.default)
            plain_msg = email.message_from_bytes(plain_bytes, policy=email.policy.default)
            assert not msg.defects, (pid, msg.defects)
            assert msg["MIME-Version"] == "1.0", pid
            assert msg["To"].addresses[0].display_name == person["name"], (msg["To"], person["name"])
            assert msg["To"].addresses[0].addr_spec == person["email"], msg["To"]
            for h in ("From", "Subject", "Date", "Auto-Submitted"):
                assert msg[h] == plain_msg[h], (pid, h, msg[h], plain_msg[h])
            if not meetings:
                assert mail_bytes == plain_bytes, f"{pid} has no coming meetings but the message changed"
                assert msg.get_content_type() == "text/plain", (pid, msg.get_content_type())
                without += 1
                continue
            with_calendar += 1
            assert msg.get_content_type() == "multipart/mixed", (pid, msg.get_content_type())
            parts = list(msg.iter_parts())
            assert len(parts) == 2, (pid, len(parts))
            text, cal_part = parts
            for part in parts:
                assert not part.defects, (pid, part.defects)
            # The text part: the plain message's body, unchanged.
            assert text.get_content_type() == "text/plain" and text.get_content_charset() == "utf-8", pid
            assert text["Content-Transfer-Encoding"] == plain_msg["Content-Transfer-Encoding"], pid
            assert text.get_content() == plain_msg.get_content(), f"{pid}: the text part differs from the plain body"
            plain_body = plain_bytes.partition(b"\n\n")[2]
            assert text.get_payload(decode=False).encode() == plain_body, f"{pid}: the text part's bytes changed"
            # The attachment.
            assert cal_part.get_content_type() == "text/calendar", pid
            assert cal_part.get_param("method") == "PUBLISH", pid
            assert cal_part.get_param("charset") == "utf-8", pid
            assert cal_part.get_content_disposition() == "attachment", pid
            assert cal_part.get_filename() == f"mentor-{pid}.ics", cal_part.get_filename()
            assert cal_part.get_param("name") == f"mentor-{pid}.ics", pid
            assert cal_part["Content-Transfer-Encoding"] == "base64", pid
            lines = cal_part.get_payload(decode=False).split("\n")
            lines = [line for line in lines if line]
            assert all(len(line) == 76 for line in lines[:-1]) and 0 < len(lines[-1]) <= 76, \
                f"{pid}: base64 lines are not 76 characters"
            data = base64.b64decode("".join(lines), validate=True)
            assert data == cal_part.get_payload(decode=True), pid
            assert data.endswith(b"\r\n") and b"\n" not in data.replace(b"\r\n", b""), f"{pid}: not CRLF"
            boundary = msg.get_boundary()
            assert boundary.startswith("=_mentor_"), boundary
            body = mail_bytes.partition(b"\n\n")[2]
            assert body.count(boundary.encode()) == 3, f"{pid}: the boundary appears in a part"
            cal = icalendar.Calendar.from_ical(data)
            assert str(cal["METHOD"]) == "PUBLISH", pid
            assert str(cal["X-WR-CALNAME"]) == f"Lincoln Elementary New Teacher Induction: {person['name']}", \
                cal["X-WR-CALNAME"]
            got = events_of(cal)
            # The events are the person's coming meetings, no more and no fewer ...
            want_uids = {m["uid"] for m in meetings}
            assert set(got) == want_uids, (pid, sorted(set(got) ^ want_uids))
            for m in meetings:
                start = got[m["uid"]].decoded("DTSTART")
                assert start.replace(tzinfo=None).isoformat(timespec="minutes") == m["start"][:16], \
                    (pid, start, m["start"])
                assert got[m["uid"]]["DTSTART"].params.get("TZID") == "America/Chicago", (pid, m["uid"])
            # ... each one exactly as `mentor calendar --person ID` writes it.
            full = events_of(icalendar.Calendar.from_ical(mentor("calendar", "--person", pid, "-o", "-")))
            for uid, event in got.items():
                assert event.to_ical() == full[uid].to_ical(), f"{pid}: event {uid} differs from mentor calendar's"
                events_checked += 1
            # The calendar's time zone is the one calendar writes.
            zones = [str(z["TZID"]) for z in cal.walk("VTIMEZONE")]
            assert zones == ["America/Chicago"], zones
        assert with_calendar >= 10, f"only {with_calendar} messages with a calendar"
        assert without >= 1, "no recipient without coming meetings was tested"
        assert "zlambert" in [w["recipient"] for w in expected], "the hostile name got no reminder"
        print(f"ok: {with_calendar} messages with a calendar ({events_checked} events), {without} plain")
    finally:
        shutil.rmtree(tmp)


if __name__ == "__main__":
    main()

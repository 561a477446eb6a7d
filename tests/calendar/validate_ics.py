#!/usr/bin/python3
"""Exports calendars of a scheduled copy of examples/school and checks them with two real
iCalendar libraries (Debian's python3-vobject, with validation, and python3-icalendar):

- CRLF line ends, no physical line over 75 octets, no UTF-8 character split by folding;
- vobject parses and validates the whole calendar; icalendar parses it;
- one VEVENT per meeting that `mentor meetings --all --format json` lists, UIDs unique;
- every DTSTART/DTEND, read through the VTIMEZONE mentor generated, is the same UTC instant as
  the meeting's local time in Python's own tz database (zoneinfo), for zones with northern and
  southern daylight saving time, without it, and UTC;
- a second export is byte-identical.

    validate_ics.py MENTOR_BINARY EXAMPLES_DIR
"""
import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from zoneinfo import ZoneInfo

import icalendar
import vobject

mentor, examples = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
failures = []


def fail(message):
    failures.append(message)
    print("FAIL:", message)


def run(cwd, *args, today="2026-08-24"):
    env = {k: v for k, v in os.environ.items() if not k.startswith("MENTOR_")}
    env.update(NO_COLOR="1", MENTOR_TODAY=today)
    r = subprocess.run([mentor, *args], cwd=cwd, env=env, capture_output=True)
    if r.returncode != 0:
        sys.exit(f"mentor {' '.join(args)} exited {r.returncode}: {r.stderr.decode()}")
    return r.stdout


def check_lines(name, data):
    if b"\n" in data.replace(b"\r\n", b"") or b"\r" in data.replace(b"\r\n", b""):
        fail(f"{name}: a line does not end in CRLF")
    for number, line in enumerate(data.split(b"\r\n")[:-1], 1):
        if len(line) > 75:
            fail(f"{name}:{number}: {len(line)} octets, more than 75")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            fail(f"{name}:{number}: folding split a UTF-8 character")


def check_calendar(name, data, meetings, zone):
    check_lines(name, data)
    text = data.decode("utf-8")
    try:
        vobject.readOne(text, validate=True)
    except Exception as e:  # vobject raises several types
        fail(f"{name}: vobject rejects it: {e}")
    parsed = icalendar.Calendar.from_ical(data)
    uids = [str(e["UID"]) for e in parsed.walk("VEVENT")]
    if len(uids) != len(set(uids)):
        fail(f"{name}: duplicate UIDs")
    if sorted(uids) != sorted(m["uid"] for m in meetings):
        fail(f"{name}: {len(uids)} events, expected {len(meetings)} (the meetings listed)")
    # icalendar reads a TZID it does not know through the file's VTIMEZONE (and remembers it
    # for the rest of the process): a TZID of its own for each file makes every file's times
    # go through that file's VTIMEZONE, not the library's copy of the tz database.
    check_calendar.files = getattr(check_calendar, "files", 0) + 1
    own = f"Mentor-Test/{check_calendar.files}"
    renamed = text.replace(f"TZID:{zone}\r\n", f"TZID:{own}\r\n").replace(f"TZID={zone}:", f"TZID={own}:")
    by_uid = {m["uid"]: m for m in meetings}
    tz = ZoneInfo(zone)
    utc = dt.timezone.utc
    for event in icalendar.Calendar.from_ical(renamed.encode()).walk("VEVENT"):
        uid = str(event["UID"])
        m = by_uid.get(uid)
        if m is None:
            continue
        for prop, key in (("DTSTART", "start"), ("DTEND", "end")):
            got = event[prop].dt
            want = dt.datetime.fromisoformat(m[key]).replace(tzinfo=tz)
            if got.tzinfo is None or got.astimezone(utc) != want.astimezone(utc):
                fail(f"{name}: {uid} {prop} {got} is not {want} ({zone})")
        status = str(event["STATUS"])
        if status != ("CANCELLED" if m["cancelled"] else "CONFIRMED"):
            fail(f"{name}: {uid} has STATUS {status}")
        description = str(event["DESCRIPTION"])
        if f"({m['mentor']})" not in description or f"({m['mentee']})" not in description:
            fail(f"{name}: {uid} does not name the mentor and the mentee")


with tempfile.TemporaryDirectory() as tmp:
    program = os.path.join(tmp, "school")
    shutil.copytree(os.path.join(examples, "school"), program)
    run(program, "pair")
    run(program, "schedule")
    # A holiday added in November: the record now holds moved and cancelled meetings too.
    config = os.path.join(program, "program.toml")
    with open(config) as f:
        toml = f.read()
    toml = toml.replace("  2026-11-26,   # Thanksgiving", "  2026-11-26,   # Thanksgiving\n  2026-12-01,")
    run_toml = lambda t: open(config, "w").write(t)
    run_toml(toml)
    run(program, "schedule", today="2026-11-23")
    checked = 0
    for zone in ("America/Chicago", "Australia/Sydney", "Asia/Kolkata", "Europe/London", "UTC"):
        run_toml(re.sub(r'(?m)^timezone = .*$', f'timezone = "{zone}"', toml))
        for person in (None, "cwhite", "lnguyen"):
            who = ["--person", person] if person else []
            out = os.path.join(tmp, f"{person or 'program'}.ics")
            run(program, "calendar", *who, "-o", out)
            with open(out, "rb") as f:
                first = f.read()
            run(program, "calendar", *who, "-o", out)
            with open(out, "rb") as f:
                if f.read() != first:
                    fail(f"{zone} {person}: a second export is not byte-identical")
            meetings = json.loads(run(program, "meetings", "--all", "--format", "json", *who))
            check_calendar(f"{zone}/{person or 'program'}.ics", first, meetings, zone)
            checked += len(meetings)
    print(f"checked {checked} events in 15 calendars with vobject"
          f" and icalendar {icalendar.__version__}")

if failures:
    print(f"{len(failures)} problems")
    sys.exit(1)
print("every calendar parses, validates and has the right events at the right instants")

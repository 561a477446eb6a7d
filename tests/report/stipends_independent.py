#!/usr/bin/python3
"""Stipends of `mentor report --format csv`, checked against an independent computation.

A copy of examples/school gets pairs, a schedule and journal entries with awkward lengths
(minutes that do not divide an hour into whole cents, workshops led by mentors and by a
coordinator, entries before the term and after today). Then this script reads roster.yaml
(python3-yaml), program.toml (tomllib) and the journal files itself, computes each mentor's
pay with Decimal:

    mentoring = minutes of the pair entries (observation, co-teaching, inquiry) in which they
                are the mentor, plus those of their meetings (check-ins of one pair on one
                day are one meeting, as long as its longest note) / 60 x hourly
    workshops = minutes of workshops they led / 60 x workshop_hourly x (1 + planning_ratio)

for every mentor on staff and everyone else who led a workshop, each amount rounded once to
the cent, half up, over term start .. min(today, term end), and requires the CSV to say the
same, to the cent. Run with a second rate set as well. (tests/report/term_independent.py
recomputes a whole term, with group sessions and both people logging.)

    stipends_independent.py MENTOR_BINARY EXAMPLES_DIR
"""
import csv
import datetime
import io
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import tomllib
from decimal import ROUND_HALF_UP, Decimal

import yaml

PAIR_KINDS = {"check-in", "observation", "co-teaching", "inquiry"}
TODAY = datetime.date(2026, 11, 23)


def run(binary, cwd, *args):
    env = {k: v for k, v in os.environ.items() if not k.startswith("MENTOR_")}
    env.update({"MENTOR_TODAY": TODAY.isoformat(), "NO_COLOR": "1", "HOME": cwd, "LC_ALL": "C.UTF-8"})
    p = subprocess.run([binary, *args], cwd=cwd, env=env, capture_output=True)
    if p.returncode != 0:
        sys.exit(f"FAIL: mentor {' '.join(args)} exited {p.returncode}: {p.stderr.decode()}")
    return p.stdout.decode("utf-8")


def journal_entries(journal_dir):
    for name in sorted(os.listdir(journal_dir)):
        if not name.endswith(".journal"):
            continue
        with open(os.path.join(journal_dir, name), encoding="utf-8") as f:
            for line in f:
                if not line.strip() or line.startswith("#"):
                    continue
                tokens = shlex.split(line, posix=True)
                date, _id, kind = tokens[0], tokens[1], tokens[2]
                fields = dict(t.split("=", 1) for t in tokens[3:] if "=" in t)
                yield datetime.date.fromisoformat(date), kind, fields


def expected(workdir):
    with open(os.path.join(workdir, "program.toml"), "rb") as f:
        program = tomllib.load(f)
    with open(os.path.join(workdir, "roster.yaml"), encoding="utf-8") as f:
        roster = yaml.safe_load(f)
    stipend = program.get("stipend", {})
    hourly = Decimal(str(stipend.get("hourly", 0)))
    workshop_hourly = Decimal(str(stipend.get("workshop_hourly", 0)))
    ratio = Decimal(str(stipend.get("planning_ratio", 2.0)))
    start = program["term"]["start"]
    until = min(TODAY, program["term"]["end"])
    minutes = {}
    meetings = {}  # (date, mentor, mentee) -> the longest check-in of that pair that day
    for date, kind, fields in journal_entries(os.path.join(workdir, "journal")):
        if not (start <= date <= until):
            continue
        m = int(fields.get("minutes", 0))
        if kind == "check-in" and "mentee" in fields:
            key = (date, fields["mentor"], fields["mentee"])
            meetings[key] = max(meetings.get(key, 0), m)
        elif kind in PAIR_KINDS and "mentor" in fields:
            minutes.setdefault(fields["mentor"], [0, 0])[0] += m
        elif kind == "workshop" and "person" in fields:
            minutes.setdefault(fields["person"], [0, 0])[1] += m
    for (date, mentor, mentee), m in meetings.items():
        minutes.setdefault(mentor, [0, 0])[0] += m
    cent = Decimal("0.01")
    rows = {}
    for p in roster["people"]:
        leaves, begins = p.get("leaves"), p.get("start")
        on_staff = not ((begins and begins > until) or (leaves and leaves <= start))
        paid = any(minutes.get(p["id"], [0, 0]))
        if not (("mentor" in p.get("roles", []) and on_staff) or paid):
            continue
        mm, wm = minutes.get(p["id"], [0, 0])
        mentoring = (Decimal(mm) / 60 * hourly).quantize(cent, rounding=ROUND_HALF_UP)
        workshops = (Decimal(wm) / 60 * workshop_hourly * (1 + ratio)).quantize(cent, rounding=ROUND_HALF_UP)
        rows[p["id"]] = {
            "mentoring_hours": (Decimal(mm) / 60).quantize(cent, rounding=ROUND_HALF_UP),
            "mentoring_amount": mentoring,
            "workshop_hours": (Decimal(wm) / 60).quantize(cent, rounding=ROUND_HALF_UP),
            "workshop_amount": workshops,
            "total": mentoring + workshops,
            "name": p["name"],
            "email": p.get("email", ""),
        }
    return rows


def compare(binary, workdir, label):
    out = run(binary, workdir, "report", "--format", "csv")
    if "\r\n" not in out and out:
        sys.exit(f"FAIL ({label}): CSV records do not end in CRLF")
    got = list(csv.DictReader(io.StringIO(out, newline="")))
    want = expected(workdir)
    if [r["id"] for r in got] != sorted(want):
        sys.exit(f"FAIL ({label}): people paid differ: {[r['id'] for r in got]} vs {sorted(want)}")
    nonzero = 0
    for r in got:
        w = want[r["id"]]
        for key in ("mentoring_hours", "mentoring_amount", "workshop_hours", "workshop_amount", "total"):
            if not re.fullmatch(r"\d+\.\d\d", r[key]):
                sys.exit(f"FAIL ({label}): {r['id']} {key} '{r[key]}' is not a plain two-decimal number")
            if Decimal(r[key]) != w[key]:
                sys.exit(f"FAIL ({label}): {r['id']} {key}: report {r[key]}, independent {w[key]}")
        if r["name"] != w["name"] or r["email"] != w["email"]:
            sys.exit(f"FAIL ({label}): {r['id']} name or email differ")
        nonzero += w["total"] != 0
    if nonzero < 3:
        sys.exit(f"FAIL ({label}): only {nonzero} mentors are paid anything; the test data is too thin")
    total = sum(w["total"] for w in want.values())
    print(f"{label}: {len(got)} mentors, {nonzero} paid, total {total} - same as the independent computation")


def main():
    binary, examples = os.path.realpath(sys.argv[1]), os.path.realpath(sys.argv[2])
    with tempfile.TemporaryDirectory() as tmp:
        work = os.path.join(tmp, "school")
        shutil.copytree(os.path.join(examples, "school"), work, ignore=shutil.ignore_patterns("journal"))
        run(binary, work, "pair", "--today", "2026-08-24")
        run(binary, work, "schedule", "--today", "2026-08-24")
        pairs = [line.split("\t") for line in open(os.path.join(work, "pairs.tsv"), encoding="utf-8")
                 if not line.startswith("#")]
        current = [(p[1], p[0]) for p in pairs if len(p) > 3 and p[3] == ""]  # (mentor, mentee)
        if len(current) < 4:
            sys.exit(f"FAIL: only {len(current)} pairs in the example")
        lengths = [7, 45, 50, 13, 61, 29, 1, 100]
        kinds = ["check-in", "observation", "co-teaching", "inquiry"]
        for i, (mentor, mentee) in enumerate(current):
            for j in range(3):
                day = datetime.date(2026, 9, 1) + datetime.timedelta(days=7 * j + i)
                while day.weekday() >= 5:
                    day += datetime.timedelta(days=1)
                run(binary, work, "log", mentee, "--as", mentor, "--kind", kinds[(i + j) % 4], "--date", day.isoformat(),
                    "--minutes", str(lengths[(i * 3 + j) % len(lengths)]), "--private", "-m", "private words")
        # Workshops: led by two mentors and by a coordinator (paid for it, though not a mentor).
        run(binary, work, "log", current[0][0], "--as", current[0][0], "--kind", "workshop", "--attendee", current[0][1],
            "--date", "2026-10-05", "--minutes", "55", "-m", "w1")
        run(binary, work, "log", current[1][0], "--as", current[1][0], "--kind", "workshop", "--attendee", current[1][1],
            "--date", "2026-10-06", "--minutes", "17", "-m", "w2")
        run(binary, work, "log", "aokonkwo", "--as", "aokonkwo", "--kind", "workshop", "--attendee", current[2][1],
            "--date", "2026-10-07", "--minutes", "60", "-m", "w3")
        compare(binary, work, "examples/school rates")
        # Rates whose products do not come out in whole cents.
        with open(os.path.join(work, "program.toml"), encoding="utf-8") as f:
            text = f.read()
        text = re.sub(r"(?m)^hourly = .*$", "hourly = 37.33", text)
        text = re.sub(r"(?m)^workshop_hourly = .*$", "workshop_hourly = 52.17", text)
        text = re.sub(r"(?m)^planning_ratio = .*$", "planning_ratio = 1.25", text)
        with open(os.path.join(work, "program.toml"), "w", encoding="utf-8") as f:
            f.write(text)
        compare(binary, work, "odd rates")


if __name__ == "__main__":
    main()

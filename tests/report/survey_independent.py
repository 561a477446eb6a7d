#!/usr/bin/python3
"""Survey figures of `mentor report --format json`, checked against an independent computation.

A copy of examples/school is paired on the first day, and its two shipped form exports (a
Google Forms needs assessment and a Microsoft Forms mid-year feedback survey) are imported
with `mentor survey import`. Then this script reads the raw CSV exports itself (Python's csv
module), program.toml (tomllib), roster.yaml (python3-yaml) and pairs.tsv, and computes for
every survey that has opened:

    asked     = people of the survey's audience (`who`) on staff on as_of
                (as_of = the day it closed, or today while it is open)
    answered  = those of them with a submission that has at least one usable answer
                (of two submissions by one person, the later one counts)
    mean      = for each rating question of a feedback survey, the mean of the numbers the
                answers' words stand for, over the people asked; none below min_group answers

for the program, each school and each mentor (the mentees' mentor on as_of), listing only
groups where at least [privacy] min_group people answered, and requires the JSON report to
say the same. It runs at three values of min_group (1, 3 and 5), and checks that a second
import of the same export leaves the answers files byte for byte as they were.

    survey_independent.py MENTOR_BINARY EXAMPLES_DIR
"""
import csv
import datetime
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib

import yaml

TODAY = datetime.date(2027, 2, 1)


def run(binary, cwd, *args, today=TODAY):
    env = {k: v for k, v in os.environ.items() if not k.startswith("MENTOR_")}
    env.update({"MENTOR_TODAY": today.isoformat(), "NO_COLOR": "1", "HOME": cwd, "LC_ALL": "C.UTF-8"})
    p = subprocess.run([binary, *args], cwd=cwd, env=env, capture_output=True)
    if p.returncode != 0:
        sys.exit(f"FAIL: mentor {' '.join(args)} exited {p.returncode}: {p.stderr.decode()}")
    return p.stdout.decode("utf-8")


def fold(s):
    return re.sub(r"[ \t]+", " ", s.strip(" \t")).lower()


def parse_time(text):
    """The form's timestamp as a sortable tuple (the two tools' formats only)."""
    text = text.strip()
    m = re.match(r"^(\d{4})/(\d{1,2})/(\d{1,2}) (\d{1,2}):(\d{2}):(\d{2}) (AM|PM)", text)
    if m:
        y, mo, d, h, mi, s, ampm = m.groups()
        h = int(h) % 12 + (12 if ampm == "PM" else 0)
        return (int(y), int(mo), int(d), h, int(mi), int(s))
    m = re.match(r"^(\d{1,2})/(\d{1,2})/(\d{4}) (\d{1,2}):(\d{2})$", text)
    if m:
        mo, d, y, h, mi = m.groups()
        return (int(y), int(mo), int(d), int(h), int(mi), 0)
    raise SystemExit(f"FAIL: the test does not know the timestamp {text!r}")


def date(v):
    return v if isinstance(v, datetime.date) else datetime.date.fromisoformat(str(v))


def present(person, day):
    start, leaves = person.get("start"), person.get("leaves")
    return (start is None or date(start) <= day) and (leaves is None or day < date(leaves))


def asked_by(survey, person):
    roles = person.get("roles", [])
    who = survey.get("who", "mentees")
    if who == "mentees":
        return "mentee" in roles
    if who == "mentors":
        return "mentor" in roles
    return "mentee" in roles or "mentor" in roles


def submissions(path, survey, people):
    """The later submission of each person in the roster: {id: {question: number}}."""
    by_email = {str(p.get("email", "")).lower(): p["id"] for p in people}
    ids = {p["id"] for p in people}
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    header = {fold(h): h for h in rows[0].keys()} if rows else {}
    who_col = header[fold(survey.get("respondent", "Email Address"))]
    when_col = header[fold(survey.get("timestamp", "Timestamp"))]
    scale = {fold(k): float(v) for k, v in survey.get("scale", {}).items()}
    latest = {}
    for row in rows:
        who = row[who_col].strip()
        pid = who if who in ids else by_email.get(who.lower())
        if pid is None:
            continue
        when = parse_time(row[when_col])
        if pid in latest and latest[pid][0] > when:
            continue
        answers = {}
        usable = False
        for q in survey["questions"]:
            cell = row[header[fold(q["column"])]].strip()
            if not cell:
                continue
            kind = q.get("type", "scale")
            if kind == "scale" and fold(cell) in scale:
                answers[q["id"]] = scale[fold(cell)]
                usable = True
            elif kind != "scale":
                usable = True
        if usable:
            latest[pid] = (when, answers)
    return {pid: a for pid, (_, a) in latest.items()}


def expected(program, people, pairs, exports):
    min_group = program.get("privacy", {}).get("min_group", 3)
    out = []
    for sid in sorted(program.get("survey", {})):
        s = program["survey"][sid]
        opens, closes = s.get("opens"), s.get("closes")
        if opens and TODAY < opens:
            continue
        as_of = closes if closes and closes < TODAY else TODAY
        got = submissions(exports[sid], s, people)
        rating = [q["id"] for q in s["questions"] if q.get("type", "scale") == "scale"] if s["kind"] == "feedback" else []
        mentor_of = {}
        for m in pairs:
            if m["start"] <= as_of and (m["end"] is None or as_of < m["end"]):
                mentor_of.setdefault(m["mentee"], m["mentor"])
        groups = {"": [], "school": {}, "mentor": {}}
        for p in people:
            if not asked_by(s, p) or not present(p, as_of):
                continue
            groups[""].append(p["id"])
            groups["school"].setdefault(p.get("school") or "-", []).append(p["id"])
            if s.get("who", "mentees") == "mentees" and p["id"] in mentor_of:
                groups["mentor"].setdefault(mentor_of[p["id"]], []).append(p["id"])

        def figures(key, members):
            g = {"asked": len(members), "answered": sum(1 for m in members if m in got), "questions": []}
            if key:
                g = {"key": key, **g}
            for q in rating:
                values = [got[m][q] for m in members if m in got and q in got[m]]
                mean = sum(values) / len(values) if len(values) >= min_group else None
                g["questions"].append({"question": q, "answers": len(values), "mean": mean})
            return g

        shown = {k: [figures(key, v) for key, v in sorted(groups[k].items())] for k in ("school", "mentor")}
        out.append({
            "id": sid, "as_of": as_of.isoformat(), "min_group": min_group,
            "program": figures("", groups[""]),
            "schools": [g for g in shown["school"] if g["answered"] >= min_group],
            "schools_hidden": sum(1 for g in shown["school"] if g["answered"] < min_group),
            "mentors": [g for g in shown["mentor"] if g["answered"] >= min_group],
            "mentors_hidden": sum(1 for g in shown["mentor"] if g["answered"] < min_group),
        })
    return out


def same(a, b, where):
    if isinstance(a, float) or isinstance(b, float):
        # JSON numbers carry six decimals.
        if a is None or b is None or abs(a - b) > 1e-6:
            sys.exit(f"FAIL: {where}: mentor says {b}, the recomputation {a}")
        return
    if isinstance(a, dict):
        for k in a:
            if k not in b:
                sys.exit(f"FAIL: {where}: mentor's report has no '{k}'")
            same(a[k], b[k], f"{where}.{k}")
        return
    if isinstance(a, list):
        if len(a) != len(b):
            sys.exit(f"FAIL: {where}: mentor lists {len(b)}, the recomputation {len(a)}: {b} vs {a}")
        for i, (x, y) in enumerate(zip(a, b)):
            same(x, y, f"{where}[{i}]")
        return
    if a != b:
        sys.exit(f"FAIL: {where}: mentor says {b!r}, the recomputation {a!r}")


def main():
    binary, examples = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as tmp:
        prog = os.path.join(tmp, "school")
        shutil.copytree(os.path.join(examples, "school"), prog, ignore=shutil.ignore_patterns("journal"))
        run(binary, prog, "pair", today=datetime.date(2026, 8, 24))
        exports = {"needs-fall": "exports/needs-fall.csv", "midyear": "exports/midyear.csv"}
        for sid, path in exports.items():
            run(binary, prog, "survey", "import", path, "--survey", sid)
        kept = {sid: open(os.path.join(prog, "surveys", sid + ".tsv"), "rb").read() for sid in exports}
        for sid, path in exports.items():
            run(binary, prog, "survey", "import", path, "--survey", sid)
            if open(os.path.join(prog, "surveys", sid + ".tsv"), "rb").read() != kept[sid]:
                sys.exit(f"FAIL: a second import of {path} changed surveys/{sid}.tsv")
        with open(os.path.join(prog, "roster.yaml"), encoding="utf-8") as f:
            people = yaml.safe_load(f)["people"]
        pairs = []
        with open(os.path.join(prog, "pairs.tsv"), encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                mentee, mentor, start, end = line.rstrip("\n").split("\t")[:4]
                pairs.append({"mentee": mentee, "mentor": mentor, "start": date(start),
                              "end": date(end) if end and end != "-" else None})
        toml_path = os.path.join(prog, "program.toml")
        original = open(toml_path, encoding="utf-8").read()
        checked = 0
        for min_group in (1, 3, 5):
            text = original.replace('default = "private"', f'default = "private"\nmin_group = {min_group}', 1)
            with open(toml_path, "w", encoding="utf-8") as f:
                f.write(text)
            program = tomllib.loads(text)
            report = json.loads(run(binary, prog, "report", "--format", "json"))
            want = expected(program, people, pairs, {k: os.path.join(prog, v) for k, v in exports.items()})
            same(want, report.get("surveys", []), f"min_group {min_group}: surveys")
            for s in report.get("surveys", []):
                for g in s["schools"] + s["mentors"]:
                    if g["answered"] < min_group:
                        sys.exit(f"FAIL: min_group {min_group}: group {g['key']} of {s['id']} is shown with {g['answered']} answers")
            checked += sum(len(s["mentors"]) + len(s["schools"]) + 1 for s in want)
        print(f"survey figures match at min_group 1, 3 and 5 ({checked} groups checked)")


if __name__ == "__main__":
    main()

#!/usr/bin/python3
"""Retention and outcomes across years, recomputed independently of mentor.

Builds a program in its third year (two [[past_terms]]), a roster of mentees who started in
each of the three school years (some of whom left, with and without a left_reason), a pairs
record and a journal of check-ins, observations and goals across the years, at random from a
seed. Then it reads roster.yaml (python3-yaml), program.toml (tomllib), pairs.tsv and the
journal on its own and requires `mentor retention --format json` to give the same cohorts,
breakdowns, reasons and outcomes, at two values of [privacy] min_group.

    retention_independent.py MENTOR_BINARY
"""
import datetime as dt
import json
import os
import random
import shlex
import subprocess
import sys
import tempfile
import tomllib

import yaml

D = dt.date.fromisoformat
TODAY = D("2026-11-23")
TERMS = [("2024-25", D("2024-08-26"), D("2025-06-13"), [D("2024-09-02")]),
         ("2025-26", D("2025-08-25"), D("2026-06-12"), [D("2025-09-01")]),
         ("2026-27", D("2026-08-24"), D("2027-06-11"), [D("2026-09-07")])]
REASONS = ["other-school", "other-district", "left-teaching", "retired", "other"]
SCHOOLS = ["lincoln", "adams", "baker"]
ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz"


def write_program(work, rng, min_group):
    name, start, end, holidays = TERMS[-1]
    lines = ['[program]', 'id = "years-test"', 'name = "Years test"', 'duration = "1y"', '',
             '[term]', f'start = {start}', f'end = {end}', f'holidays = [{", ".join(map(str, holidays))}]', '',
             '[privacy]', f'min_group = {min_group}', '']
    for name, start, end, holidays in TERMS[:-1]:
        lines += ['[[past_terms]]', f'name = "{name}"', f'start = {start}', f'end = {end}',
                  f'holidays = [{", ".join(map(str, holidays))}]', '']
    open(os.path.join(work, "program.toml"), "w").write("\n".join(lines))


def simulate(work, rng, min_group):
    write_program(work, rng, min_group)
    people, mentors = [], [f"m{i:02}" for i in range(8)]
    for m in mentors:
        people.append({"id": m, "name": f"Mentor {m}", "roles": ["mentor"], "school": rng.choice(SCHOOLS),
                       "trained": "2024-06-01", "capacity": 100})
    mentees = []
    for k, (name, start, end, _) in enumerate(TERMS):
        for i in range(rng.randint(7, 12)):
            pid = f"t{k}{i:02}"
            begins = start + dt.timedelta(days=rng.choice([0, 0, 0, 14, 60]))
            p = {"id": pid, "name": f"Teacher {pid}", "roles": ["mentee"], "school": rng.choice(SCHOOLS),
                 "start": str(begins)}
            if rng.random() < 0.35:
                leaves = begins + dt.timedelta(days=rng.randint(200, 900))
                if leaves <= TODAY + dt.timedelta(days=100):
                    p["leaves"] = str(leaves)
                    if rng.random() < 0.8:
                        p["left_reason"] = rng.choice(REASONS[:3])
            people.append(p)
            mentees.append(p)
    with open(os.path.join(work, "roster.yaml"), "w") as f:
        yaml.safe_dump({"people": people}, f, sort_keys=False)

    # Pairs: each mentee with a mentor in each school year they are on staff, 1y each.
    pairs, entries, goals = [], [], []
    used = set()

    def new_id():
        while True:
            i = "".join(rng.choice(ALPHABET) for _ in range(10))
            if i not in used:
                used.add(i)
                return i

    for p in mentees:
        begins = D(p["start"])
        leaves = D(p["leaves"]) if "leaves" in p else None
        for name, start, end, holidays in TERMS:
            first = max(begins, start)
            if first > end or first > TODAY or (leaves and leaves <= first):
                continue
            mentor = rng.choice(mentors)
            stop = end + dt.timedelta(days=1)
            if leaves and leaves < stop:
                stop = leaves
            pairs.append((p["id"], mentor, first, stop if stop <= TODAY or leaves else None))
            day = first
            while day < min(stop, TODAY):
                if day.weekday() < 5 and day not in holidays and rng.random() < 0.25:
                    kind = rng.choice(["check-in", "check-in", "check-in", "observation"])
                    minutes = rng.choice([30, 40, 45, 60])
                    by = rng.choice([mentor, p["id"]])
                    entries.append((day, f"{day} {new_id()} {kind} by={by} mentor={mentor} mentee={p['id']} "
                                         f"minutes={minutes} visibility=shared"))
                day += dt.timedelta(days=1)
            if rng.random() < 0.7:
                added = first + dt.timedelta(days=10)
                done = added + dt.timedelta(days=rng.randint(30, 250))
                gid = f"g-{p['id']}-{start.year}"
                goals.append((added, f'{added} {new_id()} goal-add by={mentor} person={p["id"]} goal={gid} '
                                     f'what="Goal {gid}" visibility=shared'))
                if done <= min(end, TODAY) and (not leaves or done < leaves):
                    goals.append((done, f"{done} {new_id()} goal-done by={mentor} person={p['id']} goal={gid} "
                                        f"visibility=shared"))
    with open(os.path.join(work, "pairs.tsv"), "w") as f:
        f.write("# mentor pairs v1\n# mentee\tmentor\tstart\tend\tscore\tflags\twhy\n")
        for mentee, mentor, start, stop in sorted(pairs, key=lambda x: (x[0], x[2], x[1])):
            f.write(f"{mentee}\t{mentor}\t{start}\t{stop or ''}\t10.00\t\tby hand\n")
    os.makedirs(os.path.join(work, "journal"), exist_ok=True)
    files = {}
    for day, line in entries:
        files.setdefault(f"{day.year:04}-{day.month:02}.journal", []).append((day, line))
    for day, line in goals:
        files.setdefault(f"goals-{day.year:04}.journal", []).append((day, line))
    for name, lines in files.items():
        with open(os.path.join(work, "journal", name), "w") as f:
            f.write("# mentor journal v1\n")
            for _, line in sorted(lines, key=lambda x: x[0]):
                f.write(line + "\n")


# ---------------------------------------------------------------- the independent computation

def expected(work):
    program = tomllib.load(open(os.path.join(work, "program.toml"), "rb"))
    people = yaml.safe_load(open(os.path.join(work, "roster.yaml")))["people"]
    for p in people:
        for key in ("start", "leaves"):
            if isinstance(p.get(key), str):
                p[key] = D(p[key])
    min_group = program.get("privacy", {}).get("min_group", 3)
    terms = sorted([program["term"]] + program.get("past_terms", []), key=lambda t: t["start"])

    def year_of(day):  # the end year of the first term ending on or after the day
        return min(t["end"].year for t in terms if t["end"] >= day)

    def first_day(end_year):
        return next(t["start"] for t in terms if t["end"].year == end_year)

    def name(end_year):
        return f"{end_year - 1}-{end_year % 100:02}"

    pairs = []
    with open(os.path.join(work, "pairs.tsv")) as f:
        for line in f:
            if line.startswith("#"):
                continue
            c = line.rstrip("\n").split("\t")
            pairs.append({"mentee": c[0], "mentor": c[1], "start": D(c[2]), "end": D(c[3]) if c[3] else None})
    entries = []
    for fname in sorted(os.listdir(os.path.join(work, "journal"))):
        for line in open(os.path.join(work, "journal", fname)):
            if line.startswith("#") or not line.strip():
                continue
            tokens = shlex.split(line)
            entries.append((D(tokens[0]), tokens[2], dict(t.split("=", 1) for t in tokens[3:])))

    mentees = {}
    for p in people:
        if "mentee" in p.get("roles", []) and p["start"] <= TODAY:
            mentees[p["id"]] = {"p": p, "cohort": year_of(p["start"]), "mentor": None, "first_minutes": 0}

    # Per school year: each pair of that year (current some day of the term), its figures.
    figures = {}  # (end_year, mentee, mentor, start) -> dict
    for t in terms:
        if TODAY < t["start"]:
            continue
        until = min(TODAY, t["end"])
        for pr in pairs:
            if pr["start"] <= until and (pr["end"] is None or pr["end"] > max(pr["start"], t["start"])):
                figures[(t["end"].year, pr["mentee"], pr["mentor"], pr["start"])] = {
                    "minutes": 0, "observations": 0, "held": set(), "pair": pr}
    # One meeting counted once, at its longest, whoever logged it; observations as logged.
    meetings, observations = {}, []
    for day, kind, fields in entries:
        if kind == "check-in":
            k = (day, fields["mentor"], fields["mentee"])
            meetings[k] = max(meetings.get(k, 0), int(fields["minutes"]))
        elif kind == "observation":
            observations.append((day, fields["mentor"], fields["mentee"], int(fields["minutes"])))
    window = {t["end"].year: (t["start"], min(TODAY, t["end"])) for t in terms}

    def fig_of(day, mentor, mentee):
        lo_hi = window.get(year_of(day))
        if not lo_hi or not lo_hi[0] <= day <= lo_hi[1]:
            return None
        for (y, me, mo, start), fig in figures.items():
            pr = fig["pair"]
            if y == year_of(day) and me == mentee and mo == mentor and start <= day and (pr["end"] is None or day < pr["end"]):
                return fig
        return None

    for (day, mentor, mentee), minutes in meetings.items():
        if fig := fig_of(day, mentor, mentee):
            fig["held"].add((day, mentor, mentee))
            fig["minutes"] += minutes
    for day, mentor, mentee, minutes in observations:
        if fig := fig_of(day, mentor, mentee):
            fig["minutes"] += minutes
            fig["observations"] += 1

    for (y, mentee, mentor, start), fig in sorted(figures.items(), key=lambda x: (x[0][1], x[0][3], x[0][2])):
        m = mentees.get(mentee)
        if m and m["cohort"] == y:
            m["first_minutes"] += fig["minutes"]
            if m["mentor"] is None:
                m["mentor"] = mentor

    def present(p, day):
        return p["start"] <= day and ("leaves" not in p or day < p["leaves"])

    def rows(key):
        groups = {}
        for mid, m in mentees.items():
            groups.setdefault((name(m["cohort"]), key(m)), []).append(m)
        out, hidden = [], 0
        for (cohort, group), ms in sorted(groups.items()):
            if len(ms) < min_group:
                hidden += 1
                continue
            y, stayed = ms[0]["cohort"], []
            k = 1
            while y + k <= max(t["end"].year for t in terms) and first_day(y + k) <= TODAY:
                stayed.append(sum(present(m["p"], first_day(y + k)) for m in ms))
                k += 1
            out.append({"cohort": cohort, "group": group, "people": len(ms), "stayed": stayed})
        return out, hidden

    def band(minutes):
        return "under 10 h" if minutes < 600 else "10 to 20 h" if minutes < 1200 else "20 h or more"

    cohorts, hidden = rows(lambda m: "")
    for c in cohorts:
        del c["group"]
    want = {"cohorts": cohorts, "hidden_cohorts": hidden, "breakdowns": {}}
    for by, key in (("school", lambda m: m["p"].get("school") or "(none)"), ("mentor", lambda m: m["mentor"] or "(none)"),
                    ("mentoring", lambda m: band(m["first_minutes"]))):
        r, h = rows(key)
        want["breakdowns"][by] = {"rows": r, "hidden": h}
    reasons = {}
    for m in mentees.values():
        if "leaves" in m["p"] and m["p"]["leaves"] <= TODAY:
            reasons[m["p"].get("left_reason", "unknown")] = reasons.get(m["p"].get("left_reason", "unknown"), 0) + 1
    order = REASONS + ["unknown"]
    want["left_reasons"] = [{"reason": r, "people": n} for r, n in sorted(reasons.items(), key=lambda x: order.index(x[0]))
                            if n >= min_group]
    want["hidden_left_reasons"] = sum(1 for n in reasons.values() if n < min_group)

    outcomes = {}
    for (y, mentee, mentor, start), fig in figures.items():
        m = mentees.get(mentee)
        if not m or y - m["cohort"] + 1 < 1:
            continue
        o = outcomes.setdefault((m["cohort"], y - m["cohort"] + 1),
                                {"mentees": set(), "contact_minutes": 0, "observations": 0, "held": 0, "goals_met": 0})
        o["mentees"].add(mentee)
        o["contact_minutes"] += fig["minutes"]
        o["observations"] += fig["observations"]
        o["held"] += len(fig["held"])
    owners = {}
    for day, kind, fields in entries:
        if kind == "goal-add":
            owners[fields["goal"]] = fields["person"]
    for day, kind, fields in entries:
        if kind == "goal-done" and owners.get(fields["goal"]) in mentees:
            m = mentees[owners[fields["goal"]]]
            key = (m["cohort"], year_of(day) - m["cohort"] + 1)
            if key in outcomes:
                outcomes[key]["goals_met"] += 1
    want["outcomes"] = []
    hidden = 0
    for (c, k), o in sorted(outcomes.items()):
        if len(o["mentees"]) < min_group:
            hidden += 1
            continue
        want["outcomes"].append({"cohort": name(c), "year": k, "school_year": name(c + k - 1), "mentees": len(o["mentees"]),
                                 "contact_minutes": o["contact_minutes"], "observations": o["observations"],
                                 "held": o["held"], "goals_met": o["goals_met"]})
    want["hidden_outcomes"] = hidden
    return want


def main():
    binary = os.path.abspath(sys.argv[1])
    failures = 0
    for seed, min_group in ((1, 3), (2, 3), (3, 2), (4, 5)):
        rng = random.Random(seed)
        with tempfile.TemporaryDirectory() as work:
            simulate(work, rng, min_group)
            run = subprocess.run([binary, "-C", work, "--today", str(TODAY), "retention", "--format", "json"],
                                 capture_output=True, text=True)
            if run.returncode != 0:
                print(f"seed {seed}: mentor retention exited {run.returncode}: {run.stderr}")
                failures += 1
                continue
            got = json.loads(run.stdout)
            assert got["version"] == 1
            for o in got["outcomes"]:
                del o["planned"], o["adherence_percent"]  # no schedule: nothing planned
            want = expected(work)
            for key, value in want.items():
                if got[key] != value:
                    print(f"seed {seed} (min_group {min_group}): {key} differs\n  mentor: {json.dumps(got[key])}\n"
                          f"  python: {json.dumps(value)}")
                    failures += 1
            shown = len(got["cohorts"]) + sum(len(b["rows"]) for b in got["breakdowns"].values()) + len(got["outcomes"])
            print(f"seed {seed}: min_group {min_group}, {shown} rows compared")
            if shown == 0:
                print(f"seed {seed}: nothing to compare")
                failures += 1
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()

#!/usr/bin/python3
"""One term of a generated program, end to end, and its report recomputed independently.

mentor-gen writes a program (roster.yaml, program.toml; compliance rules and stipend rates
whose products are not whole cents are added). `mentor pair` and `mentor schedule` run on
the term's first day. Then a seeded term of logging goes through `mentor log` and
`mentor goal`: most planned meetings are held, logged by the mentor, by the mentee, or by
both (with different lengths); some move to the next day; mentors with several mentees hold
group sessions (`mentor log A,B` or `--with`), of which a mentee sometimes logs their own
note; observations, co-teaching and inquiry; workshops led by mentors and by people who are
not mentors; goals.

This script then reads the raw files itself (roster.yaml with python3-yaml, program.toml with
tomllib, pairs.tsv, schedule.tsv and journal/*.journal) and computes, from the rules the
documentation gives, each pair's planned, held, adherence, contact minutes, observations and
last check-in, the totals, every compliance result and every stipend in Decimal, and requires
`mentor report --format json` and the payroll CSV (`--format csv`) to say the same, to the
cent: for the term up to today, and for a pay period (--from/--to).

The rules recomputed: check-ins of one mentor and mentee on one day are one meeting, however
many of them were logged, lasting as long as the longest; a group session (mentees=A,B) is a
meeting for each mentee; the mentor is paid once for each session: a meeting, or the meetings
a group session joins, at its longest note. Other pair entries count one by one.

The program is in its second year (2025-26 is a [[past_terms]] entry) and half of its
mentees started then, so they are in year 2 of the program; [compliance.year2] and
[stipend.year2] set other rules for them. Each mentee is judged by the rules of their year (a
rule whose value differs by year is one result list per value, naming its years), and each
minute of mentoring is paid at the hourly rate of its mentee's year (a group session at that
of its mentee earliest in the program), one amount per rate, each rounded once.

    term_independent.py MENTOR_BINARY MENTOR_GEN_BINARY
"""
import csv
import datetime as dt
import io
import json
import os
import random
import re
import shlex
import subprocess
import sys
import tempfile
import tomllib
from decimal import ROUND_HALF_UP, Decimal

import yaml

TODAY = dt.date(2026, 12, 4)
PERIOD = (dt.date(2026, 11, 1), dt.date(2026, 11, 30))
SEED = 20261204
CENT = Decimal("0.01")


def run(binary, cwd, *args, ok=(0,)):
    env = {k: v for k, v in os.environ.items() if not k.startswith("MENTOR_")}
    env.update({"MENTOR_TODAY": TODAY.isoformat(), "NO_COLOR": "1", "HOME": cwd, "LC_ALL": "C.UTF-8"})
    p = subprocess.run([binary, *args], cwd=cwd, env=env, capture_output=True, stdin=subprocess.DEVNULL)
    if p.returncode not in ok:
        sys.exit(f"FAIL: mentor {' '.join(args)} exited {p.returncode}: {p.stderr.decode()}")
    return p.returncode, p.stdout.decode("utf-8")


def tsv(path):
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t") for line in f if line.strip() and not line.startswith("#")]


# ---------------------------------------------------------------- the term

def simulate(binary, work):
    rng = random.Random(SEED)
    start = dt.date(2026, 8, 24)
    run(binary, work, "pair", "--today", start.isoformat())
    run(binary, work, "schedule", "--today", start.isoformat())
    pairs = [(p[1], p[0]) for p in tsv(os.path.join(work, "pairs.tsv")) if p[3] == ""]  # (mentor, mentee)
    schedule = tsv(os.path.join(work, "schedule.tsv"))
    mentees_of = {}
    for m, e in pairs:
        mentees_of.setdefault(m, []).append(e)
    groups = {m: sorted(es) for m, es in mentees_of.items() if len(es) >= 2}
    if len(pairs) < 10 or not groups:
        sys.exit(f"FAIL: the generated program has {len(pairs)} pairs and {len(groups)} mentors with several")
    actions = []  # (date, arguments)
    stats = {"both": 0, "group": 0, "group+own": 0, "refused": 0}

    def log(on, *args):
        actions.append((on, ["log", *args, "--date", on.isoformat()]))

    # Weeks in which each group mentor meets their mentees together instead.
    mondays = sorted({dt.date.fromisoformat(r[3]) for r in schedule if r[2] == "meeting"})
    group_weeks = {m: {monday for monday in mondays if rng.random() < 0.3} for m in sorted(groups)}
    grouped = set()
    for r in schedule:
        mentee, mentor, kind, key, day = r[0], r[1], r[2], r[3], dt.date.fromisoformat(r[4])
        if day > TODAY or (mentor, mentee) not in pairs or "cancelled" in r[8].split(","):
            continue
        if kind == "observation":
            if rng.random() < 0.7:
                log(day, mentee, "--as", mentor, "--kind", "observation", "--minutes", str(rng.choice([45, 50, 38])),
                    "-m", "Watched a lesson.")
            continue
        monday = dt.date.fromisoformat(key)
        if mentor in groups and monday in group_weeks[mentor]:
            if (mentor, monday) not in grouped:
                grouped.add((mentor, monday))
                people = groups[mentor]
                minutes = rng.choice([60, 55, 45, 70])
                if rng.random() < 0.5:
                    log(day, ",".join(people), "--as", mentor, "--minutes", str(minutes), "-m", "Group session.")
                else:
                    log(day, people[0], *[x for p in people[1:] for x in ("--with", p)], "--as", mentor,
                        "--minutes", str(minutes), "-m", "Group session.")
                stats["group"] += 1
                if rng.random() < 0.4:  # a mentee logs their own note of it, sometimes longer
                    log(day, mentor, "--as", rng.choice(people), "--minutes", str(rng.choice([minutes, 30, minutes + 10])),
                        "-m", "My notes of the group session.")
                    stats["group+own"] += 1
            continue
        if rng.random() < 0.2:
            continue  # not held, or not logged
        if rng.random() < 0.1:
            day += dt.timedelta(days=1)  # held a day late
            if day > TODAY:
                continue
        minutes = rng.choice([45, 45, 30, 50, 7, 61, 13])
        who = rng.random()
        if who < 0.75:
            log(day, mentee, "--as", mentor, "--minutes", str(minutes), "-m", "Check-in.")
        if who >= 0.5:
            log(day, mentor, "--as", mentee, "--minutes", str(rng.choice([minutes, minutes + 5, 45])), "-m", "My notes.")
            stats["both"] += who < 0.75
    for i, (m, e) in enumerate(pairs):
        on = dt.date(2026, 9, 14) + dt.timedelta(days=(i * 5) % 75)
        if rng.random() < 0.4:
            log(on, e, "--as", m, "--kind", rng.choice(["co-teaching", "inquiry"]), "--minutes",
                str(rng.choice([17, 50, 90, 29])), "-m", "Worked together.")
        if rng.random() < 0.8:
            added = dt.date(2026, 8, 24) + dt.timedelta(days=rng.randrange(5, 60))
            actions.append((added, ["goal", "add", e, "--as", m, "--date", added.isoformat(), "--what", "A goal",
                                    "--measure", "x", "--baseline", "1", "--target", "5", "--due", "2027-05-01"]))
    roster = yaml.safe_load(open(os.path.join(work, "roster.yaml"), encoding="utf-8"))["people"]
    leaders = [p["id"] for p in roster if "mentor" not in p.get("roles", []) and "mentee" not in p.get("roles", [])]
    mentors = sorted(mentees_of)
    attendees = ",".join(sorted({e for _, e in pairs})[:4])
    for i, (leader, on, minutes) in enumerate([(leaders[0], dt.date(2026, 9, 23), 55), (leaders[-1], dt.date(2026, 11, 4), 61),
                                               (mentors[0], dt.date(2026, 10, 14), 17), (leaders[0], dt.date(2026, 12, 2), 90),
                                               (mentors[-1], dt.date(2026, 11, 18), 75)]):
        log(on, leader, "--as", leader, "--kind", "workshop", "--attendee", attendees, "--minutes", str(minutes),
            "-m", f"Workshop {i}.")
    for _, args in sorted(actions, key=lambda a: a[0]):
        code, _ = run(binary, work, *args, ok=(0, 2))
        stats["refused"] += code != 0
    return stats


# ---------------------------------------------------------------- the independent computation

def journal(workdir):
    out = []
    jdir = os.path.join(workdir, "journal")
    for name in sorted(os.listdir(jdir)):
        if not name.endswith(".journal"):
            continue
        with open(os.path.join(jdir, name), encoding="utf-8") as f:
            for line in f:
                if not line.strip() or line.startswith("#"):
                    continue
                tokens = shlex.split(line, posix=True)
                fields = dict(t.split("=", 1) for t in tokens[3:] if "=" in t)
                out.append((dt.date.fromisoformat(tokens[0]), tokens[2], fields))
    return out


def school_weeks(term, start, until):
    def school_day(d):
        if d < term["start"] or d > term["end"] or d.weekday() >= 5 or d in term.get("holidays", []):
            return False
        return not any(b["start"] <= d <= b["end"] for b in term.get("breaks", []))

    weeks, monday = 0, start - dt.timedelta(days=start.weekday())
    while monday <= until:
        days = [monday + dt.timedelta(days=i) for i in range(5)]
        weeks += any(start <= d <= until and school_day(d) for d in days)
        monday += dt.timedelta(days=7)
    return weeks


def money(minutes, rate):
    return (Decimal(minutes) / 60 * rate).quantize(CENT, rounding=ROUND_HALF_UP)


COMPLIANCE_KEYS = ("min_minutes_per_week", "min_minutes_per_term", "max_days_to_match", "first_goal_within_days")


def year_rules(program, table, year):
    """The keys of [table] for a mentee in `year`: [table.yearN] with the largest N <= year over
    the year-1 keys."""
    base = program.get(table, {})
    rules = {k: v for k, v in base.items() if not re.fullmatch(r"year\d+", k)}
    years = sorted(int(k[4:]) for k in base if re.fullmatch(r"year\d+", k) and int(k[4:]) <= year)
    if years:
        rules.update(base[f"year{years[-1]}"])
    return rules


def school_year(program, day):
    """The calendar year the school year holding `day` ends in: the first listed term ending on
    or after it."""
    terms = [program["term"]] + program.get("past_terms", [])
    ends = sorted(t["end"] for t in terms if t["end"] >= day)
    if ends:
        return ends[0].year
    end, k = program["term"]["end"], 0
    while end.replace(year=end.year + k) < day:
        k += 1
    return end.year + k


def expected(workdir, first=None, last=None):
    program = tomllib.load(open(os.path.join(workdir, "program.toml"), "rb"))
    people = yaml.safe_load(open(os.path.join(workdir, "roster.yaml"), encoding="utf-8"))["people"]
    term = program["term"]
    start = first or term["start"]
    until = min(TODAY, last or term["end"])
    by_id = {p["id"]: p for p in people}

    def year_of(person_id, day):
        p = by_id.get(person_id, {})
        begins = p.get("start") or term["start"]
        return 1 if day < begins else school_year(program, day) - school_year(program, begins) + 1

    def hourly(person_id, day):
        return Decimal(str(year_rules(program, "stipend", year_of(person_id, day)).get("hourly", 0)))

    pairs = []
    for p in tsv(os.path.join(workdir, "pairs.tsv")):
        mentee, mentor, begins, ends = p[0], p[1], dt.date.fromisoformat(p[2]), p[3] and dt.date.fromisoformat(p[3])
        if begins <= until and (not ends or start <= ends):
            pairs.append({"mentor": mentor, "mentee": mentee, "start": begins, "end": ends if ends and ends <= until else None,
                          "planned": 0, "held": 0, "contact_minutes": 0, "observations": 0, "last_check_in": None})
    pairs.sort(key=lambda f: (f["mentee"], f["start"], f["mentor"]))

    def pair_on(mentee, mentor, day):
        theirs = [f for f in pairs if f["mentee"] == mentee and f["mentor"] == mentor]
        for f in theirs:
            if f["start"] <= day and (f["end"] is None or day <= f["end"]):
                return f
        return theirs[-1] if theirs else None

    for r in tsv(os.path.join(workdir, "schedule.tsv")):
        day = dt.date.fromisoformat(r[4])
        if r[2] == "meeting" and "cancelled" not in r[8].split(",") and start <= day <= until:
            if f := pair_on(r[0], r[1], day):
                f["planned"] += 1

    pay = {}  # person -> [{hourly rate: mentoring minutes}, workshop minutes]
    meetings = {}  # (day, mentor, mentee) -> longest note
    links = []  # meetings a group session joins
    goal_added = {}
    for day, kind, fields in journal(workdir):
        if not start <= day <= until:
            continue
        minutes = int(fields.get("minutes", 0))
        if kind == "goal-add":
            owner = fields["person"]
            goal_added[owner] = min(goal_added.get(owner, day), day)
        elif kind == "workshop":
            pay.setdefault(fields["person"], [{}, 0])[1] += minutes
        elif kind == "check-in" and "mentor" in fields:
            mentees = fields["mentees"].split(",") if "mentees" in fields else [fields["mentee"]]
            keys = [(day, fields["mentor"], e) for e in mentees]
            for k in keys:
                meetings[k] = max(meetings.get(k, 0), minutes)
            links += [(keys[0], k) for k in keys[1:]]
        elif kind in ("observation", "co-teaching", "inquiry"):
            rates = pay.setdefault(fields["mentor"], [{}, 0])[0]
            rate = hourly(fields["mentee"], day)
            rates[rate] = rates.get(rate, 0) + minutes
            if f := pair_on(fields["mentee"], fields["mentor"], day):
                f["contact_minutes"] += minutes
                f["observations"] += kind == "observation"
    for (day, mentor, mentee), minutes in meetings.items():
        if f := pair_on(mentee, mentor, day):
            f["held"] += 1
            f["contact_minutes"] += minutes
            f["last_check_in"] = max(f["last_check_in"] or day, day)
    # Sessions: meetings joined by group sessions, each paid once at its longest.
    session = {k: k for k in meetings}

    def root(k):
        while session[k] != k:
            k = session[k]
        return k

    for a, b in links:
        session[root(a)] = root(b)
    longest, joined = {}, {}
    for k, minutes in meetings.items():
        longest[root(k)] = max(longest.get(root(k), 0), minutes)
        joined.setdefault(root(k), []).append(k[2])
    for (day, mentor, mentee), minutes in longest.items():
        # A session is paid at the rate of its mentee earliest in the program.
        earliest = min(joined[(day, mentor, mentee)], key=lambda e: year_of(e, day))
        rates = pay.setdefault(mentor, [{}, 0])[0]
        rate = hourly(earliest, day)
        rates[rate] = rates.get(rate, 0) + minutes

    for f in pairs:
        f["adherence_percent"] = min(f["held"], f["planned"]) * 100 // f["planned"] if f["planned"] else None
    planned = sum(f["planned"] for f in pairs)
    health = {"planned": planned, "held": sum(f["held"] for f in pairs),
              "contact_minutes": sum(f["contact_minutes"] for f in pairs),
              "observations": sum(f["observations"] for f in pairs),
              "adherence_percent": sum(min(f["held"], f["planned"]) for f in pairs) * 100 // planned if planned else None}

    # Compliance, for the mentees on staff at the end of the window, by id.
    def present(p, day):
        return (not p.get("start") or p["start"] <= day) and (not p.get("leaves") or day < p["leaves"])

    mentees = sorted((p for p in people if "mentee" in p.get("roles", []) and present(p, until)), key=lambda p: p["id"])
    minutes_of, first_pair = {}, {}
    for f in pairs:
        minutes_of[f["mentee"]] = minutes_of.get(f["mentee"], 0) + f["contact_minutes"]
        first_pair[f["mentee"]] = min(first_pair.get(f["mentee"], f["start"]), f["start"])
    # Each mentee by the rules of their year in the program on the window's last day; results
    # are keyed by (rule, years): years is None unless the rule's value differs between years.
    results = {}  # (rule, value) -> [(year, result)]
    for p in mentees:
        pid, begins = p["id"], max(start, p.get("start") or start)
        minutes = minutes_of.get(pid, 0)
        year = year_of(pid, until)
        rules = year_rules(program, "compliance", year)
        if "min_minutes_per_week" in rules:
            weeks, least = school_weeks(term, begins, until), rules["min_minutes_per_week"]
            results.setdefault(("min_minutes_per_week", least), []).append((year,
                (pid, 0, "pending") if weeks == 0 else (pid, minutes // weeks, "met" if minutes >= least * weeks else "not_met")))
        if "min_minutes_per_term" in rules:
            least = rules["min_minutes_per_term"]
            status = "met" if minutes >= least else "not_met" if term["end"] <= TODAY else "pending"
            results.setdefault(("min_minutes_per_term", least), []).append((year, (pid, minutes, status)))
        for key, firsts in (("max_days_to_match", first_pair), ("first_goal_within_days", goal_added)):
            if key not in rules:
                continue
            most = rules[key]
            if pid in firsts:
                days = max(0, (firsts[pid] - begins).days)
                result = (pid, days, "met" if days <= most else "not_met")
            else:
                days = max(0, (until - begins).days)
                result = (pid, days, "pending" if days <= most else "not_met")
            results.setdefault((key, most), []).append((year, result))
    compliance = {}
    for key in COMPLIANCE_KEYS:
        values = [v for (k, v) in results if k == key]
        judged = sum(len(results[(key, v)]) for v in values)
        split = len(values) > 1 or judged < len(mentees)
        for v in values:
            years = tuple(sorted({y for y, _ in results[(key, v)]})) if split else None
            compliance[(key, years)] = [r for _, r in results[(key, v)]]

    # Mandatory participation: every mentee on staff who takes part has a current pair, else
    # the days waiting since they (or the window) started.
    if program.get("program", {}).get("participation", "mandatory") == "mandatory":
        active = {f["mentee"] for f in pairs if f["end"] is None}
        for p in mentees:
            if not p.get("participates", True):
                continue
            begins = max(start, p.get("start") or start)
            days = max(0, (until - begins).days)
            compliance.setdefault(("participation", None), []).append(
                (p["id"], 0, "met") if p["id"] in active else (p["id"], days, "not_met"))

    stipend = program.get("stipend", {})
    workshop_rate = Decimal(str(stipend.get("workshop_hourly", 0))) * (1 + Decimal(str(stipend.get("planning_ratio", 2.0))))
    stipends = {}
    for p in people:
        on_staff = (not p.get("start") or p["start"] <= until) and (not p.get("leaves") or start < p["leaves"])
        rates, wm = pay.get(p["id"], [{}, 0])
        mm = sum(rates.values())
        if ("mentor" in p.get("roles", []) and on_staff) or mm or wm:
            stipends[p["id"]] = {"mentoring_minutes": mm, "workshop_minutes": wm,
                                 "mentoring": sum((money(m, rate) for rate, m in rates.items()), Decimal(0)),
                                 "workshops": money(wm, workshop_rate), "rates": len(rates)}
            stipends[p["id"]]["total"] = stipends[p["id"]]["mentoring"] + stipends[p["id"]]["workshops"]
    return {"from": start, "until": until, "pairs": pairs, "health": health, "compliance": compliance,
            "stipends": stipends}


# ---------------------------------------------------------------- comparison

def compare(binary, work, label, *period):
    want = expected(work, *[dt.date.fromisoformat(d) for d in period[1::2]])
    _, text = run(binary, work, "report", "--format", "json", *period)
    got = json.loads(text)
    problems = []

    def same(what, mine, theirs):
        if mine != theirs:
            problems.append(f"{what}: report {theirs!r}, independent {mine!r}")

    same("from", want["from"].isoformat(), got["from"])
    same("until", want["until"].isoformat(), got["until"])
    same("pairs", [(f["mentee"], f["mentor"]) for f in want["pairs"]], [(p["mentee"], p["mentor"]) for p in got["pairs"]])
    for f, p in zip(want["pairs"], got["pairs"]):
        for key in ("planned", "held", "adherence_percent", "contact_minutes", "observations"):
            same(f"{f['mentee']}/{f['mentor']} {key}", f[key], p[key])
        same(f"{f['mentee']}/{f['mentor']} end", f["end"] and f["end"].isoformat(), p["end"])
        same(f"{f['mentee']}/{f['mentor']} last_check_in", f["last_check_in"] and f["last_check_in"].isoformat(),
             p["last_check_in"])
    for key, value in want["health"].items():
        same(f"health {key}", value, got["health"][key])
    def rule_key(r):
        return (r["rule"], tuple(r["years"]) if "years" in r else None)

    same("compliance rules", sorted(want["compliance"], key=str), sorted((rule_key(r) for r in got["compliance"]), key=str))
    for rule in got["compliance"]:
        same(f"compliance {rule_key(rule)}", want["compliance"].get(rule_key(rule)),
             [(x["person"], x["value"], x["status"]) for x in rule["results"]])
    same("people paid", sorted(want["stipends"]), [s["mentor"] for s in got["stipends"]["mentors"]])
    for s in got["stipends"]["mentors"]:
        w = want["stipends"].get(s["mentor"])
        if w:
            for key in ("mentoring_minutes", "workshop_minutes"):
                same(f"stipend {s['mentor']} {key}", w[key], s[key])
            for key in ("mentoring", "workshops", "total"):
                same(f"stipend {s['mentor']} {key}", w[key], Decimal(s[key]))
    same("stipend total", sum(w["total"] for w in want["stipends"].values()), Decimal(got["stipends"]["total"]))
    _, text = run(binary, work, "report", "--format", "csv", *period)
    for r in csv.DictReader(io.StringIO(text, newline="")):
        w = want["stipends"].get(r["id"])
        if not w:
            problems.append(f"payroll CSV pays {r['id']}, whom the independent computation does not")
            continue
        same(f"CSV {r['id']} mentoring_hours", money(w["mentoring_minutes"], Decimal(1)), Decimal(r["mentoring_hours"]))
        same(f"CSV {r['id']} workshop_hours", money(w["workshop_minutes"], Decimal(1)), Decimal(r["workshop_hours"]))
        for key, col in (("mentoring", "mentoring_amount"), ("workshops", "workshop_amount"), ("total", "total")):
            same(f"CSV {r['id']} {col}", w[key], Decimal(r[col]))
    if problems:
        print(f"FAIL ({label}): {len(problems)} differences")
        for p in problems[:40]:
            print("  " + p)
        sys.exit(1)
    h = want["health"]
    paid = sum(1 for s in want["stipends"].values() if s["total"])
    split = sum(1 for key, years in want["compliance"] if years)
    two_rates = sum(1 for s in want["stipends"].values() if s["rates"] > 1)
    if split < 2 or two_rates < 1:
        sys.exit(f"FAIL ({label}): too few rules split by year ({split}) or mentors paid at two rates ({two_rates})")
    print(f"{label}: {len(want['pairs'])} pairs, {h['held']} of {h['planned']} held, {h['contact_minutes']} contact "
          f"minutes, {sum(len(r) for r in want['compliance'].values())} compliance results ({split} rules split by "
          f"year), {paid} people paid ({two_rates} at two rates) "
          f"{sum(s['total'] for s in want['stipends'].values())} - the same as the independent computation")


def main():
    binary, generator = os.path.realpath(sys.argv[1]), os.path.realpath(sys.argv[2])
    with tempfile.TemporaryDirectory() as tmp:
        work = os.path.join(tmp, "program")
        subprocess.run([generator, "--people", "70", "--seed", "3", "--past-terms", "1", "--out", work], check=True,
                       stdout=subprocess.DEVNULL)
        # Half the mentees started in 2025-26: they are in their second year.
        roster_path = os.path.join(work, "roster.yaml")
        people = yaml.safe_load(open(roster_path, encoding="utf-8"))["people"]
        second = [p["id"] for p in people if "mentee" in p.get("roles", []) and "start" not in p][::2]
        roster = open(roster_path, encoding="utf-8").read()
        for pid in second:
            roster = re.sub(rf"(?m)^(  - id: {re.escape(pid)}\n)", r"\g<1>    start: 2025-08-25\n", roster)
        open(roster_path, "w", encoding="utf-8").write(roster)
        path = os.path.join(work, "program.toml")
        text = open(path, encoding="utf-8").read()
        text = re.sub(r"(?m)^hourly = .*$", "hourly = 37.33", text)
        text = re.sub(r"(?m)^workshop_hourly = .*$", "workshop_hourly = 52.17", text)
        text = re.sub(r"(?m)^planning_ratio = .*$", "planning_ratio = 1.25", text)
        text = re.sub(r"(?ms)^\[compliance\].*?(?=^\[|\Z)", "", text)
        text += ("\n[compliance]\nmin_minutes_per_week = 30\nmin_minutes_per_term = 600\nmax_days_to_match = 14\n"
                 "first_goal_within_days = 30\n\n[compliance.year2]\nmin_minutes_per_week = 20\nmin_minutes_per_term = 400\n"
                 "\n[stipend.year2]\nhourly = 31.17\n")
        open(path, "w", encoding="utf-8").write(text)
        stats = simulate(binary, work)
        need = {"both": 10, "group": 3, "group+own": 1}
        if any(stats[k] < n for k, n in need.items()) or stats["refused"] > 10:
            sys.exit(f"FAIL: the simulated term is too thin to test anything: {stats}")
        print(f"simulated: {stats}")
        compare(binary, work, "the term up to today")
        compare(binary, work, "a pay period", "--from", PERIOD[0].isoformat(), "--to", PERIOD[1].isoformat())


if __name__ == "__main__":
    main()

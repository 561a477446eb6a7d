#!/usr/bin/env python3
"""Writes examples/school/journal/: the program's past school year (2025-26) and the first term of
the current one, as its people would have logged them up to the day the quick start runs on
(tools/quickstart.sh).

    tools/example_journal.py MENTOR_BINARY

It pairs and schedules a copy of the example the way the quick start does (`mentor pair` and
`mentor schedule` on the first day of the term), then logs with `mentor log` and `mentor goal`
what happened: most planned meetings held, some logged by the mentor, some by the mentee,
some by both; a few pairs that slip; a group session of each mentor with two mentees;
scheduled observations; workshops led by the counselor, the coordinator and a mentor; a
training; a goal for nearly every mentee, with progress. The choices come from a seeded
generator, so the same pairing gives the same journal. Re-run it when pairing or scheduling
of the example changes.

Before that, the 2025-26 history of the pairs that pairs.tsv lists as ended: a weekly check-in
on a school day of that year's calendar ([[past_terms]]), held more or less reliably by each
pair, three observations, and a goal for each first-year teacher, most of them met by spring.
It has its own seeded generator, so the current year's journal does not depend on it.
"""
import os
import random
import shutil
import subprocess
import sys
import tempfile
import tomllib
from datetime import date, timedelta

FIRST = date(2026, 8, 24)   # the quick start pairs and schedules on the term's first day
LAST = date(2026, 11, 20)   # the Friday before the quick start's day (2026-11-23)
# The quick start logs this meeting itself (`mentor log asmith --date 2026-11-17`).
QUICKSTART_MEETING = ("pshah", "asmith", date(2026, 11, 17))

NOTES = [
    "Looked at last week's exit tickets together; regrouped the three students who missed the main idea.",
    "Planned the next read-aloud: stopping points and two turn-and-talk questions.",
    "Walked through the new behavior plan for one student; agreed on a signal and a daily check.",
    "Reviewed the unit assessment before giving it; cut two items that tested reading, not math.",
    "Talked through the parent email about missing homework; softened the opening, kept the ask.",
    "Practised cold calling with wait time; will try it in the second lesson tomorrow.",
    "Sorted writing samples into three piles and picked the next mini-lesson from the middle pile.",
    "Set up the small-group rotation chart; the independent station needs clearer task cards.",
    "Debriefed a hard Monday: transitions after lunch ran long. Trying a visual timer.",
    "Looked at benchmark results by student and chose four for the intervention block.",
    "Co-planned the science investigation; roles for each group, materials list, safety talk.",
    "Reflected on pacing: the unit is a week behind. Chose what to compress and what to keep.",
]
MENTEE_NOTES = [
    "Met with my mentor about the week. Taking away: fewer directions at once, and check for understanding.",
    "Good meeting. We planned my small groups and I feel ready for the reading benchmark.",
    "We talked about the hard afternoon on Tuesday. I will try the reset routine.",
    "Went over my lesson plan for the observation; I will model the first problem myself.",
]
GROUP_NOTES = [
    "Group session: both teachers brought a lesson that went badly and we rebuilt the openings together.",
    "Group session on conferring during writing workshop: each of us tried a conference in role play.",
    "Group session: shared the data wall, compared how each class did on the fluency probe.",
]
OBSERVATION_NOTES = [
    "Strong routines at the start; questions were mostly recall. Next time: one why-question per segment.",
    "Students on task in groups; the exit ticket showed two misconceptions worth reteaching.",
    "Clear modelling with think-aloud; the independent part started before everyone knew the task.",
]
GOALS = [
    ("Raise the share of students at 3 or more on weekly exit tickets", "share of exit tickets at 3+", "%", 45, 75),
    ("Cut the time lost in transitions", "minutes per transition", "min", 6, 2),
    ("Confer with every student in writing workshop each week", "students conferred with a week", "", 8, 22),
    ("Fewer office referrals from my room", "referrals a month", "", 6, 1),
    ("More students reading at grade level by the winter benchmark", "students at benchmark", "", 9, 15),
]


def past_year(work, pairs, log, actions):
    """The 2025-26 history of the pairs that ended with it, logged through `log` and `actions`."""
    rng = random.Random(2025)
    with open(os.path.join(work, "program.toml"), "rb") as f:
        term = tomllib.load(f)["past_terms"][0]
    closed = set(term.get("holidays", []))
    for b in term.get("breaks", []):
        d = b["start"]
        while d <= b["end"]:
            closed.add(d)
            d += timedelta(1)

    def school_day(d):
        return term["start"] <= d <= term["end"] and d.weekday() < 5 and d not in closed

    past = sorted((p[1], p[0]) for p in pairs if p[2] == term["start"].isoformat() and p[3])
    # How reliably each pair met: most pairs nearly every week; four far less often (three of
    # whose mentees left in June, as did one who met every week).
    often = {"asmith": 0.95, "efitzgerald": 0.9, "jtorres": 0.9, "kanderson": 0.85, "dkowalski": 0.9, "nmoreau": 0.9,
             "tevans": 0.55, "bwalsh": 0.5, "jpark": 0.45, "tquinn": 0.55}
    reliability = {(m, e): often.get(e, 0.9) for m, e in past}
    for m, e in past:
        weekday = rng.choice([1, 2, 3])  # their usual day: Tuesday to Thursday
        monday = term["start"] - timedelta(term["start"].weekday())
        while monday <= term["end"]:
            days = [monday + timedelta(i) for i in range(5) if school_day(monday + timedelta(i))]
            monday += timedelta(7)
            if not days or rng.random() >= reliability[(m, e)]:
                continue
            d = min(days, key=lambda x: abs(x.weekday() - weekday))
            minutes = rng.choice(["45", "45", "45", "40", "50"])
            if rng.random() < 0.75:
                log(e, m, d, "--minutes", minutes, "-m", rng.choice(NOTES))
            else:
                log(m, e, d, "--minutes", minutes, "-m", rng.choice(MENTEE_NOTES))
        for first in (date(2025, 10, 14), date(2026, 1, 20), date(2026, 4, 14)):
            d = first + timedelta(rng.randrange(0, 3))
            while not school_day(d):
                d += timedelta(1)
            log(e, m, d, "--kind", "observation", "--minutes", "45", "--class",
                rng.choice(["Reading block", "Math, whole group", "Writing workshop", "Science lab"]),
                "-m", rng.choice(OBSERVATION_NOTES))
        # A goal set in September; the pairs that met reliably mostly reached it by spring.
        what, measure, unit, baseline, target = rng.choice(GOALS)
        goal = f"{e}-2025"
        added = date(2025, 9, 15) + timedelta(rng.randrange(0, 4))
        actions.append((added, ["goal", "add", e, "--id", goal, "--as", m, "--date", added.isoformat(), "--what", what,
                                "--measure", measure, "--unit", unit, "--baseline", str(baseline), "--target",
                                str(target), "--due", "2026-05-15"]))
        middle = round(baseline + (target - baseline) / 2)
        actions.append((date(2026, 1, 23), ["goal", "progress", goal, str(middle), "--as", m, "--date", "2026-01-23",
                                            "-m", "Checked against the winter data."]))
        if rng.random() < reliability[(m, e)]:
            actions.append((date(2026, 5, 8), ["goal", "done", goal, "--as", m, "--date", "2026-05-08"]))


def main():
    binary = os.path.realpath(sys.argv[1])
    repo = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))
    example = os.path.join(repo, "examples", "school")
    rng = random.Random(2026)
    with tempfile.TemporaryDirectory() as tmp:
        work = os.path.join(tmp, "school")
        shutil.copytree(example, work, ignore=shutil.ignore_patterns("journal"))
        env = dict(os.environ, MENTOR_TODAY="2026-11-23", NO_COLOR="1", HOME=tmp, LC_ALL="C.UTF-8")
        for key in ("MENTOR_DIR", "MENTOR_USER", "VISUAL", "EDITOR"):
            env.pop(key, None)

        def mentor(*args):
            subprocess.run([binary, *args], cwd=work, env=env, check=True, stdout=subprocess.DEVNULL)

        mentor("pair", "--today", FIRST.isoformat())
        mentor("schedule", "--today", FIRST.isoformat())
        pairs = rows(os.path.join(work, "pairs.tsv"))
        schedule = rows(os.path.join(work, "schedule.tsv"))
        current = sorted((p[1], p[0]) for p in pairs if p[3] == "")  # (mentor, mentee)
        mentees_of = {}
        for m, e in current:
            mentees_of.setdefault(m, []).append(e)

        # What happened, run in date order at the end, so that the files read as a journal does.
        actions = []

        def log(person, writer, on, *more):
            actions.append((on, ["log", person, "--as", writer, "--date", on.isoformat(), *more]))

        past_year(work, pairs, log, actions)

        # Group sessions the schedule plans (check-ins flagged `group`: one row per mentee at the
        # same time) are held as one session.
        replaced = set()
        sessions = []
        planned_groups = {}
        for r in schedule:
            d = date.fromisoformat(r[4])
            if r[2] == "meeting" and "group" in r[8].split(",") and "cancelled" not in r[8].split(",") and d <= LAST:
                planned_groups.setdefault((r[1], d, r[5]), []).append(r[0])
        for (m, d, _), mentees in sorted(planned_groups.items()):
            if len(mentees) >= 2 and rng.random() < 0.9:
                sessions.append((m, sorted(mentees), d))
            replaced.update((m, e, d) for e in mentees)
        # Otherwise two mentors with two or more mentees meet them together once or twice, in a
        # week when each of them had a meeting planned; the session replaces those meetings.
        group_weeks = [date(2026, 10, 19), date(2026, 11, 9)]
        grouped = {m for (m, _, _) in planned_groups}
        candidates = sorted((m, e) for m, e in mentees_of.items() if len(e) >= 2 and m not in grouped)
        for i, (m, mentees) in enumerate(candidates[:0 if planned_groups else 2]):
            for monday in group_weeks[: 2 if i == 0 else 1]:
                days = {}
                for r in schedule:
                    d = date.fromisoformat(r[4])
                    if r[2] == "meeting" and r[1] == m and r[0] in mentees and monday <= d < monday + timedelta(5):
                        days.setdefault(r[0], d)
                if len(days) == len(mentees):
                    sessions.append((m, sorted(mentees), min(days.values())))
                    replaced.update((m, e, d) for e, d in days.items())

        # Check-ins: how reliably each pair meets is its own; two pairs slip after October.
        reliability = {p: rng.choice([0.95, 0.9, 0.9, 0.85]) for p in current}
        slipping = set(rng.sample(current, 2)) if len(current) > 4 else set()
        for r in schedule:
            e, m, kind, d = r[0], r[1], r[2], date.fromisoformat(r[4])
            if (m, e) not in reliability or d > LAST or "cancelled" in r[8].split(","):
                continue
            if kind == "observation":
                if rng.random() < 0.9:
                    log(e, m, d, "--kind", "observation", "--minutes", "45", "--class", rng.choice(
                        ["Reading block", "Math, whole group", "Writing workshop", "Science lab"]),
                        "--focus", rng.choice(["questioning", "classroom-management", "assessment"]),
                        "-m", rng.choice(OBSERVATION_NOTES))
                continue
            if (m, e, d) == QUICKSTART_MEETING or (m, e, d) in replaced:
                continue
            held = rng.random() < (0.45 if (m, e) in slipping and d >= date(2026, 10, 26) else reliability[(m, e)])
            if not held:
                continue
            minutes = rng.choice(["45", "45", "45", "40", "50", "30"])
            who = rng.random()
            shared = ["--shared"] if rng.random() < 0.15 else []
            if who < 0.8:
                log(e, m, d, "--minutes", minutes, *shared, "-m", rng.choice(NOTES))
            if who >= 0.6:  # the mentee logs it too (or only the mentee does)
                log(m, e, d, "--minutes", rng.choice([minutes, "45"]), "-m", rng.choice(MENTEE_NOTES))
        for m, mentees, d in sessions:
            log(",".join(mentees), m, d, "--minutes", "60", "-m", rng.choice(GROUP_NOTES))
            log(m, mentees[0], d, "--minutes", "60", "-m", "Group session with my mentor; useful to hear another new teacher.")

        # Workshops: the counselor and the coordinator (not mentors) lead them, and so does a mentor.
        mentees = sorted({e for _, e in current})
        for leader, on, minutes, what, n in [
            ("aokonkwo", date(2026, 9, 23), "60", "Workshop: calm corners and de-escalation.", 8),
            ("kbrennan", date(2026, 10, 14), "75", "Workshop: reading the fall benchmark data.", 10),
            ("mlopez", date(2026, 11, 4), "60", "Workshop: lab safety for the science block.", 5),
        ]:
            attendees = ",".join(sorted(rng.sample(mentees, min(n, len(mentees)))))
            log(leader, leader, on, "--kind", "workshop", "--attendee", attendees, "--minutes", minutes,
                "--shared", "-m", what)
        log("dfoster", "dfoster", date(2026, 9, 16), "--kind", "training", "--minutes", "240", "--shared",
            "-m", "District mentor training, day 1 of 2.")

        # Goals: nearly every mentee sets one with their mentor in September, and progress is measured.
        for m, e in current:
            # asmith's goal is the one the quick start adds (`mentor goal add asmith --id exit-tickets`).
            if rng.random() < 0.1 or e == "asmith":
                continue
            what, measure, unit, baseline, target = rng.choice(GOALS)
            added = FIRST + timedelta(days=rng.randrange(14, 40))
            goal = f"{e}-fall"
            actions.append((added, ["goal", "add", e, "--id", goal, "--as", m, "--date", added.isoformat(), "--what",
                                    what, "--measure", measure, "--unit", unit, "--baseline", str(baseline),
                                    "--target", str(target), "--due", "2027-03-15"]))
            step = (target - baseline) / 4
            value = baseline + step * rng.choice([1, 1.5, 1.5, 2])
            actions.append((date(2026, 11, 6), ["goal", "progress", goal, f"{round(value)}", "--as", m, "--date",
                                                "2026-11-06", "-m", "Checked against the November data."]))

        for _, args in sorted(actions, key=lambda a: a[0]):
            mentor(*args)

        target = os.path.join(example, "journal")
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(os.path.join(work, "journal"), target)
    print(f"wrote {target}")


def rows(path):
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t") for line in f if line.strip() and not line.startswith("#")]


if __name__ == "__main__":
    main()

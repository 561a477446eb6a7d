#!/usr/bin/python3
"""Writes five years of journal for a generated program, and a ledger file of as many
transactions, so that both readers can be timed side by side on the same number of records.

    gen_journal.py PROGRAM_DIR ENTRIES LEDGER_FILE [SEED]

Entries are spread over the five years up to 2026-11-23 for the pairs of PROGRAM_DIR/pairs.tsv
(check-ins, observations, notes, co-teaching, workshops, and goal events: adds, progress, done),
each month's file sorted by date. The ledger file has one transaction per entry with the same
payee, date and text as a comment, so its size is comparable.
"""
import datetime
import os
import random
import sys

WORDS = ("planned unit fractions exit tickets cold calling wait time questioning rubric "
         "small groups reading block behaviour routines transitions feedback lesson study "
         "parent conference data checkpoint pacing guide anchor chart modelling practice").split()


def main():
    program, count, ledger_path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 1)
    pairs = []
    with open(os.path.join(program, "pairs.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            mentee, mentor = line.split("\t")[:2]
            pairs.append((mentor, mentee))
    # JOURNAL_YEARS (default 5): how many years up to 2026-11-23 the entries are spread over.
    first = datetime.date(2026 - int(os.environ.get("JOURNAL_YEARS", "5")), 11, 24)
    days = (datetime.date(2026, 11, 23) - first).days + 1
    months = {}
    goals = []
    ledger = []
    for i in range(count):
        day = first + datetime.timedelta(days=rng.randrange(days))
        mentor, mentee = pairs[rng.randrange(len(pairs))]
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 24))).capitalize() + "."
        vis = "private" if rng.random() < 0.7 else "shared"
        eid = f"{i * 2654435761 % (1 << 40):010x}"
        r = rng.random()
        if r < 0.04 or (r < 0.08 and not goals):
            gid = f"g{i:07x}"
            goals.append((gid, mentee, mentor))
            line = (f'{day} {eid} goal-add by={mentor} person={mentee} goal={gid} what="{text}" '
                    f'measure="share of students at mastery" unit=% baseline=40 target=80 '
                    f'due={day + datetime.timedelta(days=180)} visibility={vis}')
            key = f"goals-{day.year}"
        elif r < 0.09:
            gid, owner, by = goals[rng.randrange(len(goals))]
            line = (f'{day} {eid} goal-progress by={by} person={owner} goal={gid} '
                    f'value={rng.randint(30, 90)} visibility={vis} text="{text}"')
            key = f"goals-{day.year}"
        else:
            kind = rng.choices(["check-in", "observation", "note", "co-teaching", "workshop"],
                               [80, 8, 6, 4, 2])[0]
            if kind == "workshop":
                who = f"person={mentor} attendees={mentee}"
            elif kind == "observation":
                who = f"mentor={mentor} mentee={mentee} observer={mentor} observed={mentee} class=\"Period {rng.randint(1, 7)}\""
            else:
                who = f"mentor={mentor} mentee={mentee}"
            line = (f'{day} {eid} {kind} by={mentor} {who} minutes={rng.choice([20, 30, 45, 60, 90])} '
                    f'visibility={vis} text="{text}"')
            key = f"{day.year:04}-{day.month:02}"
        months.setdefault(key, []).append((day, line))
        ledger.append((day, f"{day:%Y/%m/%d} * Mentoring {mentor} {mentee}\n    ; {text}\n"
                            f"    Expenses:Mentoring:{mentor}    ${rng.randint(10, 90)}.00\n"
                            f"    Assets:Stipends\n"))
    os.makedirs(os.path.join(program, "journal"), exist_ok=True)
    size = 0
    for key, items in months.items():
        items.sort(key=lambda x: x[0])
        body = "# mentor journal v1\n" + "".join(l + "\n" for _, l in items)
        size += len(body.encode())
        with open(os.path.join(program, "journal", key + ".journal"), "w", encoding="utf-8") as f:
            f.write(body)
    ledger.sort(key=lambda x: x[0])
    with open(ledger_path, "w", encoding="utf-8") as f:
        for _, t in ledger:
            f.write(t + "\n")
    print(f"{count} entries in {len(months)} files, {size / 1e6:.1f} MB; "
          f"ledger {count} transactions, {os.path.getsize(ledger_path) / 1e6:.1f} MB")


if __name__ == "__main__":
    main()

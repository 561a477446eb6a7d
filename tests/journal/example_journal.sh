#!/usr/bin/env bash
# The journal examples/school ships (written by tools/example_journal.py): `mentor check` finds
# nothing wrong with it, before pairing and after the quick start's pairing and scheduling (so
# every entry belongs to a pair the pairing makes); the quick start's own commands still work on
# it; and its report shows a living program: most planned meetings held, few pairs at risk, a
# meeting logged by both people counted once, group sessions, workshops led by non-mentors paid;
# and, from its 2025-26 history, retention of a real cohort with what its first year gave it.
#
#   example_journal.sh MENTOR_BINARY EXAMPLES_DIR
set -euo pipefail
bin=$(realpath "$1") examples=$(realpath "$2")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export NO_COLOR=1 HOME="$tmp/home" LC_ALL=C.UTF-8 MENTOR_TODAY=2026-11-23
unset MENTOR_DIR MENTOR_USER VISUAL EDITOR
mkdir -p "$HOME"
fail() { echo "FAIL: $*"; exit 1; }
cp -r "$examples/school" "$tmp/p"
cd "$tmp/p"
[ -d journal ] || fail "examples/school has no journal/"
mentor() { "$bin" "$@"; }

# check: no problem in the journal, before pairing and after the quick start's pairing.
journal_problems() { mentor check 2>&1 | grep -E "^journal/" || true; }
out=$(journal_problems); [ -z "$out" ] || fail "check finds journal problems before pairing:"$'\n'"$out"
mentor pair --today 2026-08-24 > /dev/null
mentor schedule --today 2026-08-24 > /dev/null
out=$(journal_problems)
[ -z "$out" ] || fail "check finds journal problems after pairing (re-run tools/example_journal.py):"$'\n'"$out"
mentor check > /dev/null 2>&1 || fail "mentor check fails on the paired example with its journal"

# The quick start's steps (tools/quickstart.sh) run on it.
mentor pair --today 2027-02-01 > /dev/null
mentor schedule --today 2027-02-01 > /dev/null
export MENTOR_USER=pshah
mentor log asmith --date 2026-11-17 -m "Planned the fractions unit; next week: exit tickets." > /dev/null
mentor goal add asmith --id exit-tickets --date 2026-09-15 --what "Raise exit-ticket mastery" \
  --measure "share of students at 3+" --baseline 40 --target 80 --unit % --due 2027-03-15 > /dev/null
mentor goal progress exit-tickets 55 --date 2026-11-20 -m "November tickets." > /dev/null
mentor journal --person asmith > /dev/null
mentor remind --dry-run > "$tmp/remind.txt"
mentor report --format json > "$tmp/report.json"
mentor report --format csv > "$tmp/stipends.csv"

/usr/bin/python3 - "$tmp/report.json" "$tmp/stipends.csv" journal <<'EOF'
import csv, glob, json, os, re, sys
report = json.load(open(sys.argv[1]))
stipends = {row["id"]: row for row in csv.DictReader(open(sys.argv[2], newline=""))}
problems = []
h = report["health"]
if h["planned"] == 0 or h["held"] * 100 < h["planned"] * 70:
    problems.append(f"only {h['held']} of {h['planned']} planned meetings held")
if h["pairs_at_risk"] > 5:
    problems.append(f"{h['pairs_at_risk']} pairs at risk")
quiet = [p["mentee"] for p in report["pairs"] if p["planned"] > 0 and p["held"] == 0]
if quiet:
    problems.append(f"pairs with planned meetings and none held: {quiet}")
if report["goals"]["active"] < 10:
    problems.append(f"{report['goals']['active']} active goals")
for leader in ("aokonkwo", "kbrennan"):  # not mentors: paid for the workshops they led
    if leader not in stipends or stipends[leader]["workshop_amount"] in ("", "0.00"):
        problems.append(f"{leader} is not paid for a workshop")
# The journal itself: meetings logged by both people, group sessions, observations, workshops.
lines = [l for f in sorted(glob.glob(os.path.join(sys.argv[3], "*.journal"))) for l in open(f, encoding="utf-8")]
meetings = {}
for l in lines:
    m = re.match(r"(\S+) \S+ check-in by=(\S+) mentor=(\S+) mentee=(\S+) ", l)
    if m:
        meetings.setdefault((m[1], m[3], m[4]), set()).add(m[2])
both = sum(1 for writers in meetings.values() if len(writers) == 2)
for what, count, least in [("meetings logged by both people", both, 5),
                           ("group sessions", sum(" mentees=" in l for l in lines), 1),
                           ("observations", sum(" observation " in l for l in lines), 5),
                           ("workshops", sum(" workshop " in l for l in lines), 2),
                           ("goal progress", sum(" goal-progress " in l for l in lines), 5)]:
    if count < least:
        problems.append(f"{what}: {count}, fewer than {least}")
# Its 2025-26 history: the report's retention shows the new-2025 cohort a year on, with
# what that year's journal says they got, and both bands of first-year mentoring.
ret = report.get("retention") or {}
cohorts = {c["cohort"]: c for c in ret.get("cohorts", [])}
if cohorts.get("2025-26", {}).get("stayed") != [6] or cohorts["2025-26"]["people"] != 10:
    problems.append(f"retention of the 2025-26 cohort: {cohorts.get('2025-26')}")
year_one = [o for o in ret.get("outcomes", []) if o["cohort"] == "2025-26" and o["year"] == 1]
if not year_one or year_one[0]["contact_minutes"] < 10 * 15 * 60 or year_one[0]["goals_met"] < 5:
    problems.append(f"outcomes of 2025-26 in its first year: {year_one}")
bands = {r["group"] for r in ret.get("breakdowns", {}).get("mentoring", {}).get("rows", []) if r["cohort"] == "2025-26"}
if len(bands) < 2:
    problems.append(f"mentoring bands of the 2025-26 cohort: {sorted(bands)}")
if problems:
    print("FAIL: the example's journal does not show a living program:\n  " + "\n  ".join(problems))
    sys.exit(1)
print(f"ok: {h['held']} of {h['planned']} held, {h['pairs_at_risk']} at risk, {both} meetings logged by both")
EOF
grep -q "Coming up" "$tmp/remind.txt" || fail "remind shows no coming meetings"

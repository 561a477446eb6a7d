#!/usr/bin/env bash
# Private journal text never leaves through any other output. Everyone involved has a key
# (mentor key init, each with their own key directory), so the canary string written as the
# text of private entries (a check-in, an observation, a workshop note, goal notes) is sealed.
# Then every command that prints anything runs, in every format, as readers who may not see
# it (nobody, a coordinator, another mentor; each with their own key), and the canary must not
# appear in its output or in any file it writes, nor anywhere in the program directory (the
# journal and .mentor/ included) or in `git log -p`. As a control, the pair's mentor does see
# it through `mentor journal` and `mentor goal show`, with their own key.
# Every command `mentor --help` lists must have an entry below, so a new command cannot be
# forgotten. Every run must exit 0 (and write its -o file): a failing command leaks nothing
# because it shows nothing, so a pass would prove nothing.
#
#   privacy-canary.sh MENTOR_BINARY EXAMPLES_DIR
set -uo pipefail
bin=$(realpath "$1") examples=$(realpath "$2")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp/home" MENTOR_TODAY=2026-11-23 LC_ALL=C.UTF-8 NO_COLOR=1
unset MENTOR_DIR MENTOR_USER VISUAL EDITOR XDG_DATA_HOME
mkdir -p "$HOME"
fail() { echo "FAIL: $*"; exit 1; }
canary="CANARY-7f3a9c-do-not-leak"

cp -r "$examples/school" "$tmp/p"
cd "$tmp/p"
git init -q . || fail "git init"  # for `mentor hook`
m() { "$bin" "$@"; }
m pair --today 2026-08-24 > /dev/null || fail "pair"
# Each person's own key directory; the readers below have keys too, which must not help them.
for u in pshah asmith aokonkwo kbrennan cwhite; do
  MENTOR_USER=$u XDG_DATA_HOME="$tmp/data-$u" m key init > /dev/null || fail "key init $u"
done
# Whatever else the program has (a schedule, for instance), make it before the canary goes in.
for setup in "schedule"; do
  if m --help | grep -qE "^  $setup "; then m "$setup" > /dev/null 2>&1 || true; fi
done
m log asmith --as pshah --private --date 2026-11-17 -m "Check-in: $canary" > /dev/null || fail "log"
m log asmith --as pshah --private --kind observation --date 2026-11-18 -m "Observed: $canary" > /dev/null || fail "log"
m log aokonkwo --as aokonkwo --private --kind workshop --attendee asmith --minutes 60 -m "Workshop: $canary" > /dev/null || fail "log"
m goal add asmith --as pshah --private --id g1 --date 2026-09-15 --what "Exit tickets" --measure "share" \
  --baseline 40 --target 80 --due 2027-03-15 -m "Goal note: $canary" > /dev/null || fail "goal add"
m goal progress g1 55 --as pshah --private --date 2026-11-20 -m "Progress: $canary" > /dev/null || fail "goal progress"
m goal add asmith --as asmith --private --id g2 --date 2026-10-01 --what "Other" -m "x" > /dev/null 2>&1 || fail "goal add 2"
m goal drop g2 --as asmith --private --date 2026-11-01 -m "Dropped: $canary" > /dev/null || fail "goal drop"

# The control: the mentor of the pair reads the text.
# (Through a file: grep -q stops reading early, and pipefail would count the writer's SIGPIPE.)
XDG_DATA_HOME="$tmp/data-pshah" m journal --as pshah > "$tmp/control"
grep -q "$canary" "$tmp/control" || fail "control: the pair's mentor does not see the private text"
XDG_DATA_HOME="$tmp/data-pshah" m goal show g1 --as pshah > "$tmp/control"
grep -q "$canary" "$tmp/control" || fail "control: goal show hides the text from the mentor"

readers=("" kbrennan cwhite)
declare -A runs=(
  [init]="init $tmp/fresh"
  [check]="check|check --format json"
  [roster]="roster list|roster list --format json|roster list --format csv|roster show asmith|roster show asmith --format json|roster screen|roster screen --format json"
  [pair]="pair --dry-run|pair explain asmith|pair explain asmith --format json"
  [pairs]="pairs|pairs --all --format json|pairs --format csv"
  [log]="log asmith --as kbrennan --dry-run -m probe"
  [journal]="journal|journal --format json|journal --format csv|journal --person asmith|journal --goal g1|journal --history --format json"
  [goal]="goal list --all|goal list --format json|goal list --format csv|goal show g1|goal show g1 --format json|goal show g2"
  [schedule]="schedule --dry-run"
  [meetings]="meetings|meetings --format json|meetings --format csv"
  [calendar]="calendar -o $tmp/out.ics|calendar --person asmith -o $tmp/asmith.ics"
  [remind]="remind|remind --format json|remind --format mail"
  [report]="report|report --format md|report --format csv|report --format json|report --format html -o $tmp/report.html"
  [key]="key list|key list --format json"
  [status]="status --person asmith|status --person pshah --format json|status --as asmith --format json"
  [config]="config|config --format json"
  [hook]="hook show|hook install --dry-run"
  [retention]="retention|retention --format md|retention --format csv|retention --format json|retention --format html -o $tmp/report.html"
  [term]="term next --dry-run|term next --dry-run --format json"
  [survey]="survey import exports/needs-fall.csv --survey needs-fall --dry-run|survey import exports/midyear.csv --survey midyear --dry-run"
  [needs]="needs|needs --format json|needs asmith|needs asmith --format json"
)

commands=$(m --help | awk '/^Subcommands:/ {on=1; next} on && /^  [a-z]/ {print $1}')
[ -n "$commands" ] || fail "no commands found in mentor --help"
checked=0
for c in $commands; do
  [ -n "${runs[$c]+x}" ] || fail "command '$c' has no entry in the privacy canary test; add one"
  IFS='|' read -ra invocations <<< "${runs[$c]}"
  for inv in "${invocations[@]}"; do
    for reader in "${readers[@]}"; do
      rm -f "$tmp"/out.ics "$tmp"/asmith.ics "$tmp"/report.html
      rm -rf "$tmp/fresh"
      # shellcheck disable=SC2086
      MENTOR_USER=$reader XDG_DATA_HOME="$tmp/data-${reader:-nobody}" "$bin" $inv > "$tmp/stdout" 2> "$tmp/stderr" < /dev/null
      status=$?
      # A command that failed printed nothing worth checking: every run here must succeed, and
      # one that writes -o FILE must have written it.
      [ "$status" -eq 0 ] || fail "'mentor $inv' as '${reader:-nobody}' exited $status: $(head -c 300 "$tmp/stderr")"
      if [[ " $inv " =~ \ -o\ ([^ ]+) ]]; then
        [ -s "${BASH_REMATCH[1]}" ] || fail "'mentor $inv' as '${reader:-nobody}' did not write ${BASH_REMATCH[1]}"
      fi
      for f in "$tmp/stdout" "$tmp/stderr" "$tmp"/out.ics "$tmp"/asmith.ics "$tmp"/report.html; do
        [ -f "$f" ] || continue
        if grep -q "$canary" "$f"; then fail "'mentor $inv' as '${reader:-nobody}' printed private text ($(basename "$f"))"; fi
      done
      checked=$((checked + 1))
    done
  done
done
# No file of the program holds the canary: the journal holds it sealed, .mentor/ not at all.
if grep -rl "$canary" . | grep -q .; then fail "$(grep -rl "$canary" . | head -3) holds private text"; fi
# Nor does git's history once the program is committed.
git init -q . && git add -A && git -c user.name=t -c user.email=t@example.org commit -qm program || fail "git commit"
git log -p > "$tmp/history"
if grep -q "$canary" "$tmp/history"; then fail "git log -p shows private text"; fi
echo "ok: $checked runs of $(echo $commands | wc -w) commands; private text stayed private"

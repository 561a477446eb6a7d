#!/usr/bin/env bash
# The HTML report in a real browser (Debian's chromium, headless):
#  1. loading the report as written logs no console error and no failed load;
#  2. a copy with a small probe script appended (the report itself has no scripts) writes
#     each chart's rendered size and the number of resources the page fetched into the DOM,
#     which --dump-dom prints: all four SVG charts (the example lists a past term, so the report
#     has the chart across years too) must have a non-zero width and height,
#     and the page must have fetched nothing (it is self-contained);
#  3. a 1200x1600 screenshot is taken and must be a real PNG of some substance.
# Without chromium it exits 77, which ctest reports as skipped (SKIP_RETURN_CODE), never as
# passed; with MENTOR_REQUIRE_TOOLS=1 (set by CI, which installs chromium) it fails instead.
#
#   html_chromium.sh MENTOR_BINARY EXAMPLES_DIR
set -uo pipefail
bin=$(realpath "$1") examples=$(realpath "$2")
chromium=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chromium" ]; then
  if [ "${MENTOR_REQUIRE_TOOLS:-}" = 1 ]; then
    echo "FAIL: chromium is not installed, and MENTOR_REQUIRE_TOOLS=1 requires it (tools/deps.sh installs it)"
    exit 1
  fi
  echo "SKIP: chromium is not installed (tools/deps.sh installs it)"
  exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp/home" MENTOR_TODAY=2026-11-23 LC_ALL=C.UTF-8 NO_COLOR=1
unset MENTOR_DIR MENTOR_USER VISUAL EDITOR
mkdir -p "$HOME"
fail() { echo "FAIL: $*"; exit 1; }

cp -r "$examples/school" "$tmp/p"
cd "$tmp/p" || exit 1
m() { "$bin" "$@"; }
m pair --today 2026-08-24 > /dev/null || fail "pair"
m schedule --today 2026-08-24 > /dev/null || fail "schedule"
# Some history so that every chart has bars: check-ins, a workshop, goals.
for d in 2026-09-01 2026-09-08 2026-09-15 2026-10-06 2026-11-17; do
  m log asmith --as pshah --date "$d" --minutes 45 -m "check-in" > /dev/null || fail "log"
done
m log kpatel --as mlopez --date 2026-09-02 --minutes 40 -m "check-in" > /dev/null || fail "log"
m goal add asmith --as pshah --id g1 --date 2026-09-15 --what "Exit tickets" --measure "share" \
  --baseline 40 --target 80 --due 2027-03-15 -m "goal" > /dev/null || fail "goal add"
m goal progress g1 60 --as pshah --date 2026-11-20 -m "progress" > /dev/null || fail "goal progress"
m report --format html -o "$tmp/report.html" 2> /dev/null || fail "report --format html"

flags=(--headless=new --disable-gpu --no-first-run --no-default-browser-check --disable-extensions
       --disable-background-networking --disable-sync --user-data-dir="$tmp/chrome-profile")
[ "$(id -u)" -eq 0 ] && flags+=(--no-sandbox)   # chromium refuses to run as root with its sandbox

# 1. Console errors while loading the report as written.
timeout 120 "$chromium" "${flags[@]}" --enable-logging=stderr --v=0 --virtual-time-budget=3000 \
  --dump-dom "file://$tmp/report.html" > "$tmp/dom.html" 2> "$tmp/console.log" || fail "chromium did not load the report"
grep -q 'chart-workload' "$tmp/dom.html" || fail "the dumped DOM does not hold the report"
if grep -E 'CONSOLE|Uncaught|ERR_FILE_NOT_FOUND|Failed to load|net::ERR' "$tmp/console.log" | grep -v 'dbus\|DBus'; then
  fail "chromium logged console or load errors for the report"
fi

# 2. Rendered sizes of the charts, and nothing fetched.
cp "$tmp/report.html" "$tmp/probe.html"
cat >> "$tmp/probe.html" <<'PROBE'
<script>
window.addEventListener('load', function () {
  var out = [];
  ['chart-adherence', 'chart-goals', 'chart-workload', 'chart-years'].forEach(function (id) {
    var e = document.getElementById(id);
    var r = e ? e.getBoundingClientRect() : {width: 0, height: 0};
    out.push(id + ' ' + Math.round(r.width) + 'x' + Math.round(r.height) + ' rects=' + (e ? e.querySelectorAll('rect').length : 0));
  });
  out.push('svgs ' + document.querySelectorAll('svg').length);
  out.push('resources ' + performance.getEntriesByType('resource').length);
  var pre = document.createElement('pre');
  pre.id = 'probe';
  pre.textContent = out.join('\n');
  document.body.appendChild(pre);
});
</script>
PROBE
timeout 120 "$chromium" "${flags[@]}" --window-size=1200,1600 --virtual-time-budget=3000 \
  --dump-dom "file://$tmp/probe.html" > "$tmp/probe-dom.html" 2> /dev/null || fail "chromium did not load the probe copy"
probe=$(sed -n '/<pre id="probe">/,/<\/pre>/p' "$tmp/probe-dom.html" | sed 's/<[^>]*>//g')
[ -n "$probe" ] || fail "the probe wrote nothing"
echo "$probe"
for id in chart-adherence chart-goals chart-workload chart-years; do
  line=$(grep "^$id " <<< "$probe") || fail "$id not found"
  size=$(awk '{print $2}' <<< "$line")
  w=${size%x*} h=${size#*x}
  rects=$(sed 's/.*rects=//' <<< "$line")
  { [ "$w" -gt 0 ] && [ "$h" -gt 0 ]; } || fail "$id is rendered $size"
  [ "$rects" -gt 0 ] || fail "$id has no bars"
done
grep -q '^svgs 4$' <<< "$probe" || fail "expected exactly four SVG charts"
grep -q '^resources 0$' <<< "$probe" || fail "the page fetched resources; it must be self-contained"

# 3. A screenshot.
(cd "$tmp" && timeout 120 "$chromium" "${flags[@]}" --window-size=1200,1600 --hide-scrollbars \
  --screenshot="$tmp/report.png" "file://$tmp/report.html" > /dev/null 2>&1) || fail "chromium took no screenshot"
[ -s "$tmp/report.png" ] || fail "no screenshot written"
head -c 8 "$tmp/report.png" | od -An -tx1 | grep -q '89 50 4e 47 0d 0a 1a 0a' || fail "the screenshot is not a PNG"
bytes=$(stat -c %s "$tmp/report.png")
[ "$bytes" -gt 20000 ] || fail "the screenshot is only $bytes bytes; is the page blank?"
if [ -n "${MENTOR_SCREENSHOT_DIR:-}" ]; then cp "$tmp/report.png" "$MENTOR_SCREENSHOT_DIR/report.png"; fi
echo "ok: four charts rendered with non-zero size, no console errors, nothing fetched, screenshot $bytes bytes"

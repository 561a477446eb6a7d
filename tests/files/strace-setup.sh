# Sourced by the strace tests of tests/files after they set `bin` and `examples`: a scratch HOME
# and the usual environment, `fail`, and the skip rules. Without strace, or where ptrace is
# forbidden, the test exits 77 (ctest: skipped); a missing strace fails instead with
# MENTOR_REQUIRE_TOOLS=1.
# LeakSanitizer cannot run in a traced process (it stops with a fatal error under ptrace), so a
# sanitizer build checks these runs for memory errors only.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp/home" MENTOR_TODAY=2026-11-23 LC_ALL=C.UTF-8 NO_COLOR=1
unset MENTOR_DIR MENTOR_USER VISUAL EDITOR
mkdir -p "$HOME"
fail() { echo "FAIL: $*"; exit 1; }
if ! command -v strace > /dev/null; then
  [ "${MENTOR_REQUIRE_TOOLS:-}" = 1 ] && fail "strace is not installed, and MENTOR_REQUIRE_TOOLS=1 requires it"
  echo "SKIP: strace is not installed"
  exit 77
fi
# A container that forbids ptrace cannot run this test at all: that is a skip, not a pass.
if ! strace -o /dev/null true 2> /dev/null; then
  echo "SKIP: strace cannot trace here (ptrace is not permitted)"
  exit 77
fi

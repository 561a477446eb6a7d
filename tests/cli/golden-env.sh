# Sourced by run-golden.sh and tests/fixtures/prepare.sh: the one environment that golden tests
# and the fixtures they start from run in, so that a fixture is exactly what a golden's own
# %setup would have made.
#
#   golden_env MENTOR_BINARY HOME_DIR
golden_env() {
  export NO_COLOR=1 MENTOR_TODAY=2026-11-23 HOME="$2" TERM=dumb LC_ALL=C.UTF-8
  # The login an entry records as ran= when --as names the writer and git has no identity.
  export USER=tester LOGNAME=tester
  unset MENTOR_DIR MENTOR_USER VISUAL EDITOR XDG_CONFIG_HOME MENTOR_PAGER PAGER
  # git looks for a repository no higher than the test's own directory, wherever TMPDIR is.
  GIT_CEILING_DIRECTORIES=$(dirname "$2")
  export GIT_CEILING_DIRECTORIES
  mkdir -p "$HOME"
  bin=$1
  mentor() { "$bin" "$@"; }
  export -f mentor
  export bin
}

#!/usr/bin/env bash
# Runs one golden CLI test: a .test file holds the command, the expected standard output,
# standard error and exit status, and optionally setup commands and input files.
#
#   run-golden.sh MENTOR_BINARY TEST_FILE EXAMPLES_DIR [FIXTURES_DIR]
#
# Sections of a .test file (each starts with a line '%name'; all but %command optional):
#   # ...            comment lines before the first section describe the case
#   %example NAME    copy examples/NAME into the temp dir first (default: school; 'none' for empty),
#                    without the example's journal/ (tested on its own by
#                    tests/journal/example_journal.sh), so that the goldens start from no journal;
#                    or the prepared fixture FIXTURES_DIR/NAME that tests/fixtures/NAME.setup
#                    describes (e.g. school-paired: school after `mentor pair`); ctest makes
#                    them once per run, before the goldens that name one
#   %file PATH       the lines up to the next section are written to PATH
#   %setup           shell lines run (bash -e) before the command, e.g. sed on roster.yaml
#   %command         one shell line; `mentor` runs the binary under test
#   %exit N          expected exit status (default 0)
#   %stdout / %stderr  expected output, exactly
#
# The command runs in a fresh temp copy with NO_COLOR=1 and MENTOR_TODAY=2026-11-23,
# and nothing of the caller's environment that mentor reads.
# MENTOR_GOLDEN_UPDATE=1 rewrites the expected sections from the actual run.
set -u
bin=$(realpath "$1") test=$(realpath "$2") examples=$(realpath "$3") fixtures=${4:-}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

example=school setup= command= expected_exit=0 stdout= stderr=
section= file_path=
declare -a file_paths=() file_bodies=()
have_stdout=0 have_stderr=0
while IFS= read -r line || [ -n "$line" ]; do
  case "$line" in
    %example\ *) section=; example=${line#%example }; continue ;;
    %exit\ *) section=; expected_exit=${line#%exit }; continue ;;
    %file\ *) section=file; file_paths+=("${line#%file }"); file_bodies+=(""); continue ;;
    %setup) section=setup; continue ;;
    %command) section=command; continue ;;
    %stdout) section=stdout; have_stdout=1; continue ;;
    %stderr) section=stderr; have_stderr=1; continue ;;
  esac
  case "$section" in
    file) i=$((${#file_bodies[@]} - 1)); file_bodies[$i]+="$line"$'\n' ;;
    setup) setup+="$line"$'\n' ;;
    command) command+="$line"$'\n' ;;
    stdout) stdout+="$line"$'\n' ;;
    stderr) stderr+="$line"$'\n' ;;
  esac
done < "$test"

work="$tmp/work"
if [ "$example" = none ]; then
  mkdir -p "$work"
elif [ -n "$fixtures" ] && [ -d "$fixtures/$example" ]; then
  cp -r "$fixtures/$example" "$work"
elif [ -d "$examples/$example" ]; then
  cp -r "$examples/$example" "$work"
  rm -rf "$work/journal"
else
  echo "FAIL $test: no example or prepared fixture named '$example'" \
       "(fixtures are made by tests/fixtures/prepare.sh, the ctest test 'fixtures: prepare')"
  exit 1
fi
for i in "${!file_paths[@]}"; do
  mkdir -p "$(dirname "$work/${file_paths[$i]}")"
  printf '%s' "${file_bodies[$i]}" > "$work/${file_paths[$i]}"
done

# shellcheck source=golden-env.sh
source "$(dirname "$0")/golden-env.sh"
golden_env "$bin" "$tmp/home"

if [ -n "$setup" ]; then
  if ! (cd "$work" && bash -e -c "$setup") > "$tmp/setup.log" 2>&1; then
    echo "FAIL $test: setup failed"; cat "$tmp/setup.log"; exit 1
  fi
fi
(cd "$work" && bash -c "$command") < /dev/null > "$tmp/stdout" 2> "$tmp/stderr"
actual_exit=$?

if [ "${MENTOR_GOLDEN_UPDATE:-}" = 1 ]; then
  # Keep everything up to the first expected section, then write the actual results.
  awk '/^%(exit|stdout|stderr)/ {exit} {print}' "$test" > "$tmp/new"
  { echo "%exit $actual_exit"; echo "%stdout"; cat "$tmp/stdout"; echo "%stderr"; cat "$tmp/stderr"; } >> "$tmp/new"
  cp "$tmp/new" "$test"
  echo "updated $test"
  exit 0
fi

status=0
if [ "$actual_exit" != "$expected_exit" ]; then
  echo "FAIL $test: exit status $actual_exit, expected $expected_exit"; status=1
fi
printf '%s' "$stdout" > "$tmp/expected_stdout"
printf '%s' "$stderr" > "$tmp/expected_stderr"
if ! diff -u --label expected --label actual "$tmp/expected_stdout" "$tmp/stdout" > "$tmp/d1"; then
  echo "FAIL $test: standard output differs"; cat "$tmp/d1"; status=1
fi
if ! diff -u --label expected --label actual "$tmp/expected_stderr" "$tmp/stderr" > "$tmp/d2"; then
  echo "FAIL $test: standard error differs"; cat "$tmp/d2"; status=1
fi
[ $status = 0 ] && echo "ok $test"
exit $status

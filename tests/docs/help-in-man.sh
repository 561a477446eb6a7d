#!/usr/bin/env bash
# Checks that every option `mentor ... --help` lists appears in the command's man page:
# `mentor` in man/mentor.1, `mentor roster import` in man/mentor-roster-import.1 when that
# page exists, else in the page of the nearest parent command (man/mentor-roster.1).
#
#   help-in-man.sh MENTOR_BINARY MAN_DIR
set -u
bin=$1 man=$2
status=0

plain_page() {  # a man page with roff font changes and escaped hyphens removed
  sed -e 's/\\f[BIRP]//g' -e 's/\\-/-/g' -e 's/\\(em/--/g' "$1"
}

page_for() {  # the man page that documents a command path such as "roster import"
  local words=($1) name
  while :; do
    name=mentor
    [ ${#words[@]} -gt 0 ] && name="mentor-$(IFS=-; echo "${words[*]}")"
    if [ -f "$man/$name.1" ]; then echo "$man/$name.1"; return; fi
    [ ${#words[@]} -eq 0 ] && return
    unset 'words[${#words[@]}-1]'
  done
}

check() {  # check "roster import": its options, then its subcommands
  local path=$1 help page opts subs
  help=$("$bin" $path --help) || { echo "FAIL: mentor $path --help exited non-zero"; status=1; return; }
  page=$(page_for "$path")
  if [ -z "$page" ]; then
    echo "FAIL: no man page for 'mentor $path'"; status=1; return
  fi
  opts=$(printf '%s\n' "$help" | awk '/^Options:/ {on=1; next} /^[A-Za-z]/ {on=0} on' |
         grep -oE '(^|[ ,])--?[A-Za-z][A-Za-z-]*' | sed 's/^[ ,]//' | sort -u)
  for o in $opts; do
    case "$o" in -h|--help|--version) continue ;; esac
    if ! plain_page "$page" | grep -qe "$o\b"; then
      echo "FAIL: 'mentor $path' has option $o, not documented in $(basename "$page")"; status=1
    fi
  done
  subs=$(printf '%s\n' "$help" | awk '/^Subcommands:/ {on=1; next} /^[A-Za-z]/ {on=0} on {print $1}')
  for s in $subs; do
    if ! plain_page "$page" | grep -qw "$s"; then
      echo "FAIL: subcommand '$s' of 'mentor $path' is not named in $(basename "$page")"; status=1
    fi
    check "${path:+$path }$s"
  done
}

check ""
[ $status = 0 ] && echo "every option of every --help is in its man page"
exit $status

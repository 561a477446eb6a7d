#!/usr/bin/env bash
# The shell completions in the real shells (Debian's bash with bash-completion, zsh, fish):
# each completes a subcommand, an option's value and a person id of the example program, in
# the program's directory, under -C DIR and under $MENTOR_DIR; bash also completes a goal id,
# a sub-subcommand, an option and `--format=`. The helper's own answers are checked too: every
# command `mentor --help` lists is offered (the lists come from the CLI11 definitions, so a
# command added without completion cannot exist), and a hidden command is not.
# A shell that is missing makes the test skip (77), or fail under MENTOR_REQUIRE_TOOLS=1.
#
#   shells.sh MENTOR_BINARY EXAMPLES_DIR COMPLETIONS_DIR
set -uo pipefail
bin=$(realpath "$1") examples=$(realpath "$2") completions=$(realpath "$3")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp/home" MENTOR_TODAY=2026-11-23 LC_ALL=C.UTF-8 NO_COLOR=1 TERM=dumb
unset MENTOR_DIR MENTOR_USER VISUAL EDITOR XDG_CONFIG_HOME
mkdir -p "$HOME" "$tmp/bin"
ln -s "$bin" "$tmp/bin/mentor"
export PATH="$tmp/bin:$PATH"
cp -r "$examples/school" "$tmp/school"
status=0
fail() { echo "FAIL: $*"; status=1; }
missing=()
for shell in bash zsh fish; do command -v "$shell" > /dev/null || missing+=("$shell"); done
[ -f /usr/share/bash-completion/bash_completion ] || missing+=(bash-completion)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "${MENTOR_REQUIRE_TOOLS:-}" = 1 ]; then
    echo "FAIL: ${missing[*]} not installed, and MENTOR_REQUIRE_TOOLS=1 requires them (tools/deps.sh installs them)"
    exit 1
  fi
  echo "SKIP: ${missing[*]} not installed (tools/deps.sh installs them)"
  exit 77
fi

# expect SHELL WHERE LINE WANTED...: the candidates for LINE (completed at its end) must include each WANTED.
expect() {
  local shell=$1 where=$2 line=$3 got
  shift 3
  got=$(cd "$where" && "complete_$shell" "$line" 2>&1)
  for want in "$@"; do
    grep -qxF -- "$want" <<< "$got" || fail "$shell: '$line' in ${where#"$tmp"/} does not offer '$want'; it offers: $(tr '\n' ' ' <<< "$got")"
  done
}
# refuse SHELL WHERE LINE UNWANTED: LINE must not offer UNWANTED.
refuse() {
  local got
  got=$(cd "$2" && "complete_$1" "$3" 2>&1)
  grep -qxF -- "$4" <<< "$got" && fail "$1: '$3' offers '$4'"
  return 0
}

complete_bash() {
  bash --norc --noprofile -c '
    source /usr/share/bash-completion/bash_completion
    source "$1"
    line=$2
    read -ra COMP_WORDS <<< "$line"
    [[ $line == *" " ]] && COMP_WORDS+=("")
    COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
    COMP_LINE=$line COMP_POINT=${#line}
    COMPREPLY=()
    _mentor
    printf "%s\n" "${COMPREPLY[@]}"' bash "$completions/mentor.bash" "$1"
}

# zsh completes only in its line editor: drive an interactive zsh on a pseudo-terminal (zpty),
# press TAB after the line, and have compadd report what the completion function offered.
complete_zsh() {
  zsh -f -c '
    zmodload zsh/zpty
    zpty z zsh -f -i
    zpty -w z "PS1=\"\"; fpath=($1 \$fpath); autoload -Uz compinit; compinit -u -D"
    zpty -w z "compadd() { builtin compadd \"\$@\"; local -a m; m=(\${@[\${@[(i)--]}+1,-1]}); print -r -l -- \"<\"\${^m}\">\" > $3 }"
    zpty -w z "zstyle \":completion:*\" list-prompt \"\"; zstyle \":completion:*\" menu no"
    : > $3
    zpty -w -n z "$2"$'"'"'\t'"'"'
    for i in {1..50}; do [[ -s $3 ]] && break; sleep 0.1; done
    sleep 0.2
    zpty -d z' zsh "$completions" "$1" "$tmp/zsh.out" > /dev/null 2>&1
  sed -n 's/^<\(.*\)>$/\1/p' "$tmp/zsh.out"
}

complete_fish() {
  fish --no-config -c 'source $argv[1]; complete -C $argv[2]' "$completions/mentor.fish" "$1" | cut -f1
}

for shell in bash zsh fish; do
  expect $shell "$tmp/school" "mentor ro" roster
  expect $shell "$tmp/school" "mentor roster list --role " mentor mentee coordinator supervisor
  expect $shell "$tmp/school" "mentor log pp" pprincipal
  expect $shell "$tmp" "mentor -C school log lng" lnguyen
  (export MENTOR_DIR="$tmp/school"; expect $shell "$tmp" "mentor pairs --person zla" zlambert)
  refuse $shell "$tmp/school" "mentor " __complete
done
expect bash "$tmp/school" "mentor roster l" list
expect bash "$tmp/school" "mentor roster list --ro" --role
expect bash "$tmp/school" "mentor status --format=j" json  # readline keeps what precedes '='

expect bash "$tmp/school" "mentor log cwhite,lng" cwhite,lnguyen
(cd "$tmp/school" && mentor goal add lnguyen --as lnguyen --id reading-goal --what "Read" --measure x --target 1 --due 2027-01-01 > /dev/null) \
  || fail "could not add a goal"
expect bash "$tmp/school" "mentor goal show rea" reading-goal

# The helper offers every command --help lists.
commands=$(mentor --help | awk '/^Subcommands:/ {on=1; next} on && /^  [a-z]/ {print $1}')
[ -n "$commands" ] || fail "no commands found in mentor --help"
offered=$(cd "$tmp/school" && mentor __complete "")
for c in $commands; do
  grep -qxF "$c" <<< "$offered" || fail "mentor __complete does not offer the command '$c'"
done

[ $status = 0 ] && echo "completions: bash, zsh and fish complete commands, option values and ids"
exit $status

#!/usr/bin/env bash
# Installs the Debian packages mentor needs to build and test, skipping those already there.
# Needs root (or sudo) only when something is missing.
set -euo pipefail
packages=(
  cmake ninja-build g++ pkg-config          # build tools
  libcli11-dev libyaml-cpp-dev libtomlplusplus-dev libfmt-dev liblemon-dev   # libraries mentor links
  libutf8proc-dev                            # display width of names in tables (CJK, emoji, combining marks)
  catch2 python3-scipy                       # unit tests; the solver's differential test
  tzdata                                     # time zone names `mentor check` verifies
  khal python3-vobject python3-icalendar     # calendar tests: a real client and two iCalendar libraries
  chromium python3-yaml                      # report tests: the HTML page in a browser; the roster read independently
  msmtp                                      # reminder test: a real sendmail-compatible client
  faketime                                   # the program's day: a clock set where two zones' days differ
  strace                                     # file tests: writes held in fsync and killed, read errors injected
  libsodium-dev                              # sealed private journal entries: X25519 sealed boxes, XChaCha20-Poly1305
  bash-completion zsh fish git               # completion tests in the real shells; init's repository, the pre-commit hook
  jq                                         # golden tests that pick fields out of JSON output
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "installing: ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" > /dev/null

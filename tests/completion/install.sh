#!/usr/bin/env bash
# `cmake --install` puts the completions where each shell looks under the prefix: bash-completion
# loads completions/mentor on demand, zsh finds _mentor on its fpath, fish reads vendor_completions.d.
#   install.sh BUILD_DIR
set -uo pipefail
build=$(realpath "$1")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cmake --install "$build" --prefix "$tmp/usr" > "$tmp/log" 2>&1 || { echo "FAIL: cmake --install"; cat "$tmp/log"; exit 1; }
status=0
for f in share/bash-completion/completions/mentor share/zsh/site-functions/_mentor share/fish/vendor_completions.d/mentor.fish bin/mentor; do
  [ -s "$tmp/usr/$f" ] || { echo "FAIL: $f not installed"; status=1; }
done
head -1 "$tmp/usr/share/zsh/site-functions/_mentor" | grep -qx '#compdef mentor' || { echo "FAIL: _mentor lacks #compdef"; status=1; }
[ $status = 0 ] && echo "completions: installed for bash, zsh and fish"
exit $status

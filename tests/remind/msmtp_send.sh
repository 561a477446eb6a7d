#!/usr/bin/env bash
# `mentor remind --send` through a real sendmail-compatible client (Debian's msmtp) to a small
# SMTP server on 127.0.0.1: every expected message arrives, addressed to the right person, with
# its headers intact; a second run the same day sends nothing (the repeat rule).
#
#   msmtp_send.sh MENTOR_BINARY EXAMPLES_DIR
set -uo pipefail
bin=$(realpath "$1") examples=$(realpath "$2")
here=$(dirname "$(realpath "$0")")
tmp=$(mktemp -d)
sink_pid=
cleanup() { [ -n "$sink_pid" ] && kill "$sink_pid" 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT
fail() { echo "FAIL: $*"; [ -f "$tmp/msmtp.log" ] && cat "$tmp/msmtp.log"; exit 1; }
command -v msmtp > /dev/null || fail "msmtp is not installed (tools/deps.sh installs it)"
export HOME="$tmp/home" MENTOR_TODAY=2026-11-23 LC_ALL=C.UTF-8 NO_COLOR=1
unset MENTOR_DIR MENTOR_USER
mkdir -p "$HOME"

/usr/bin/python3 "$here/smtp_sink.py" "$tmp/port" "$tmp/spool" &
sink_pid=$!
for _ in $(seq 100); do [ -f "$tmp/port" ] && break; sleep 0.05; done
[ -f "$tmp/port" ] || fail "the SMTP sink did not start"
port=$(cat "$tmp/port")

cat > "$tmp/msmtprc" <<CONF
defaults
logfile $tmp/msmtp.log
account default
host 127.0.0.1
port $port
from induction@lincoln.example.org
auth off
tls off
CONF
chmod 600 "$tmp/msmtprc"

cp -r "$examples/school" "$tmp/p"
cd "$tmp/p"
"$bin" pair --today 2026-08-24 > /dev/null || fail "pair"
"$bin" schedule --today 2026-08-24 > /dev/null || fail "schedule"
sed -i "s|^sendmail = .*|sendmail = \"msmtp --file=$tmp/msmtprc -t\"|" program.toml

# Who should get mail: every recipient of the day's reminders.
"$bin" remind --format json --dry-run > "$tmp/expected.json" || fail "remind --format json"
/usr/bin/python3 -c 'import json,sys; [print(r["email"]) for r in json.load(open(sys.argv[1]))]' "$tmp/expected.json" |
  sort > "$tmp/expected"
[ -s "$tmp/expected" ] || fail "nothing due on the test day"

"$bin" remind --send > "$tmp/out" 2> "$tmp/err" || fail "remind --send exited $?: $(cat "$tmp/err")"
[ -s "$tmp/out" ] && fail "remind --send printed: $(head -3 "$tmp/out")"
[ -s "$tmp/err" ] && fail "remind --send complained: $(cat "$tmp/err")"

# msmtp returns once the server has accepted the message; no waiting is needed.
cat "$tmp"/spool/*.rcpt | sort > "$tmp/received"
diff -u "$tmp/expected" "$tmp/received" > "$tmp/diff" || fail "recipients differ: $(cat "$tmp/diff")"
n=$(wc -l < "$tmp/expected")
/usr/bin/python3 - "$tmp/spool" <<'PY' || fail "a received message is wrong"
import email, email.policy, glob, os, sys
for path in sorted(glob.glob(os.path.join(sys.argv[1], "*.eml"))):
    with open(path, "rb") as f:
        msg = email.message_from_binary_file(f, policy=email.policy.default)
    rcpt = open(path[:-4] + ".rcpt").read().split()
    to = [a.addr_spec for a in msg["To"].addresses]
    assert to == rcpt, (path, to, rcpt)
    assert msg["From"].addresses[0].addr_spec == "induction@lincoln.example.org", msg["From"]
    assert msg["Subject"].startswith("[lincoln-induction] Reminders for Mon 23 Nov"), msg["Subject"]
    assert msg["Message-ID"] and msg["Date"] and msg["MIME-Version"] == "1.0"
    assert msg.get_content().startswith("Hello "), path
PY

# The repeat rule: the same day again sends nothing.
"$bin" remind --send > "$tmp/out2" 2>&1 || fail "second remind --send exited $?"
[ -s "$tmp/out2" ] && fail "second run printed: $(cat "$tmp/out2")"
m=$(ls "$tmp"/spool/*.eml | wc -l)
[ "$m" -eq "$n" ] || fail "second run sent again: $m messages for $n recipients"
echo "ok: $n messages sent through msmtp and received; a second run sent nothing"

#!/usr/bin/python3
"""`mentor remind --format mail` parsed by Python's own mail packages (mailbox, email with
policy.default): one message per recipient, the headers a mail system needs, names that are
not ASCII decoded back exactly, and bodies that decode to the UTF-8 text.

    mail_parse.py MENTOR_BINARY EXAMPLES_DIR
"""
import email
import email.policy
import email.utils
import json
import mailbox
import os
import shutil
import subprocess
import sys
import tempfile


def main():
    binary, examples = os.path.realpath(sys.argv[1]), os.path.realpath(sys.argv[2])
    tmp = tempfile.mkdtemp()
    try:
        prog = os.path.join(tmp, "p")
        shutil.copytree(os.path.join(examples, "school"), prog)
        env = dict(os.environ, HOME=tmp, LC_ALL="C.UTF-8", MENTOR_TODAY="2026-11-23")
        for k in ("MENTOR_DIR", "MENTOR_USER"):
            env.pop(k, None)

        def mentor(*args):
            return subprocess.run([binary, *args], cwd=prog, env=env, check=True, capture_output=True).stdout

        mentor("pair", "--today", "2026-08-24")
        mentor("schedule", "--today", "2026-08-24")
        # A goal whose name is not ASCII, so that a body is quoted-printable.
        mentor("goal", "add", "jnunez", "--as", "jnunez", "--id", "g1", "--date", "2026-09-01",
               "--what", "Écrire des rétroactions — café ☕ for Zoë", "--measure", "share", "--baseline", "1",
               "--target", "5", "--due", "2026-11-27")
        people = {p["id"]: p for p in json.loads(mentor("roster", "list", "--format", "json"))}
        expected = json.loads(mentor("remind", "--format", "json", "--dry-run"))
        raw = mentor("remind", "--format", "mail")
        assert raw, "no mail printed on a busy day"
        path = os.path.join(tmp, "out.mbox")
        with open(path, "wb") as f:
            f.write(raw)
        box = mailbox.mbox(path)
        messages = [email.message_from_bytes(m.as_bytes(), policy=email.policy.default) for m in box]
        raw_of = {w["recipient"]: m.as_bytes() for m, w in zip(box, expected)}
        assert len(messages) == len(expected), f"{len(messages)} messages for {len(expected)} recipients"
        ids = set()
        saw_non_ascii_name = saw_qp = False
        for msg, want in zip(messages, expected):
            person = people[want["recipient"]]
            to = msg["To"]
            assert len(to.addresses) == 1, to
            addr = to.addresses[0]
            assert addr.addr_spec == person["email"], (addr.addr_spec, person["email"])
            assert addr.display_name == person["name"], (addr.display_name, person["name"])
            saw_non_ascii_name |= not person["name"].isascii()
            frm = msg["From"].addresses[0]
            assert frm.addr_spec == "induction@lincoln.example.org", frm
            assert frm.display_name == "Lincoln Elementary New Teacher Induction", frm
            assert msg["Subject"].startswith("[lincoln-induction] Reminders for Mon 23 Nov:"), msg["Subject"]
            when = email.utils.parsedate_to_datetime(msg["Date"])
            assert (when.year, when.month, when.day, when.hour) == (2026, 11, 23, 7), when
            assert when.utcoffset().total_seconds() == -6 * 3600, when  # America/Chicago in November
            mid = msg["Message-ID"]
            assert mid.startswith("<") and mid.endswith("@lincoln.example.org>"), mid
            assert mid not in ids, f"duplicate Message-ID {mid}"
            ids.add(mid)
            assert msg["MIME-Version"] == "1.0"
            assert msg.get_content_type() == "text/plain" and msg.get_content_charset() == "utf-8"
            assert not msg.defects, msg.defects
            body = msg.get_content()
            cte = msg["Content-Transfer-Encoding"]
            if body.isascii():
                assert cte == "7bit", cte
            else:
                assert cte == "quoted-printable", cte
                saw_qp = True
            assert body.startswith(f"Hello {person['name']},\n"), body[:60]
            for item in want["items"]:
                assert item["text"] in body, (want["recipient"], item["text"])
            head, _, rest = raw_of[want["recipient"]].partition(b"\n\n")
            for line in head.split(b"\n"):
                assert len(line) <= 78, f"header line too long: {line!r}"
            for line in rest.split(b"\n"):
                assert len(line) <= 998, f"body line too long: {line!r}"
        assert saw_non_ascii_name, "no recipient with a non-ASCII name was tested"
        assert saw_qp, "no quoted-printable body was tested"
        jn = [m for m, w in zip(messages, expected) if w["recipient"] == "jnunez"][0]
        assert "Écrire des rétroactions — café ☕ for Zoë" in jn.get_content()
        assert jn["To"].addresses[0].display_name == "José Núñez"
        print(f"ok: {len(messages)} messages parse; headers, names and UTF-8 bodies decode")
    finally:
        shutil.rmtree(tmp)


if __name__ == "__main__":
    main()

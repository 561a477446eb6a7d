#!/usr/bin/python3
"""The pager: on a terminal (a pseudo-terminal here) a listing goes through $MENTOR_PAGER, else
the config's pager, else $PAGER; --no-pager, an empty MENTOR_PAGER and a pipe print directly;
commands that are not listings (log) are never paged. --color=always colours an error on a pipe.

   pager.py MENTOR_BINARY EXAMPLES_DIR
"""
import os, pty, shutil, subprocess, sys, tempfile

mentor, examples = os.path.realpath(sys.argv[1]), os.path.realpath(sys.argv[2])
tmp = tempfile.mkdtemp()
failures = []


def run_tty(args, env):
    """Runs mentor with stdout and stderr on a pseudo-terminal; returns what it printed."""
    pid, fd = pty.fork()
    if pid == 0:
        os.chdir(os.path.join(tmp, "school"))
        os.execve(mentor, [mentor] + args, env)
    out = b""
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    os.waitpid(pid, 0)
    return out.decode().replace("\r\n", "\n")


def check(name, ok):
    if not ok:
        failures.append(name)


try:
    shutil.copytree(os.path.join(examples, "school"), os.path.join(tmp, "school"))
    shutil.rmtree(os.path.join(tmp, "school", "journal"))
    home = os.path.join(tmp, "home")
    os.makedirs(home)
    base = {"PATH": "/usr/bin:/bin", "HOME": home, "MENTOR_TODAY": "2026-11-23", "LC_ALL": "C.UTF-8", "TERM": "xterm"}
    paged = dict(base, MENTOR_PAGER="sed 's/^/PAGED:/'", PAGER="sed 's/^/ENV:/'")

    out = run_tty(["roster", "list"], paged)
    check("roster list on a terminal goes through MENTOR_PAGER", "PAGED:ID" in out and "PAGED:pprincipal" in out.replace("  ", " ").replace(" ", "") or out.count("PAGED:") > 10)
    out = run_tty(["--no-pager", "roster", "list"], paged)
    check("--no-pager prints directly", "PAGED:" not in out and "pprincipal" in out)
    out = run_tty(["roster", "list"], dict(paged, MENTOR_PAGER=""))
    check("an empty MENTOR_PAGER prints directly", "PAGED:" not in out and "ENV:" not in out and "pprincipal" in out)
    out = run_tty(["roster", "list"], dict(base, PAGER="sed 's/^/ENV:/'"))
    check("PAGER is used without MENTOR_PAGER", out.count("ENV:") > 10)
    cfg = os.path.join(tmp, "cfg")
    os.makedirs(os.path.join(cfg, "mentor"))
    with open(os.path.join(cfg, "mentor", "config.toml"), "w") as f:
        f.write('pager = "sed \'s/^/CFG:/\'"\n')
    out = run_tty(["roster", "list"], dict(base, PAGER="sed 's/^/ENV:/'", XDG_CONFIG_HOME=cfg))
    check("the config's pager comes before PAGER", out.count("CFG:") > 10 and "ENV:" not in out)
    out = run_tty(["log", "--help"], paged)
    check("log is not paged", "PAGED:" not in out)
    piped = subprocess.run([mentor, "roster", "list"], cwd=os.path.join(tmp, "school"), env=paged,
                           capture_output=True, text=True)
    check("a pipe is not paged", "PAGED:" not in piped.stdout and "pprincipal" in piped.stdout)
    coloured = subprocess.run([mentor, "--color=always", "roster", "show", "nobody"], cwd=os.path.join(tmp, "school"),
                              env=dict(base, NO_COLOR="1"), capture_output=True, text=True)
    check("--color=always colours an error on a pipe, over NO_COLOR", "\033[1;31merror:" in coloured.stderr)
    plain = subprocess.run([mentor, "--color=never", "roster", "show", "nobody"], cwd=os.path.join(tmp, "school"),
                           env=base, capture_output=True, text=True)
    check("--color=never leaves colour out", "\033[" not in plain.stderr and "error:" in plain.stderr)
    out = run_tty(["roster", "show", "nobody"], dict(base, NO_COLOR="1"))
    check("NO_COLOR turns colour off on a terminal", "\033[" not in out and "error:" in out)
    out = run_tty(["roster", "show", "nobody"], base)
    check("colour on a terminal by default", "\033[1;31merror:" in out)
finally:
    shutil.rmtree(tmp, ignore_errors=True)

for f in failures:
    print("FAIL:", f)
if not failures:
    print("terminal: pager and colour as documented")
sys.exit(1 if failures else 0)

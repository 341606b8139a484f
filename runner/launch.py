"""Runs inside the sandbox: stores the program read from stdin as /sandbox/main.py, applies the
per-run resource limits given as name=value arguments, then replaces itself with `python3 main.py`.

Started as `python3 -I -c <this file> cpu=.. as=.. nproc=.. fsize=.. nofile=..`, so the program's
traceback names /sandbox/main.py and the environment set by the sandbox reaches the program intact.
"""
import os
import resource
import sys

LIMITS = {
    "cpu": resource.RLIMIT_CPU,
    "as": resource.RLIMIT_AS,
    "nproc": resource.RLIMIT_NPROC,
    "fsize": resource.RLIMIT_FSIZE,
    "nofile": resource.RLIMIT_NOFILE,
}


def main():
    wanted = dict(arg.split("=", 1) for arg in sys.argv[1:])
    code = sys.stdin.buffer.read()
    with open("/sandbox/main.py", "wb") as f:
        f.write(code)
    devnull = os.open("/dev/null", os.O_RDONLY)
    os.dup2(devnull, 0)
    os.close(devnull)
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    for name, res in LIMITS.items():
        value = int(wanted[name])
        # CPU: the soft limit sends SIGXCPU, the hard one a second later SIGKILL.
        resource.setrlimit(res, (value, value + 1 if name == "cpu" else value))
    os.execv(sys.executable, [sys.executable, "main.py"])


main()

"""The cold runner (one fresh sandbox per run; the warm pool is fork_server.py). Runs inside the
sandbox: stores the program read from stdin as /sandbox/run/main.py, applies the per-run resource limits
given as name=value arguments, then replaces itself with `python3 main.py`.

Started as `python3 -I -c <this file> cpu=.. memory=.. nproc=.. fsize=.. nofile=..`, so the program's
traceback names the same path as in the warm pool and the sandbox's environment reaches it intact.
"""
import os
import resource
import sys

LIMITS = {
    "cpu": resource.RLIMIT_CPU,
    "nproc": resource.RLIMIT_NPROC,
    "fsize": resource.RLIMIT_FSIZE,
    "nofile": resource.RLIMIT_NOFILE,
}
# Importing numpy + torch + matplotlib maps about 1 GiB of address space before the program allocates.
PRELOAD_ADDRESS_SPACE = 1536 * 1024 * 1024


def main():
    wanted = dict(arg.split("=", 1) for arg in sys.argv[1:])
    code = sys.stdin.buffer.read()
    os.mkdir("/sandbox/run")
    os.chdir("/sandbox/run")
    with open("/sandbox/run/main.py", "wb") as f:
        f.write(code)
    devnull = os.open("/dev/null", os.O_RDONLY)
    os.dup2(devnull, 0)
    os.close(devnull)
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    for name, res in LIMITS.items():
        value = int(wanted[name])
        # CPU: the soft limit sends SIGXCPU, the hard one a second later SIGKILL.
        resource.setrlimit(res, (value, value + 1 if name == "cpu" else value))
    address_space = PRELOAD_ADDRESS_SPACE + int(wanted["memory"])
    resource.setrlimit(resource.RLIMIT_AS, (address_space, address_space))
    os.execv(sys.executable, [sys.executable, "main.py"])


main()

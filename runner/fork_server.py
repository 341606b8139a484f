"""The warm runner: one per pool slot, started inside the slot's bubblewrap sandbox as the unprivileged
runner user. It imports numpy, torch and matplotlib once, then serves runs one at a time over a framed
pipe (4-byte big-endian length + JSON): requests on stdin, results on stdout.

Per run it forks a supervisor (trusted code) that becomes a child subreaper and forks the program's
process. The program's process applies the per-run limits, reseeds every RNG from fresh entropy, marks
itself non-dumpable, closes every fd but 0-2, and runs the code with fresh globals in an empty directory.
When the program ends, the supervisor kills every descendant that is left; the server then wipes every
writable place so nothing reaches the next run. No user code ever runs in this process.
"""
import ctypes
import json
import os
import resource
import select
import shutil
import signal
import struct
import sys
import time

PR_SET_DUMPABLE = 4
PR_SET_CHILD_SUBREAPER = 36
RUN_DIR = "/sandbox/run"
SCRIPT = RUN_DIR + "/main.py"
WIPE = ("/sandbox", "/tmp", "/dev/shm", "/mplconfig")
KEEP = set()  # read-only mounts inside the wiped folders (the matplotlib font list)
libc = ctypes.CDLL(None, use_errno=True)

# Preload what lessons import; no thread pools start here, so forking stays safe.
import numpy  # noqa: E402,F401
import torch  # noqa: E402

torch.set_num_threads(1)
import matplotlib  # noqa: E402

matplotlib.use("Agg")
import matplotlib.pyplot  # noqa: E402,F401
import random  # noqa: E402
import traceback  # noqa: E402
import builtins  # noqa: E402
import io  # noqa: E402


def read_frame(fd):
    header = read_exact(fd, 4)
    if header is None:
        return None
    (length,) = struct.unpack(">I", header)
    body = read_exact(fd, length)
    return None if body is None else json.loads(body)


def read_exact(fd, n):
    chunks = []
    while n > 0:
        chunk = os.read(fd, n)
        if not chunk:
            return None
        chunks.append(chunk)
        n -= len(chunk)
    return b"".join(chunks)


def write_frame(fd, message):
    body = json.dumps(message).encode()
    data = struct.pack(">I", len(body)) + body
    while data:
        data = data[os.write(fd, data):]


def children_of(pid):
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as f:
                stat = f.read()
        except OSError:
            continue
        # The ppid is the second field after the parenthesised command name.
        ppid = int(stat[stat.rindex(b")") + 2:].split()[1])
        if ppid == pid:
            found.append(int(entry))
    return found


def kill_descendants():
    """As a subreaper, orphaned descendants become our children: kill and reap until none is left."""
    me = os.getpid()
    while True:
        kids = children_of(me)
        if not kids:
            break
        for pid in kids:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        try:
            while os.waitpid(-1, os.WNOHANG)[0] > 0:
                pass
        except ChildProcessError:
            pass
        time.sleep(0.001)


def run_program(source, limits):
    """In the program's process: limits, fresh entropy, fresh globals, then the code."""
    os.setpgid(0, 0)
    libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
    try:
        with open("/proc/self/oom_score_adj", "w") as f:
            f.write("1000")  # under memory pressure, this process goes first, never the server
    except OSError:
        pass
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    resource.setrlimit(resource.RLIMIT_CPU, (limits["cpu"], limits["cpu"] + 1))
    resource.setrlimit(resource.RLIMIT_FSIZE, (limits["fsize"], limits["fsize"]))
    resource.setrlimit(resource.RLIMIT_NOFILE, (limits["nofile"], limits["nofile"]))
    if limits.get("memoryByRlimit"):
        # Without a memory cgroup: cap the address space at what the preloaded modules use plus the budget.
        with open("/proc/self/status") as f:
            vm_kb = int(next(line for line in f if line.startswith("VmSize:")).split()[1])
        cap = vm_kb * 1024 + limits["memory"]
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    if limits.get("nproc"):
        resource.setrlimit(resource.RLIMIT_NPROC, (limits["nproc"], limits["nproc"]))
    os.chdir(RUN_DIR)
    sys.argv = ["main.py"]
    sys.path[0] = RUN_DIR
    random.seed(os.urandom(32))
    numpy.random.seed(int.from_bytes(os.urandom(4), "little"))
    torch.manual_seed(int.from_bytes(os.urandom(8), "little") & ((1 << 63) - 1))
    sys.stdin = io.TextIOWrapper(io.FileIO(0, "r", closefd=False))
    sys.stdout = io.TextIOWrapper(io.FileIO(1, "w", closefd=False), write_through=True)
    sys.stderr = io.TextIOWrapper(io.FileIO(2, "w", closefd=False), write_through=True)
    sys.__stdout__, sys.__stderr__ = sys.stdout, sys.stderr
    code = 0
    try:
        program = compile(source, SCRIPT, "exec")
        exec(program, {"__name__": "__main__", "__file__": SCRIPT, "__builtins__": builtins})
    except SystemExit as e:
        if e.code is None:
            code = 0
        elif isinstance(e.code, int):
            code = e.code & 0xFF
        else:
            print(e.code, file=sys.stderr)
            code = 1
    except BaseException:
        # The same report Python prints for an uncaught exception, without this file's frames.
        kind, value, tb = sys.exc_info()
        while tb is not None and tb.tb_frame.f_code.co_filename != SCRIPT:
            tb = tb.tb_next
        traceback.print_exception(kind, value, tb)
        code = 1
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BaseException:
        pass
    os._exit(code)


def supervise(source, limits, out_w, err_w, status_w):
    """In the supervisor: fork the program, wait for it, kill what it left behind, report its status."""
    os.setsid()
    libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
    libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    pid = os.fork()
    if pid == 0:
        devnull = os.open("/dev/null", os.O_RDONLY)
        os.dup2(devnull, 0)
        os.dup2(out_w, 1)
        os.dup2(err_w, 2)
        os.closerange(3, 65536)
        try:
            run_program(source, limits)
        finally:
            os._exit(70)
    os.close(out_w)
    os.close(err_w)
    os.write(status_w, json.dumps({"pid": pid}).encode() + b"\n")
    _, status, usage = os.wait4(pid, 0)
    kill_descendants()
    if os.WIFSIGNALED(status):
        result = {"signal": os.WTERMSIG(status)}
    else:
        result = {"exit": os.WEXITSTATUS(status)}
    result["cpu"] = usage.ru_utime + usage.ru_stime
    os.write(status_w, json.dumps(result).encode() + b"\n")
    os._exit(0)


def wipe():
    for top in WIPE:
        try:
            entries = os.listdir(top)
        except OSError:
            continue
        for name in entries:
            path = os.path.join(top, name)
            if path in KEEP:
                continue
            try:
                os.chmod(path, 0o700)
            except OSError:
                pass
            if os.path.isdir(path) and not os.path.islink(path):
                shutil.rmtree(path, onerror=force_remove)
            else:
                try:
                    os.unlink(path)
                except OSError:
                    pass


def force_remove(func, path, _):
    try:
        os.chmod(os.path.dirname(path), 0o700)
        os.chmod(path, 0o700)
        func(path)
    except OSError:
        pass


def serve_one(request, requests_fd, results_fd):
    limits = request["limits"]
    wipe()
    os.mkdir(RUN_DIR, 0o700)
    with open(SCRIPT, "w", encoding="utf-8") as f:
        f.write(request["code"])
    out_r, out_w = os.pipe()
    err_r, err_w = os.pipe()
    status_r, status_w = os.pipe()
    started = time.monotonic()
    supervisor = os.fork()
    if supervisor == 0:
        for fd in (out_r, err_r, status_r, requests_fd, results_fd):
            os.close(fd)
        try:
            supervise(request["code"], limits, out_w, err_w, status_w)
        finally:
            os._exit(71)
    for fd in (out_w, err_w, status_w):
        os.close(fd)

    cap = limits["output"]
    out, err = bytearray(), bytearray()
    status_text = b""
    truncated = timed_out = False
    program = None
    deadline = started + limits["wall"]
    open_fds = {out_r: out, err_r: err, status_r: None}
    while open_fds:
        remaining = deadline - time.monotonic()
        if remaining <= 0 and not timed_out:
            timed_out = True
            kill_program(program, supervisor)
            deadline = time.monotonic() + 2  # the supervisor's clean-up gets a moment, then it goes too
        elif remaining <= 0:
            os.kill(supervisor, signal.SIGKILL)
            break
        ready, _, _ = select.select(list(open_fds), [], [], max(0.0, min(remaining, 0.5)))
        for fd in ready:
            chunk = os.read(fd, 65536)
            if not chunk:
                del open_fds[fd]
                os.close(fd)
                continue
            if fd == status_r:
                status_text += chunk
                if program is None and b"\n" in status_text:
                    program = json.loads(status_text.split(b"\n", 1)[0])["pid"]
                continue
            room = cap - len(out) - len(err)
            open_fds[fd].extend(chunk[: max(0, room)])
            if len(chunk) > room and not truncated:
                truncated = True
                kill_program(program, supervisor)
    for fd in list(open_fds):
        os.close(fd)
    os.waitpid(supervisor, 0)
    lines = [json.loads(line) for line in status_text.splitlines() if line.strip()]
    final = lines[-1] if len(lines) > 1 else {}
    if "signal" in final:
        exit_code, signal_number = 128 + final["signal"], final["signal"]
    elif "exit" in final:
        exit_code, signal_number = final["exit"], None
    else:  # the supervisor itself was killed: the program was too
        exit_code, signal_number = 128 + signal.SIGKILL, signal.SIGKILL
    wipe()
    write_frame(results_fd, {
        "id": request["id"],
        "stdout": out.decode("utf-8", "replace"),
        "stderr": err.decode("utf-8", "replace"),
        "exitCode": exit_code,
        "signal": signal.Signals(signal_number).name if signal_number else None,
        "timedOut": timed_out,
        "truncated": truncated,
        "durationMs": round((time.monotonic() - started) * 1000),
    })


def kill_program(program, supervisor):
    target = program if program is not None else supervisor
    try:
        os.killpg(target, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        try:
            os.kill(target, signal.SIGKILL)
        except ProcessLookupError:
            pass


def main():
    libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
    for arg in sys.argv[1:]:
        KEEP.add(arg)
    # Keep the protocol on private fds so a stray print can never corrupt it.
    requests_fd, results_fd = os.dup(0), os.dup(1)
    devnull = os.open("/dev/null", os.O_RDWR)
    os.dup2(devnull, 0)
    os.dup2(devnull, 1)
    write_frame(results_fd, {"ready": True})
    while True:
        request = read_frame(requests_fd)
        if request is None:
            return
        serve_one(request, requests_fd, results_fd)


main()

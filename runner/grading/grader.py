"""The grader of a practice problem: trusted code, run as the program of one sandboxed run.

The server sends wire.py + this file + a call to grade(payload). The payload holds the learner's code, the
problem's tests.py and reference solution, and a nonce. Before anything else the grader deletes its own
script file; the fork server has already made this process non-dumpable, so no other process of the
runner user can read its memory or its file descriptors. The learner's code then runs only in worker
processes started fresh from a separate source (worker.py): they receive one test's arguments at a time
and send back a value. Expected values, verdicts and messages are made here, and the verdict is the one
line on this process's stdout that starts with the nonce; the workers' stdout and stderr go to a pipe
that only this process reads.
"""
import builtins
import cmath
import ctypes
import fcntl
import os
import select
import signal
import subprocess
import sys
import time
import types

PR_SET_DUMPABLE = 4
OUTPUT_CAP = 2000  # characters of printed output kept per test
LOAD_SECONDS = 10  # starting a worker and running the learner's module-level code
MAX_FRAME = 64 << 20
BUILTIN_ERRORS = {name for name, v in vars(builtins).items() if isinstance(v, type) and issubclass(v, BaseException)}


class Given:
    """A test's keyword arguments and, when the author computed it independently, the expected value."""

    def __init__(self, **kwargs):
        self.kwargs = kwargs
        self.stated = False
        self.expected = None

    def expect(self, value):
        self.stated, self.expected = True, value
        return self


class Case:
    def __init__(self, name, build, visible, rtol, atol, check):
        self.name, self.build, self.visible = name, build, visible
        self.rtol, self.atol, self.check = rtol, atol, check


def load_cases(source):
    cases = []

    def case(visible=False, rtol=None, atol=None, check=None):
        def register(build):
            cases.append(Case(build.__name__, build, visible, rtol, atol, check))
            return build

        return register

    harness = types.ModuleType("harness")
    harness.case = case
    harness.given = Given
    sys.modules["harness"] = harness
    exec(compile(source, "tests.py", "exec"), {"__name__": "tests"})
    return cases


def load_function(source, name):
    namespace = {"__name__": "reference"}
    exec(compile(source, "solution_reference.py", "exec"), namespace)
    return namespace[name]


class Worker:
    """One fresh interpreter running the learner's solution, spoken to over two pipes."""

    def __init__(self, source, code, function):
        req_r, self.req_w = os.pipe()
        self.res_r, res_w = os.pipe()
        self.out_r, out_w = os.pipe()
        self.process = subprocess.Popen(
            [sys.executable, "-I", "-c", source, str(req_r), str(res_w), function],
            stdin=subprocess.DEVNULL, stdout=out_w, stderr=out_w, pass_fds=(req_r, res_w),
            start_new_session=True, cwd="/sandbox/run",
        )
        for fd in (req_r, res_w, out_w):
            os.close(fd)
        for fd in (self.req_w, self.res_r, self.out_r):
            fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) | os.O_NONBLOCK)
        self.pending = b""
        self.output = ""
        self.send({"code": code})

    def send(self, message):
        body = dumps(message).encode("utf-8")
        self.pending += len(body).to_bytes(4, "big") + body

    def receive(self, seconds):
        """The next frame from the worker: ('frame', value) | ('timeout', None) | ('died', status)."""
        self.output = ""
        buffer = b""
        deadline = time.monotonic() + seconds
        while True:
            if len(buffer) >= 4:
                size = int.from_bytes(buffer[:4], "big")
                if size > MAX_FRAME:
                    return "died", "sent a value larger than 64 MiB"
                if len(buffer) >= 4 + size:
                    self.drain_output()
                    try:
                        return "frame", loads(buffer[4:4 + size].decode("utf-8"))
                    except (ValueError, RecursionError):
                        return "died", "sent a malformed reply"
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return "timeout", None
            writers = [self.req_w] if self.pending else []
            readable, writable, _ = select.select([self.res_r, self.out_r], writers, [], remaining)
            if writable:
                try:
                    self.pending = self.pending[os.write(self.req_w, self.pending):]
                except (BrokenPipeError, BlockingIOError):
                    pass
            if self.out_r in readable:
                self.drain_output()
            if self.res_r in readable:
                chunk = os.read(self.res_r, 1 << 20)
                if not chunk:
                    return "died", self.exit_status()
                buffer += chunk

    def drain_output(self):
        while True:
            try:
                chunk = os.read(self.out_r, 65536)
            except BlockingIOError:
                return
            if not chunk:
                return
            if len(self.output) < OUTPUT_CAP:
                self.output += chunk.decode("utf-8", "replace")[: OUTPUT_CAP - len(self.output)]

    def exit_status(self):
        try:
            code = self.process.wait(timeout=1)
        except subprocess.TimeoutExpired:
            self.stop()
            return "stopped replying"
        return f"exited with status {code}" if code >= 0 else f"was killed by {signal.Signals(-code).name}"

    def stop(self):
        try:
            os.killpg(self.process.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        self.process.wait()
        for fd in (self.req_w, self.res_r, self.out_r):
            os.close(fd)


def show(value):
    if isinstance(value, np.ndarray):
        text = np.array2string(value, threshold=24, precision=6, separator=", ")
        return f"{text} (shape {value.shape}, dtype {value.dtype})"
    text = repr(value)
    return text if len(text) <= 300 else text[:300] + "..."


def kind_of(value):
    """The comparison class of a value: numpy scalars compare like the Python values they hold."""
    if isinstance(value, np.ndarray):
        return "array"
    if isinstance(value, (bool, np.bool_)):
        return "bool"
    if isinstance(value, (int, np.integer)):
        return "int"
    if isinstance(value, (float, np.floating)):
        return "float"
    if isinstance(value, (complex, np.complexfloating)):
        return "complex"
    for kind in (str, list, tuple, dict, type(None)):
        if isinstance(value, kind):
            return kind.__name__
    return type_name(value)


def compare(expected, actual, rtol, atol, path="the result"):
    """None when actual matches expected under the problem's rules, else what differs."""
    want, got = kind_of(expected), kind_of(actual)
    if want != got:
        return f"{path} should be {want}, but it is {got}"
    if want == "array":
        if actual.shape != expected.shape:
            return f"{path} has shape {actual.shape}, expected {expected.shape}"
        if actual.dtype != expected.dtype:
            return f"{path} has dtype {actual.dtype}, expected {expected.dtype}"
        if expected.dtype.kind in "fc":
            close = np.isclose(actual, expected, rtol=rtol, atol=atol, equal_nan=True)
        else:
            close = actual == expected
        if close.all():
            return None
        where = tuple(int(i) for i in np.argwhere(~close)[0])
        return f"{path}[{', '.join(map(str, where))}] is {actual[where]!r}, expected {expected[where]!r}"
    if want in ("float", "complex"):
        a, e = complex(actual), complex(expected)
        if cmath.isnan(a) or cmath.isnan(e):  # NaN matches only NaN
            same = cmath.isnan(a) and cmath.isnan(e)
        elif cmath.isinf(a) or cmath.isinf(e):
            same = a == e
        else:
            same = abs(a - e) <= atol + rtol * abs(e)
        return None if same else f"{path} is {actual!r}, expected {expected!r}"
    if want in ("list", "tuple"):
        if len(actual) != len(expected):
            return f"{path} has length {len(actual)}, expected {len(expected)}"
        for i, (e, a) in enumerate(zip(expected, actual)):
            message = compare(e, a, rtol, atol, f"{path}[{i}]")
            if message:
                return message
        return None
    if want == "dict":
        if set(actual) != set(expected):
            return f"{path} has keys {sorted(map(repr, actual))}, expected {sorted(map(repr, expected))}"
        for key in expected:
            message = compare(expected[key], actual[key], rtol, atol, f"{path}[{key!r}]")
            if message:
                return message
        return None
    return None if actual == expected else f"{path} is {show(actual)}, expected {show(expected)}"


def plain(value):
    """A value as the wire carries it, so expected and actual obey the same type rules."""
    return decode(loads(dumps(encode(value))))


def judge(case, expected, reply, time_limit):
    """(status, message, message for a hidden test) of one test from the worker's reply."""
    kind, value = reply
    if kind == "timeout":
        message = f"took longer than the {time_limit:g} s limit"
        return "timeout", message, message
    if kind == "died":
        return "error", f"the process running solution.py {value} during this test", "the process running solution.py ended during a hidden test"
    if type(value) is not dict:
        return "error", "the process running solution.py sent a malformed reply", "a malformed reply on a hidden test"
    if "error" in value:
        return "error", str(value["error"])[-4000:], hidden_error(str(value["error"]))
    if "unsupported" in value:
        message = f"could not read the returned value: {str(value['unsupported'])[:300]}"
        return "error", message, "returned a value that cannot be graded on a hidden test"
    try:
        actual = decode(value.get("value"))
    except (WireError, ValueError, TypeError, RecursionError):
        return "error", "the process running solution.py sent a malformed value", "a malformed value on a hidden test"
    if case.check is not None:
        message = case.check(expected, actual)
    else:
        message = compare(expected, actual, case.rtol, case.atol)
    return ("failed", message, "wrong answer on a hidden test") if message else ("passed", "", "")


def hidden_error(traceback_text):
    """Only a built-in exception's name: a learner-made class name could carry a hidden input out."""
    last = traceback_text.strip().splitlines()[-1] if traceback_text.strip() else ""
    name = last.split(":", 1)[0].strip()
    return f"raised {name if name in BUILTIN_ERRORS else 'an exception'} on a hidden test"


def grade(payload):
    try:
        os.unlink(__file__)  # the script holds the hidden tests; the learner's code must never read it
    except (OSError, NameError):
        pass
    ctypes.CDLL(None).prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
    rtol, atol, limit = payload["rtol"], payload["atol"], payload["timeLimitMs"] / 1000
    try:
        cases = load_cases(payload["tests"])
        reference = load_function(payload["solution"], payload["function"])
    except BaseException as e:
        return emit(payload["nonce"], {"harnessError": f"the problem's tests could not load: {e!r}"})
    if payload["visibleOnly"]:
        cases = [c for c in cases if c.visible]
    results, worker, load_error = [], None, None
    for case in cases:
        case.rtol = rtol if case.rtol is None else case.rtol
        case.atol = atol if case.atol is None else case.atol
        try:
            built = case.build()
            built = built if isinstance(built, Given) else Given(**built)
            args = encode(built.kwargs)
            expected = plain(built.expected if built.stated else reference(**decode(args)))
        except BaseException as e:
            return emit(payload["nonce"], {"harnessError": f"test {case.name} could not be built: {e!r}"})
        started = time.monotonic()
        if worker is None and load_error is None:
            worker = Worker(payload["workerSource"], payload["code"], payload["function"])
            kind, value = worker.receive(LOAD_SECONDS)
            if kind != "frame" or type(value) is not dict or "loaded" not in value:
                load_error = load_failure(kind, value, worker.output)
                worker.stop()
                worker = None
        if load_error:
            results.append(report(case, "error", load_error, load_error, "", started))
            continue
        worker.send({"args": args})
        reply = worker.receive(limit)
        status, message, hidden = judge(case, expected, reply, limit)
        results.append(report(case, status, message, hidden, worker.output, started))
        if reply[0] != "frame":
            worker.stop()
            worker = None
    if worker:
        worker.stop()
    emit(payload["nonce"], {"tests": results})


def load_failure(kind, value, output):
    if kind == "timeout":
        return f"solution.py took longer than {LOAD_SECONDS} s to load (code at the top level runs once)"
    if kind == "died":
        return f"the process running solution.py {value} while loading it\n{output}".strip()
    if type(value) is dict and "loadError" in value:
        return f"solution.py could not be loaded:\n{str(value['loadError'])[-4000:]}"
    return "solution.py could not be loaded"


def report(case, status, message, hidden, output, started):
    duration = round((time.monotonic() - started) * 1000)
    return {
        "name": case.name,
        "visible": case.visible,
        "status": status,
        "message": message if case.visible else hidden,
        "output": output if case.visible else "",
        "durationMs": duration,
    }


def emit(nonce, verdict):
    sys.stdout.write(nonce + " " + dumps(verdict) + "\n")
    sys.stdout.flush()

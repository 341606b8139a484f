"""The worker: the only process that runs a learner's solution. Started by the grader as a fresh
interpreter (`python3 -I -c <wire.py + this file> <requests fd> <results fd> <function>`), so none of the
grader's memory (hidden tests, the reference solution, expected values) exists here.

It loads solution.py once, then answers one request at a time: the arguments of one test in, the
function's return value (or the exception it raised) out. It reports values, never verdicts; a learner
who rewrites this loop can only change which value the grader compares.
"""
import builtins
import os
import sys
import traceback

SOURCE_NAME = "solution.py"


def read_frame(fd):
    header = read_exact(fd, 4)
    if header is None:
        return None
    body = read_exact(fd, int.from_bytes(header, "big"))
    return None if body is None else loads(body.decode("utf-8"))


def read_exact(fd, n):
    chunks = []
    while n > 0:
        chunk = os.read(fd, min(n, 1 << 20))
        if not chunk:
            return None
        chunks.append(chunk)
        n -= len(chunk)
    return b"".join(chunks)


def write_frame(fd, message):
    body = dumps(message).encode("utf-8")
    data = len(body).to_bytes(4, "big") + body
    while data:
        data = data[os.write(fd, data):]


def learner_traceback():
    """The traceback of an exception, keeping only the frames in the learner's file."""
    kind, value, tb = sys.exc_info()
    while tb is not None and tb.tb_frame.f_code.co_filename != SOURCE_NAME:
        tb = tb.tb_next
    return "".join(traceback.format_exception(kind, value, tb)).strip()[-4000:]


def flush():
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except BaseException:
            pass


def main():
    requests_fd, results_fd, function = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    sys.argv = [SOURCE_NAME]
    code = read_frame(requests_fd)["code"]
    namespace = {"__name__": "solution", "__file__": SOURCE_NAME, "__builtins__": builtins}
    try:
        exec(compile(code, SOURCE_NAME, "exec"), namespace)
        solve = namespace.get(function)
        if not callable(solve):
            raise NameError(f"solution.py must define a function named {function}")
    except BaseException:
        flush()
        write_frame(results_fd, {"loadError": learner_traceback()})
        return
    write_frame(results_fd, {"loaded": True})
    while True:
        request = read_frame(requests_fd)
        if request is None:
            return
        try:
            result = solve(**decode(request["args"]))
        except BaseException:
            flush()
            write_frame(results_fd, {"error": learner_traceback()})
            continue
        flush()
        try:
            write_frame(results_fd, {"value": encode(result)})
        except WireError as e:
            write_frame(results_fd, {"unsupported": str(e)})
        except (ValueError, RecursionError, OverflowError):
            write_frame(results_fd, {"unsupported": "the returned value could not be encoded"})


main()

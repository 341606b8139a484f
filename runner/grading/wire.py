"""The value codec shared by the grader and the worker that runs a learner's solution.

Values cross the process boundary as JSON with tags for what JSON cannot say (tuples, numpy arrays and
scalars, dicts with any keys). Only plain data survives: the grader never sees a learner's object, so an
object whose `==` always answers True has nothing to offer. Decoding trusts nothing: dtypes come from a
short list and every array's byte count must match its shape.
"""
import base64
import json

import numpy as np

MAX_DEPTH = 32
DTYPE_KINDS = "biufc"  # bool, signed and unsigned ints, floats, complex: never object, str or void


class WireError(ValueError):
    pass


def type_name(value):
    kind = type(value)
    return kind.__name__ if kind.__module__ == "builtins" else f"{kind.__module__}.{kind.__qualname__}"


def encode(value, depth=0):
    if depth > MAX_DEPTH:
        raise WireError(f"the value is nested more than {MAX_DEPTH} levels deep")
    if value is None or type(value) in (bool, int, float, str):
        return value
    if isinstance(value, np.ndarray):
        array = np.ascontiguousarray(np.asarray(value))  # drops subclasses (matrix, masked) to plain data
        if array.dtype.kind not in DTYPE_KINDS:
            raise WireError(f"a numpy array of dtype {array.dtype} cannot be graded; use a numeric dtype")
        data = base64.b64encode(array.tobytes()).decode("ascii")
        return {"$t": "nd", "dtype": array.dtype.str, "shape": list(array.shape), "data": data}
    if isinstance(value, np.generic):
        if value.dtype.kind not in DTYPE_KINDS:
            raise WireError(f"a numpy scalar of dtype {value.dtype} cannot be graded")
        return {"$t": "np", "dtype": value.dtype.str, "v": encode(value.item(), depth + 1)}
    if isinstance(value, bool):
        return bool(value)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value)
    if isinstance(value, str):
        return str(value)
    if type(value) in (list, tuple):
        items = [encode(item, depth + 1) for item in value]
        return items if type(value) is list else {"$t": "tuple", "v": items}
    if type(value) is dict:
        return {"$t": "dict", "v": [[encode(k, depth + 1), encode(v, depth + 1)] for k, v in value.items()]}
    raise WireError(f"a value of type {type_name(value)} cannot be graded")


def decode(data, depth=0):
    if depth > MAX_DEPTH:
        raise WireError(f"the value is nested more than {MAX_DEPTH} levels deep")
    if data is None or type(data) in (bool, int, float, str):
        return data
    if type(data) is list:
        return [decode(item, depth + 1) for item in data]
    if type(data) is not dict or not isinstance(data.get("$t"), str):
        raise WireError("malformed value")
    tag = data["$t"]
    if tag == "tuple" and type(data.get("v")) is list:
        return tuple(decode(item, depth + 1) for item in data["v"])
    if tag == "dict" and type(data.get("v")) is list:
        pairs = [decode(pair, depth + 1) for pair in data["v"]]
        if not all(type(p) is list and len(p) == 2 for p in pairs):
            raise WireError("malformed dict")
        try:
            return {k: v for k, v in pairs}
        except TypeError:
            raise WireError("a dict key cannot be hashed") from None
    if tag == "nd":
        return decode_array(data)
    if tag == "np":
        dtype = numeric_dtype(data.get("dtype"))
        return dtype.type(decode(data.get("v"), depth + 1))
    raise WireError("malformed value")


def numeric_dtype(text):
    try:
        dtype = np.dtype(text) if type(text) is str and len(text) <= 8 else None
    except TypeError:
        dtype = None
    if dtype is None or dtype.kind not in DTYPE_KINDS:
        raise WireError("unsupported dtype")
    return dtype


def decode_array(data):
    dtype = numeric_dtype(data.get("dtype"))
    shape = data.get("shape")
    if type(shape) is not list or len(shape) > 32 or not all(type(n) is int and n >= 0 for n in shape):
        raise WireError("malformed array shape")
    raw = base64.b64decode(data.get("data", ""), validate=True) if type(data.get("data")) is str else None
    if raw is None or len(raw) != int(np.prod(shape, dtype=np.int64)) * dtype.itemsize:
        raise WireError("array data does not match its shape")
    return np.frombuffer(raw, dtype=dtype).reshape(shape).copy()


def dumps(value):
    return json.dumps(value, allow_nan=True, separators=(",", ":"))


def loads(text):
    return json.loads(text)

import numpy as np


def rope_rotate(x: np.ndarray, positions: np.ndarray | None = None, base: float = 10000.0) -> np.ndarray:
    """Rotary position embedding with interleaved pairs (x[..., 2i], x[..., 2i+1]).

    x: shape (..., t, d), d even, float32 or float64. positions: None (0..t-1) or int64 array of shape (t,).
    Pair i of row r turns by positions[r] * base ** (-2i / d) radians (angles computed in float64).
    Returns an array of the same shape and dtype as x.
    """
    raise NotImplementedError

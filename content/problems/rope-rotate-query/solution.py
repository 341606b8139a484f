import numpy as np


def rope_rotate(x: np.ndarray, positions: np.ndarray | None = None, base: float = 10000.0) -> np.ndarray:
    t, d = x.shape[-2], x.shape[-1]
    pos = np.arange(t, dtype=np.float64) if positions is None else np.asarray(positions, dtype=np.float64)
    theta = float(base) ** (-np.arange(0, d, 2, dtype=np.float64) / d)  # (d/2,)
    angles = pos[:, None] * theta[None, :]                               # (t, d/2), float64
    cos, sin = np.cos(angles), np.sin(angles)
    even, odd = x[..., 0::2].astype(np.float64), x[..., 1::2].astype(np.float64)
    out = np.empty(x.shape, dtype=np.float64)
    out[..., 0::2] = even * cos - odd * sin
    out[..., 1::2] = even * sin + odd * cos
    return out.astype(x.dtype)

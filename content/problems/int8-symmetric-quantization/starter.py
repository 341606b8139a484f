import numpy as np


def quantize_int8(w: np.ndarray) -> tuple:
    """Per-row symmetric int8 quantization of a float32 matrix w of shape (rows, cols).

    scales: float32 (rows,), max|w| of the row / 127 (1.0 for an all-zero row).
    q: int8 (rows, cols), w / scale rounded half to even (as np.round) and clipped to [-127, 127].
    Returns (q, scales).
    """
    absmax = np.abs(w).max(axis=1)
    scales = np.where(absmax > 0, absmax / np.float32(127), np.float32(1.0)).astype(np.float32)
    q = (w / scales[:, None]).astype(np.int8)  # astype truncates toward zero instead of rounding: fix this
    return q, scales

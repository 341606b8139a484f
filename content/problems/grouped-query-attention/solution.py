import numpy as np


def grouped_query_attention(q: np.ndarray, k: np.ndarray, v: np.ndarray) -> np.ndarray:
    n_q, t, d = q.shape
    n_kv, s, _ = k.shape
    g = n_q // n_kv
    # Heads kv*g .. kv*g + g - 1 form group kv; broadcasting shares K and V without copying them.
    qg = q.reshape(n_kv, g, t, d)
    scores = qg @ np.swapaxes(k, -1, -2)[:, None] / np.sqrt(d).astype(q.dtype)  # (n_kv, g, t, s)
    allowed = np.arange(s)[None, :] <= (s - t + np.arange(t))[:, None]          # (t, s)
    scores = np.where(allowed, scores, -np.inf)
    scores = scores - scores.max(axis=-1, keepdims=True)
    weights = np.exp(scores)
    weights /= weights.sum(axis=-1, keepdims=True)
    out = weights @ v[:, None]                                                   # (n_kv, g, t, d)
    return out.reshape(n_q, t, d).astype(q.dtype, copy=False)

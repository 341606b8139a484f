import numpy as np


def append_and_attend(k_cache: np.ndarray, v_cache: np.ndarray, length: int, steps: list) -> tuple:
    """Append each step's keys/values to a fixed-capacity cache and attend its queries.

    k_cache, v_cache: float64 (capacity, d); rows 0..length-1 are filled, the rest are stale.
    steps: list of (q, k, v) tuples, each float64 (n, d). A step with length + n > capacity is
    refused (output None, nothing changes). New token i sits at position length + i and attends to
    positions 0..length+i, with scores scaled by 1/sqrt(d).

    Returns (outputs, k_cache, v_cache, length): a list of (n, d) float64 arrays or None, the final
    caches (float64, (capacity, d)) and the final length (int).
    """
    k_cache, v_cache = k_cache.copy(), v_cache.copy()
    capacity, d = k_cache.shape
    outputs = []
    for q, k, v in steps:
        n = q.shape[0]
        if length + n > capacity:
            outputs.append(None)
            continue
        k_cache[length:length + n] = k
        v_cache[length:length + n] = v
        scores = q @ k_cache.T / np.sqrt(d)  # every row of the buffer, filled or not: fix this
        scores = scores - scores.max(axis=1, keepdims=True)
        weights = np.exp(scores)
        weights /= weights.sum(axis=1, keepdims=True)
        outputs.append(weights @ v_cache)
        length += n
    return outputs, k_cache, v_cache, length

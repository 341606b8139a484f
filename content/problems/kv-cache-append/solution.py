import numpy as np


def append_and_attend(k_cache: np.ndarray, v_cache: np.ndarray, length: int, steps: list) -> tuple:
    k_cache, v_cache = k_cache.copy(), v_cache.copy()
    capacity, d = k_cache.shape
    outputs = []
    for q, k, v in steps:
        n = q.shape[0]
        if length + n > capacity:
            outputs.append(None)
            continue
        end = length + n
        k_cache[length:end] = k
        v_cache[length:end] = v
        scores = q @ k_cache[:end].T / np.sqrt(d)  # (n, end)
        positions = np.arange(end)
        scores = np.where(positions[None, :] <= (length + np.arange(n))[:, None], scores, -np.inf)
        scores = scores - scores.max(axis=1, keepdims=True)
        weights = np.exp(scores)
        weights /= weights.sum(axis=1, keepdims=True)
        outputs.append(weights @ v_cache[:end])
        length = end
    return outputs, k_cache, v_cache, length

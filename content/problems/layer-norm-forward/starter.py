import numpy as np


def layer_norm(x: np.ndarray, gamma: np.ndarray, beta: np.ndarray, eps: float = 1e-5) -> np.ndarray:
    """Layer normalization over the last axis of x (shape (..., n), float32 or float64).

    gamma, beta: shape (n,), same dtype as x. Uses the biased variance and sqrt(var + eps).
    Returns an array of the same shape and dtype as x.
    """
    mean = x.mean(axis=-1, keepdims=True)
    std = x.std(axis=-1, keepdims=True)
    return gamma * (x - mean) / (std + eps) + beta  # eps belongs inside the square root: fix this

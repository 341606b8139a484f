import numpy as np


def sgd_step(w: np.ndarray, b: float, X: np.ndarray, y: np.ndarray, lr: float) -> tuple:
    n = X.shape[0]
    residual = X @ w + b - y  # (n,)
    grad_w = (2.0 / n) * (X.T @ residual)  # (d,)
    grad_b = (2.0 / n) * residual.sum()
    return w - lr * grad_w, float(b - lr * grad_b)

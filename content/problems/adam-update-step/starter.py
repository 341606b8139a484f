import numpy as np


def adam_step(params: np.ndarray, grads: np.ndarray, m: np.ndarray, v: np.ndarray, t: int,
              lr: float, beta1: float, beta2: float, eps: float) -> tuple:
    """One Adam update at step t (t = 1 on the first call).

    params, grads, m, v: arrays of one shape and one float dtype; m and v are the state from step t - 1.
    Returns the tuple (new_params, new_m, new_v) with the same shape and dtype.
    """
    new_m = beta1 * m + (1 - beta1) * grads
    new_v = beta2 * v + (1 - beta2) * grads ** 2
    # no bias correction: the early steps use moments that are still biased towards zero
    new_params = params - lr * new_m / (np.sqrt(new_v) + eps)
    return new_params, new_m, new_v

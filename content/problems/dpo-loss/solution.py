import numpy as np


def dpo_loss(policy_chosen: np.ndarray, policy_rejected: np.ndarray, ref_chosen: np.ndarray,
             ref_rejected: np.ndarray, beta: float) -> float:
    z = beta * ((policy_chosen - ref_chosen) - (policy_rejected - ref_rejected))
    return float(np.mean(np.logaddexp(0.0, -z)))

import numpy as np


def dpo_loss(policy_chosen: np.ndarray, policy_rejected: np.ndarray, ref_chosen: np.ndarray,
             ref_rejected: np.ndarray, beta: float) -> float:
    """Mean DPO loss over N preference pairs.

    All four arrays are float64 of shape (N,): summed log-probabilities of the chosen and rejected
    responses under the policy and under the frozen reference. beta > 0.
    z = beta * ((policy_chosen - ref_chosen) - (policy_rejected - ref_rejected)); loss = mean(-log sigmoid(z)).
    Returns a Python float, finite for any finite inputs.
    """
    z = beta * ((policy_chosen - ref_chosen) - (policy_rejected - ref_rejected))
    sigmoid = 1.0 / (1.0 + np.exp(-z))  # rounds to 0 for very negative z, and log(0) = -inf: fix this
    return float(np.mean(-np.log(sigmoid)))

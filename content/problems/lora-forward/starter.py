import numpy as np


def lora_forward(x: np.ndarray, W: np.ndarray, A: np.ndarray, B: np.ndarray, alpha: float) -> np.ndarray:
    """LoRA-adapted linear layer: y = x W^T + (alpha / r) (x A^T) B^T.

    x: (..., in_features); W: (out_features, in_features); A: (r, in_features); B: (out_features, r);
    alpha: a Python float; r = A.shape[0]. All arrays float32 or float64 alike.
    Returns y of shape (..., out_features) with the dtype of x.
    """
    return x @ W.T + alpha * (x @ A.T) @ B.T  # the update is not divided by the rank: fix this

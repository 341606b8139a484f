import numpy as np


def lora_forward(x: np.ndarray, W: np.ndarray, A: np.ndarray, B: np.ndarray, alpha: float) -> np.ndarray:
    r = A.shape[0]
    return x @ W.T + (alpha / r) * ((x @ A.T) @ B.T)

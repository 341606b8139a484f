import numpy as np


def top_k_top_p_filter(logits: np.ndarray, top_k: int, top_p: float) -> np.ndarray:
    """Sampling distribution after top-k, then top-p (nucleus) filtering.

    logits: float64 array of shape (vocab,); entries finite or -inf. top_k: int >= 0 (0 = off).
    top_p: float in (0, 1] (1 = off). Tokens are ranked by logit, ties by lower id first; the nucleus is
    the smallest ranked prefix whose mass (after top-k renormalization) reaches top_p.
    Returns a float64 array of shape (vocab,): kept tokens renormalized to sum to 1, removed tokens 0.
    """
    raise NotImplementedError

import numpy as np


def top_k_top_p_filter(logits: np.ndarray, top_k: int, top_p: float) -> np.ndarray:
    order = np.argsort(-logits, kind="stable")  # highest logit first, ties: lower token id first
    keep = np.zeros(logits.shape[0], dtype=bool)
    keep[order[: top_k if top_k > 0 else logits.shape[0]]] = True

    def softmax_over(kept):
        z = np.where(kept, logits, -np.inf)
        e = np.exp(z - z.max())
        return e / e.sum()

    probs = softmax_over(keep)
    if top_p < 1.0:
        ranked = probs[order]
        mass_before = np.concatenate(([0.0], np.cumsum(ranked)[:-1]))  # mass of the tokens ranked above each one
        nucleus = np.zeros_like(keep)
        nucleus[order[mass_before < top_p]] = True
        nucleus[order[0]] = True  # always keep the most likely token
        probs = softmax_over(keep & nucleus)
    return probs

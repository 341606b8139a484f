import numpy as np


def cosine_top_k(query: np.ndarray, docs: np.ndarray, k: int) -> list:
    q = np.asarray(query, dtype=np.float64)
    D = np.asarray(docs, dtype=np.float64).reshape(-1, q.shape[0])
    norms = np.linalg.norm(D, axis=1) * np.linalg.norm(q)
    dots = D @ q
    sims = np.zeros(D.shape[0])
    nonzero = norms > 0
    sims[nonzero] = dots[nonzero] / norms[nonzero]
    order = np.argsort(-sims, kind="stable")  # stable: equal similarities keep lower index first
    return order[:k].tolist()

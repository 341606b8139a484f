import math
from collections import Counter

import numpy as np


def bm25_scores(query: list, docs: list, k1: float, b: float) -> np.ndarray:
    n_docs = len(docs)
    scores = np.zeros(n_docs, dtype=np.float64)
    if n_docs == 0:
        return scores
    avgdl = sum(len(doc) for doc in docs) / n_docs
    df = Counter()
    for doc in docs:
        df.update(set(doc))
    idf = {t: math.log(1.0 + (n_docs - df[t] + 0.5) / (df[t] + 0.5)) for t in set(query)}
    for i, doc in enumerate(docs):
        tf = Counter(doc)
        norm = k1 * (1.0 - b + b * len(doc) / avgdl) if avgdl > 0 else k1 * (1.0 - b)
        total = 0.0
        for t in query:
            f = tf[t]
            if f:
                total += idf[t] * f * (k1 + 1.0) / (f + norm)
        scores[i] = total
    return scores

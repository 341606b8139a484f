import math
from collections import Counter

import numpy as np


def bm25_scores(query: list, docs: list, k1: float, b: float) -> np.ndarray:
    """Okapi BM25 score of every document for the query.

    query: list of str tokens (a repeated token counts once per repetition).
    docs: list of documents, each a list of str tokens.
    k1 > 0, 0 <= b <= 1. idf(t) = ln(1 + (N - n(t) + 0.5) / (n(t) + 0.5)), n(t) = documents containing t.
    Returns a float64 array of shape (len(docs),); absent terms contribute 0.
    """
    n_docs = len(docs)
    scores = np.zeros(n_docs, dtype=np.float64)
    if n_docs == 0:
        return scores
    avgdl = sum(len(doc) for doc in docs) / n_docs
    df = Counter()
    for doc in docs:
        df.update(set(doc))
    # The classic idf, without the "1 +": negative for terms in more than half the documents.
    idf = {t: math.log((n_docs - df[t] + 0.5) / (df[t] + 0.5)) for t in set(query)}
    for i, doc in enumerate(docs):
        tf = Counter(doc)
        norm = k1 * (1.0 - b + b * len(doc) / avgdl) if avgdl > 0 else k1 * (1.0 - b)
        for t in query:
            f = tf[t]
            if f:
                scores[i] += idf[t] * f * (k1 + 1.0) / (f + norm)
    return scores

import numpy as np


def semantic_cache(queries: np.ndarray, threshold: float, max_size) -> list:
    """Process embedded queries through a semantic cache with LRU eviction.

    queries: float64 (n, d), no zero rows; threshold: hit if the best cosine similarity is >= threshold;
    max_size: int >= 1 or None (unbounded). Entry ids are the indices of the queries that inserted them;
    ties go to the smallest id. A hit makes its entry the most recently used; a miss on a full cache
    evicts the least recently used entry, then inserts the query.
    Returns a list of ints: the id of the entry hit, or -1 for a miss.
    """
    order = []  # entry ids, least recently used first
    results = []
    for i, q in enumerate(queries):
        if order:
            sims = queries[order] @ q  # a raw dot product grows with the vectors' lengths: fix this
            best = int(np.argmax(sims))
            if sims[best] >= threshold:
                hit = order.pop(best)
                order.append(hit)
                results.append(hit)
                continue
        results.append(-1)
        if max_size is not None and len(order) >= max_size:
            order.pop(0)
        order.append(i)
    return results

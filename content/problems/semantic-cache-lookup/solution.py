from collections import OrderedDict

import numpy as np


def semantic_cache(queries: np.ndarray, threshold: float, max_size) -> list:
    unit = queries / np.linalg.norm(queries, axis=1, keepdims=True)
    recency = OrderedDict()  # entry id -> None, least recently used first
    results = []
    for i in range(len(unit)):
        if recency:
            ids = np.array(sorted(recency))
            sims = unit[ids] @ unit[i]
            best = int(np.argmax(sims))  # the first maximum: the smallest id on a tie
            if sims[best] >= threshold:
                hit = int(ids[best])
                recency.move_to_end(hit)
                results.append(hit)
                continue
        results.append(-1)
        if max_size is not None and len(recency) >= max_size:
            recency.popitem(last=False)
        recency[i] = None
    return results

def recall_and_mrr(results: list, relevant: list, k: int) -> tuple:
    """(recall@k, MRR@k) averaged over questions that have at least one relevant id.

    results: per question, a ranked list of str ids (best first).
    relevant: per question, a list of relevant str ids (treated as a set; empty -> question skipped).
    k: int >= 1; only the first k results count for both metrics.
    Returns a tuple of two floats; (nan, nan) if no question is evaluated.
    """
    recalls, reciprocal_ranks = [], []
    for ranked, rel in zip(results, relevant):
        wanted = set(rel)
        if not wanted:
            continue
        recalls.append(len(wanted.intersection(ranked[:k])) / len(wanted))
        rr = 0.0
        for rank, doc in enumerate(ranked, start=1):  # looks past the top k
            if doc in wanted:
                rr = 1.0 / rank
                break
        reciprocal_ranks.append(rr)
    if not recalls:
        return float("nan"), float("nan")
    return sum(recalls) / len(recalls), sum(reciprocal_ranks) / len(reciprocal_ranks)

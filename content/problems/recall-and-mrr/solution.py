def recall_and_mrr(results: list, relevant: list, k: int) -> tuple:
    recalls, reciprocal_ranks = [], []
    for ranked, rel in zip(results, relevant):
        wanted = set(rel)
        if not wanted:
            continue
        top = ranked[:k]
        recalls.append(len(wanted.intersection(top)) / len(wanted))
        rr = 0.0
        for rank, doc in enumerate(top, start=1):
            if doc in wanted:
                rr = 1.0 / rank
                break
        reciprocal_ranks.append(rr)
    if not recalls:
        return float("nan"), float("nan")
    return sum(recalls) / len(recalls), sum(reciprocal_ranks) / len(reciprocal_ranks)

def reciprocal_rank_fusion(rankings: list, k: int = 60) -> list:
    scores = {}
    for ranking in rankings:
        distinct = list(dict.fromkeys(ranking))  # drop later repeats, keep first positions
        for rank, doc in enumerate(distinct, start=1):
            scores[doc] = scores.get(doc, 0.0) + 1.0 / (k + rank)
    return sorted(scores, key=lambda doc: (-scores[doc], doc))

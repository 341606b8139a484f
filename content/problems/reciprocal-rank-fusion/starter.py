def reciprocal_rank_fusion(rankings: list, k: int = 60) -> list:
    """Fuse ranked lists of str ids with RRF: score(d) = sum over lists containing d of 1 / (k + rank).

    rankings: list of ranked lists of str ids, best first. Later repeats of an id within one list are
    dropped first; rank is the 1-based position among the list's distinct ids. k: int >= 0.
    Returns every id once, as a list of str, by score descending, ties by id ascending.
    """
    scores = {}
    for ranking in rankings:
        distinct = list(dict.fromkeys(ranking))
        for rank, doc in enumerate(distinct):  # enumerate counts from 0
            scores[doc] = scores.get(doc, 0.0) + 1.0 / (k + rank)
    return sorted(scores, key=lambda doc: (-scores[doc], doc))

import math

import numpy as np
from harness import case, given


@case(visible=True)
def travel_listings_worked_example():
    docs = [["cheap", "flights", "to", "paris"], ["paris", "hotels"], ["cheap", "cheap", "hotels", "in", "rome"]]
    expected = np.array([0.4531509094719841, 0.5773648643526296, 0.9954330369162077])
    return given(query=["cheap", "hotels"], docs=docs, k1=1.2, b=0.75).expect(expected)


@case(visible=True)
def term_in_every_document_keeps_positive_idf():
    # n("the") = N = 3, so idf = ln(1 + 0.5 / 3.5) = ln(8 / 7) > 0. With b = 0 the length factor is k1 = 1.5:
    # one occurrence gives 2.5 / 2.5 = 1, two give 5 / 3.5 = 10 / 7.
    docs = [["the", "cat"], ["the", "dog"], ["the", "the", "bird"]]
    idf = math.log(8.0 / 7.0)
    return given(query=["the"], docs=docs, k1=1.5, b=0.0).expect(np.array([idf, idf, idf * 10.0 / 7.0]))


@case(visible=True)
def empty_document_scores_zero_with_b_one():
    # avgdl = 1; "a" is in 2 of 3 documents: idf = ln(1.6). "c" is in none and adds nothing.
    # Length factors with b = 1: 1.2 * |D|, i.e. 0, 2.4, 1.2. The empty document must score 0, not nan.
    docs = [[], ["a", "b"], ["a"]]
    idf = math.log(1.6)
    expected = np.array([0.0, idf * 2.2 / 3.4, idf * 2.2 / 2.2])
    return given(query=["a", "c"], docs=docs, k1=1.2, b=1.0).expect(expected)


@case()
def repeated_query_token_counts_twice():
    # avgdl = 5 / 3, idf("refund") = ln(1.6); length factors 1.2 * (0.25 + 0.75 * |D| * 3 / 5): 1.38, 1.08, 0.84.
    docs = [["refund", "policy"], ["shipping", "policy"], ["refund"]]
    idf = math.log(1.6)
    expected = np.array([2 * idf * 2.2 / 2.38, 0.0, 2 * idf * 2.2 / 1.84])
    return given(query=["refund", "refund"], docs=docs, k1=1.2, b=0.75).expect(expected)


@case()
def document_frequency_counts_documents_not_occurrences():
    docs = [["gpu", "gpu", "gpu", "gpu"], ["cpu", "ram"], ["cpu"], ["disk", "ram"]]
    return {"query": ["gpu", "cpu"], "docs": docs, "k1": 1.2, "b": 0.75}


@case()
def all_documents_empty():
    return given(query=["a"], docs=[[], [], []], k1=1.2, b=0.75).expect(np.zeros(3))


@case()
def no_documents():
    return given(query=["a", "b"], docs=[], k1=1.2, b=0.75).expect(np.zeros(0))


@case()
def empty_query():
    return given(query=[], docs=[["a"], ["b", "c"]], k1=2.0, b=0.5).expect(np.zeros(2))


@case()
def query_terms_found_nowhere():
    return {"query": ["zebra", "quokka"], "docs": [["a", "b"], ["c"], ["a", "a", "d"]], "k1": 1.2, "b": 0.75}


@case()
def large_zipf_collection():
    rng = np.random.default_rng(62)
    vocab = [f"w{i}" for i in range(500)]
    weights = 1.0 / np.arange(1, 501)
    weights /= weights.sum()
    docs = []
    for _ in range(500):
        length = int(rng.integers(0, 200))
        docs.append([vocab[int(i)] for i in rng.choice(500, size=length, p=weights)])
    query = [vocab[int(i)] for i in (0, 3, 17, 17, 120, 499)]
    return {"query": query, "docs": docs, "k1": 1.5, "b": 0.8}

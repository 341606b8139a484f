import numpy as np
from harness import case, given


@case(visible=True)
def hybrid_bm25_and_dense():
    rankings = [["d3", "d1", "d2"], ["d1", "d4", "d3"]]
    return given(rankings=rankings, k=60).expect(["d1", "d3", "d4", "d2"])


@case(visible=True)
def rank_starts_at_one():
    # k = 1: b = 1/2 + 1/3 = 0.833, a = 1/3 + 1/4 = 0.583, d = 1/2. Counting ranks from 0 puts d above a.
    rankings = [["b", "a"], ["d", "b", "a"]]
    return given(rankings=rankings, k=1).expect(["b", "a", "d"])


@case(visible=True)
def equal_scores_sorted_by_id():
    # a = 1/62 + 1/61 and b = 1/61 + 1/62: the same two terms, an exact tie.
    return given(rankings=[["b", "a"], ["a", "b"]], k=60).expect(["a", "b"])


@case()
def string_order_puts_d10_before_d9():
    rankings = [["d9", "d10", "d2"], ["d10", "d9"]]
    return given(rankings=rankings, k=60).expect(["d10", "d9", "d2"])


@case()
def repeated_id_is_dropped_before_ranking():
    # Distinct ids of list 1: c, a, b. a = 2/62 = 0.032258, b = 1/63 + 1/61 = 0.032266, c = 1/61.
    rankings = [["c", "a", "c", "b"], ["b", "a"]]
    return given(rankings=rankings, k=60).expect(["b", "a", "c"])


@case()
def k_zero_sums_reciprocal_ranks():
    # x = 1, y = 1/2, z = 1/3 + 1.
    return given(rankings=[["x", "y", "z"], ["z"]], k=0).expect(["z", "x", "y"])


@case()
def no_lists():
    return given(rankings=[], k=60).expect([])


@case()
def only_empty_lists():
    return given(rankings=[[], []], k=60).expect([])


@case()
def single_list_keeps_its_order():
    return {"rankings": [["q", "c", "a", "m", "b"]], "k": 60}


@case()
def deep_ranks_with_default_k():
    # "top" is first in list 0 only: 1/61. "deep" is 61st and 63rd in lists 1 and 2: 1/121 + 1/123, a hair more.
    list0 = ["top"] + [f"f{i:03d}" for i in range(70)]
    list1 = [f"g{i:03d}" for i in range(60)] + ["deep"]
    list2 = [f"h{i:03d}" for i in range(62)] + ["deep"]
    return {"rankings": [list0, list1, list2], "k": 60}


@case()
def many_retrievers_random():
    rng = np.random.default_rng(62)
    pool = [f"doc{i}" for i in range(400)]
    rankings = [[pool[int(i)] for i in rng.permutation(400)[: int(rng.integers(50, 300))]] for _ in range(5)]
    return {"rankings": rankings, "k": 60}

import numpy as np
from harness import case, given


@case(visible=True)
def worked_example_with_a_skipped_question():
    results = [["d1", "d2", "d3", "d4"], ["d7", "d8", "d9"], ["d4", "d3", "d1", "d6"], ["d1"]]
    relevant = [["d2", "d5", "d9"], ["d7"], ["d6"], []]
    return given(results=results, relevant=relevant, k=3).expect((4.0 / 9.0, 0.5))


@case(visible=True)
def hit_beyond_k_counts_zero():
    # The only relevant id sits at rank 3; with k = 2 it never reaches the prompt.
    return given(results=[["a", "b", "c"]], relevant=[["c"]], k=2).expect((0.0, 0.0))


@case(visible=True)
def repeated_ids_still_take_up_positions():
    # Q1: top 3 = x, x, y; y is at position 3, so RR = 1/3 (not 1/2). Q2: top 3 = p, p, p; q at position 4
    # is beyond k, so recall 0 and RR 0. Recall@3 = (1 + 0) / 2, MRR@3 = (1/3 + 0) / 2.
    results = [["x", "x", "y", "z"], ["p", "p", "p", "q"]]
    return given(results=results, relevant=[["y"], ["q"]], k=3).expect((0.5, 1.0 / 6.0))


@case()
def duplicate_results_count_once():
    # Top 3 = a, a, b: one of the two relevant ids found, first at rank 1.
    return given(results=[["a", "a", "b", "c"]], relevant=[["a", "c"]], k=3).expect((0.5, 1.0))


@case()
def duplicate_relevant_ids_count_once():
    return given(results=[["x", "y"]], relevant=[["y", "y", "z"]], k=5).expect((0.5, 0.5))


@case()
def every_question_skipped_is_nan():
    return given(results=[["a"], ["b", "c"]], relevant=[[], []], k=2).expect((float("nan"), float("nan")))


@case()
def no_questions_is_nan():
    return given(results=[], relevant=[], k=5).expect((float("nan"), float("nan")))


@case()
def k_longer_than_result_lists():
    # Q1: 2 of 3 found, first at rank 2. Q2: empty result list, nothing found.
    return given(results=[["p", "q", "r"], []], relevant=[["q", "r", "s"], ["t"]], k=10).expect((1.0 / 3.0, 0.25))


@case()
def k_one_only_the_top_result():
    results = [["a", "b"], ["c", "d"], ["e", "f"]]
    relevant = [["a"], ["d"], ["e", "f"]]
    return {"results": results, "relevant": relevant, "k": 1}


@case()
def more_relevant_ids_than_k():
    # Recall divides by all 4 relevant ids, not by k: a perfect top 2 still misses half the evidence.
    return given(results=[["a", "b", "x"]], relevant=[["a", "b", "c", "d"]], k=2).expect((0.5, 1.0))


@case()
def many_questions_random():
    rng = np.random.default_rng(64)
    pool = [f"doc{i}" for i in range(300)]
    results, relevant = [], []
    for _ in range(2000):
        ranked = [pool[int(i)] for i in rng.integers(0, 300, size=int(rng.integers(0, 100)))]
        rel = [pool[int(i)] for i in rng.integers(0, 300, size=int(rng.integers(0, 4)))]
        if ranked:
            rel += [ranked[int(i)] for i in rng.integers(0, len(ranked), size=int(rng.integers(0, 5)))]
        results.append(ranked)
        relevant.append(rel)
    return {"results": results, "relevant": relevant, "k": 5}

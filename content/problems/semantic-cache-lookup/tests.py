import numpy as np
from harness import case, given


@case(visible=True)
def worked_example_lru_eviction():
    queries = np.array([[1.0, 0.0], [0.0, 2.0], [10.0, 1.0], [1.0, 1.0], [0.0, 5.0], [1.0, 0.9]])
    return given(queries=queries, threshold=0.9, max_size=2).expect([-1, -1, 0, -1, -1, 3])


@case(visible=True)
def similarity_equal_to_threshold_is_a_hit():
    # cos([1, 0], [3, 4]) = 3 / 5 = 0.6 exactly, so [3, 4] hits entry 0; [-1, 0] then scores -1 against it
    queries = np.array([[1.0, 0.0], [3.0, 4.0], [-1.0, 0.0]])
    return given(queries=queries, threshold=0.6, max_size=None).expect([-1, 0, -1])


@case()
def no_queries():
    return given(queries=np.zeros((0, 4)), threshold=0.5, max_size=3).expect([])


@case()
def length_does_not_matter():
    # the same direction at very different scales; a raw dot product would call [0.001, 0.001] a miss
    queries = np.array([[1000.0, 1000.0], [0.001, 0.001], [0.0, 0.002], [0.001, 0.001]])
    return given(queries=queries, threshold=0.95, max_size=None).expect([-1, 0, -1, 0])


@case()
def tie_goes_to_the_older_entry():
    # entry 0 is the most recently used when [1, 1] ties between entries 0 and 1: the smaller id wins
    queries = np.array([[1.0, 0.0], [0.0, 1.0], [3.0, 0.0], [1.0, 1.0]])
    return given(queries=queries, threshold=0.7, max_size=None).expect([-1, -1, 0, 0])


@case()
def tie_goes_to_the_smallest_id_not_the_most_recent():
    # [0, 3] hits entry 1, making it the most recently used; [1, 1] then ties entries 0 and 1 at 1 / sqrt(2)
    # and the smaller id, 0, wins although it is the least recently used
    queries = np.array([[1.0, 0.0], [0.0, 1.0], [0.0, 3.0], [1.0, 1.0]])
    return given(queries=queries, threshold=0.7, max_size=None).expect([-1, -1, 1, 0])


@case()
def max_size_one_keeps_only_the_last_miss():
    queries = np.array([[1.0, 0.0], [2.0, 0.0], [0.0, 1.0], [1.0, 0.0], [0.0, 7.0], [5.0, 0.0]])
    return given(queries=queries, threshold=0.99, max_size=1).expect([-1, 0, -1, -1, -1, -1])


@case()
def hit_refreshes_recency():
    # three entries, size 3; entry 0 is hit, so the miss at index 5 evicts entry 1, not 0
    e = np.eye(4)
    queries = np.array([e[0], e[1], e[2], 2 * e[0], e[3], 3 * e[0], e[1]])
    return given(queries=queries, threshold=0.9, max_size=3).expect([-1, -1, -1, 0, -1, 0, -1])


@case()
def opposite_vectors_are_far():
    queries = np.array([[1.0, 2.0, 3.0], [-1.0, -2.0, -3.0], [2.0, 4.0, 6.0], [-0.5, -1.0, -1.5]])
    return given(queries=queries, threshold=0.0, max_size=None).expect([-1, -1, 0, 1])


def clustered(seed, n, d, clusters, noise):
    rng = np.random.default_rng(seed)
    centers = rng.normal(size=(clusters, d))
    picks = rng.zipf(1.6, size=n) % clusters
    scales = 10.0 ** rng.uniform(-2, 2, size=(n, 1))
    return (centers[picks] + noise * rng.normal(size=(n, d))) * scales


@case()
def busy_cache_with_eviction():
    return {"queries": clustered(71, 600, 32, 60, 0.25), "threshold": 0.95, "max_size": 12}


@case()
def unbounded_cache():
    return {"queries": clustered(72, 400, 64, 80, 0.3), "threshold": 0.93, "max_size": None}

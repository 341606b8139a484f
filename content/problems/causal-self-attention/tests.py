import numpy as np
from harness import case, given


@case(visible=True)
def worked_example_three_tokens():
    q = np.array([[2.0, 0.0, 0.0, 0.0], [0.0, 2.0, 0.0, 0.0], [1.0, 1.0, 1.0, 1.0]])
    k = np.array([[2.0, 0.0, 0.0, 0.0], [2.0, 2.0, 0.0, 0.0], [0.0, 0.0, 2.0, 2.0]])
    v = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
    expected = np.array([[1.0, 0.0], [0.1192029220, 0.8807970780], [0.5776812017, 0.8446375965]])
    return given(q=q, k=k, v=v).expect(expected)


@case(visible=True)
def huge_scores_later_keys_larger():
    # d = 1, scores q_i * k_j = 1e10 * (j + 1): every row puts all its weight on its own (largest allowed) key.
    # exp(1e10) overflows without the max shift; a -1e9 mask would let row 0 pick key 2.
    q = np.full((3, 1), 1.0e5)
    k = np.array([[1.0e5], [2.0e5], [3.0e5]])
    v = np.array([[1.0, -1.0], [2.0, -2.0], [3.0, -3.0]])
    return given(q=q, k=k, v=v).expect(v.copy())


@case()
def single_token_returns_its_value():
    q = np.array([[0.3, -1.2, 4.0]])
    k = np.array([[2.0, 0.5, -1.0]])
    v = np.array([[7.0, -8.5]])
    return given(q=q, k=k, v=v).expect(np.array([[7.0, -8.5]]))


@case()
def equal_keys_give_running_mean():
    # All keys equal: every allowed score in a row is the same, so row i is the mean of v[0..i].
    rng = np.random.default_rng(21)
    q = rng.normal(size=(6, 3))
    k = np.tile(np.array([[0.5, -1.0, 2.0]]), (6, 1))
    v = rng.normal(size=(6, 2))
    running_mean = np.cumsum(v, axis=0) / np.arange(1, 7)[:, None]
    return given(q=q, k=k, v=v).expect(running_mean)


@case()
def very_negative_scores():
    rng = np.random.default_rng(22)
    q = rng.normal(size=(5, 2)) * 100.0
    k = -np.abs(rng.normal(size=(5, 2))) * 100.0 * np.sign(q)
    return {"q": q, "k": k, "v": rng.normal(size=(5, 3))}


@case()
def value_width_differs_from_key_width():
    rng = np.random.default_rng(23)
    return {"q": rng.normal(size=(4, 8)), "k": rng.normal(size=(4, 8)), "v": rng.normal(size=(4, 3))}


@case()
def batch_and_heads_leading_axes():
    rng = np.random.default_rng(24)
    return {"q": rng.normal(size=(2, 3, 5, 4)), "k": rng.normal(size=(2, 3, 5, 4)), "v": rng.normal(size=(2, 3, 5, 4))}


@case()
def float32_stays_float32():
    rng = np.random.default_rng(25)
    q, k, v = (rng.normal(size=(3, 6, 8)).astype(np.float32) for _ in range(3))
    return {"q": q, "k": k, "v": v}


@case()
def long_sequence():
    rng = np.random.default_rng(26)
    return {"q": rng.normal(size=(512, 64)), "k": rng.normal(size=(512, 64)), "v": rng.normal(size=(512, 64))}

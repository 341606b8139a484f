import math

import numpy as np
from harness import case, given


def attention_by_loops(q, k, v):
    # Independent check: one head, one query row at a time, with Python floats.
    n_q, t, d = q.shape
    n_kv, s, _ = k.shape
    out = np.zeros(q.shape)
    for h in range(n_q):
        kv = h // (n_q // n_kv)
        for i in range(t):
            visible = range(s - t + i + 1)
            scores = [float(q[h, i] @ k[kv, j]) / math.sqrt(d) for j in visible]
            top = max(scores)
            w = [math.exp(x - top) for x in scores]
            out[h, i] = sum(w[j] * v[kv, j] for j in visible) / sum(w)
    return out


@case(visible=True)
def worked_example_two_groups():
    q = np.array([[1.0, 2.0], [1.0, -1.0], [1.0, 2.0], [1.0, -1.0]]).reshape(4, 2, 1)
    k = np.array([[0.0, 1.0], [1.0, 0.0]]).reshape(2, 2, 1)
    v = np.array([[10.0, 20.0], [-10.0, -20.0]]).reshape(2, 2, 1)
    expected = np.array([
        [10.0, 18.8079707798], [10.0, 12.6894142137], [-10.0, -11.1920292202], [-10.0, -17.3105857863],
    ]).reshape(4, 2, 1)
    return given(q=q, k=k, v=v).expect(expected)


@case(visible=True)
def decode_step_reads_every_cached_key():
    # t = 1, s = 3: the one query row sits at position 2 and sees all three keys.
    q = np.array([[[2.0, 2.0, 0.0, 0.0]], [[0.0, 0.0, 4.0, 0.0]]])
    k = np.array([[[2.0, 0.0, 0.0, 0.0], [0.0, 2.0, 0.0, 0.0], [0.0, 0.0, 2.0, 0.0]]])
    v = np.array([[[1.0, 0.0, 0.0, 0.0], [0.0, 1.0, 0.0, 0.0], [0.0, 0.0, 1.0, 0.0]]])
    a = 1.0 / (2.0 * math.e ** 2 + 1.0)  # head 0: scores [2, 2, 0]
    b = 1.0 / (2.0 + math.e ** 4)        # head 1: scores [0, 0, 4]
    expected = np.array([[[math.e ** 2 * a, math.e ** 2 * a, a, 0.0]], [[b, b, math.e ** 4 * b, 0.0]]])
    return given(q=q, k=k, v=v).expect(expected)


@case()
def single_token_copies_its_value_head():
    v = np.array([[[1.0, 2.0]], [[3.0, 4.0]]])
    q = np.array([[[5.0, -1.0]], [[0.5, 0.5]], [[-2.0, 7.0]], [[0.0, 1.0]]])
    k = np.array([[[1.0, 1.0]], [[-1.0, 2.0]]])
    expected = np.array([[[1.0, 2.0]], [[1.0, 2.0]], [[3.0, 4.0]], [[3.0, 4.0]]])
    return given(q=q, k=k, v=v).expect(expected)


@case()
def chunked_prefill_after_a_cache():
    # t = 3 new queries on top of 4 cached tokens: s = 7, rows at positions 4, 5, 6.
    rng = np.random.default_rng(71)
    q, k, v = rng.normal(size=(4, 3, 5)), rng.normal(size=(2, 7, 5)), rng.normal(size=(2, 7, 5))
    return given(q=q, k=k, v=v).expect(attention_by_loops(q, k, v))


@case()
def as_many_kv_heads_as_query_heads():
    rng = np.random.default_rng(72)
    q, k, v = rng.normal(size=(3, 6, 4)), rng.normal(size=(3, 6, 4)), rng.normal(size=(3, 6, 4))
    return given(q=q, k=k, v=v).expect(attention_by_loops(q, k, v))


@case()
def multi_query_one_kv_head():
    rng = np.random.default_rng(73)
    return {"q": rng.normal(size=(8, 5, 4)), "k": rng.normal(size=(1, 5, 4)), "v": rng.normal(size=(1, 5, 4))}


@case()
def large_scores_stay_finite():
    rng = np.random.default_rng(74)
    q = rng.normal(size=(4, 6, 16)) * 300.0
    k = rng.normal(size=(2, 6, 16)) * 300.0
    return {"q": q, "k": k, "v": rng.normal(size=(2, 6, 16))}


@case()
def float32_stays_float32():
    rng = np.random.default_rng(75)
    q = rng.normal(size=(8, 16, 32)).astype(np.float32)
    k = rng.normal(size=(2, 20, 32)).astype(np.float32)
    v = rng.normal(size=(2, 20, 32)).astype(np.float32)
    return {"q": q, "k": k, "v": v}


@case()
def large_model_shapes():
    rng = np.random.default_rng(76)
    q = rng.normal(size=(32, 128, 64))
    k = rng.normal(size=(8, 128, 64))
    v = rng.normal(size=(8, 128, 64))
    return {"q": q, "k": k, "v": v}

import numpy as np
from harness import case, given


def attend_row_by_row(keys, values, queries, start):
    """Outputs of queries[i] at position start + i, one row at a time (an independent check)."""
    d = keys.shape[1]
    rows = []
    for i, q in enumerate(queries):
        p = start + i
        s = keys[: p + 1] @ q / np.sqrt(d)
        w = np.exp(s - s.max())
        rows.append(w @ values[: p + 1] / w.sum())
    return np.array(rows).reshape(len(queries), d)


@case(visible=True)
def worked_example_decode_steps_and_refusal():
    steps = [
        (np.array([[np.log(3.0)]]), np.array([[1.0]]), np.array([[4.0]])),
        (np.array([[0.0]]), np.array([[0.0]]), np.array([[2.0]])),
        (np.array([[1.0]]), np.array([[1.0]]), np.array([[1.0]])),
    ]
    kc, vc = np.array([[0.0], [7.0], [7.0]]), np.array([[1.0], [9.0], [9.0]])
    outputs = [np.array([[3.25]]), np.array([[7.0 / 3.0]]), None]
    k_after, v_after = np.array([[0.0], [1.0], [0.0]]), np.array([[1.0], [4.0], [2.0]])
    return given(k_cache=kc, v_cache=vc, length=1, steps=steps).expect((outputs, k_after, v_after, 3))


@case(visible=True)
def prefill_chunk_is_causal():
    stale = np.full((4, 4), 3.0)
    q = np.array([[2.0, 0.0, 0.0, 0.0], [0.0, 2.0, 0.0, 0.0]])
    k = np.array([[1.0, 0.0, 0.0, 0.0], [0.0, 1.0, 0.0, 0.0]])
    v = np.array([[1.0, 2.0, 3.0, 4.0], [5.0, 6.0, 7.0, 8.0]])
    # token 0 sees only itself; token 1 scores 0 (key 0) and 2*1/sqrt(4) = 1 (key 1)
    w1 = np.e / (1.0 + np.e)
    out = np.array([[1.0, 2.0, 3.0, 4.0], v[0] + w1 * (v[1] - v[0])])
    k_after, v_after = stale.copy(), stale.copy()
    k_after[:2], v_after[:2] = k, v
    return given(k_cache=stale, v_cache=stale.copy(), length=0, steps=[(q, k, v)]).expect(([out], k_after, v_after, 2))


@case()
def empty_steps_return_cache_unchanged():
    kc = np.arange(6.0).reshape(3, 2)
    vc = -np.arange(6.0).reshape(3, 2)
    return given(k_cache=kc, v_cache=vc, length=2, steps=[]).expect(([], kc.copy(), vc.copy(), 2))


@case()
def stale_rows_are_never_read():
    rng = np.random.default_rng(21)
    d, cap, length = 8, 10, 3
    kc = np.full((cap, d), 40.0)  # stale rows would dominate every score if they were read
    vc = np.full((cap, d), -100.0)
    kc[:length] = rng.normal(size=(length, d))
    vc[:length] = rng.normal(size=(length, d))
    steps = [tuple(rng.normal(size=(1, d)) for _ in range(3)) for _ in range(2)]
    keys = np.vstack([kc[:length]] + [s[1] for s in steps])
    values = np.vstack([vc[:length]] + [s[2] for s in steps])
    outs = [attend_row_by_row(keys, values, s[0], length + j) for j, s in enumerate(steps)]
    k_after, v_after = kc.copy(), vc.copy()
    k_after[: length + 2], v_after[: length + 2] = keys, values
    return given(k_cache=kc, v_cache=vc, length=length, steps=steps).expect((outs, k_after, v_after, length + 2))


@case()
def chunk_exactly_fills_capacity():
    kc, vc = np.zeros((3, 2)), np.zeros((3, 2))
    q = np.zeros((3, 2))
    k = np.ones((3, 2))
    v = np.array([[3.0, 0.0], [0.0, 3.0], [6.0, 6.0]])
    # equal scores: each token averages the values up to itself
    out = np.array([[3.0, 0.0], [1.5, 1.5], [3.0, 3.0]])
    return given(k_cache=kc, v_cache=vc, length=0, steps=[(q, k, v)]).expect(([out], k.copy(), v.copy(), 3))


@case()
def refused_chunk_then_decode_step_fits():
    kc = np.array([[0.0], [5.0], [5.0]])
    vc = np.array([[2.0], [5.0], [5.0]])
    big = (np.zeros((3, 1)), np.zeros((3, 1)), np.ones((3, 1)))
    small = (np.array([[0.0]]), np.array([[0.0]]), np.array([[4.0]]))
    return given(k_cache=kc, v_cache=vc, length=1, steps=[big, small]).expect(
        ([None, np.array([[3.0]])], np.array([[0.0], [0.0], [5.0]]), np.array([[2.0], [4.0], [5.0]]), 2))


@case()
def full_cache_refuses_every_step():
    kc = np.array([[1.0, 2.0], [3.0, 4.0]])
    vc = np.array([[5.0, 6.0], [7.0, 8.0]])
    step = (np.ones((1, 2)), np.ones((1, 2)), np.ones((1, 2)))
    return given(k_cache=kc, v_cache=vc, length=2, steps=[step, step]).expect(([None, None], kc.copy(), vc.copy(), 2))


@case()
def huge_scores_do_not_overflow():
    kc = np.array([[100.0], [0.0], [0.0]])
    vc = np.array([[1.0], [0.0], [0.0]])
    step = (np.array([[100.0]]), np.array([[-100.0]]), np.array([[2.0]]))
    # scores 10^4 and -10^4: all weight on position 0
    return given(k_cache=kc, v_cache=vc, length=1, steps=[step]).expect(
        ([np.array([[1.0]])], np.array([[100.0], [-100.0], [0.0]]), np.array([[1.0], [2.0], [0.0]]), 2))


@case()
def capacity_one():
    step = (np.array([[0.5, -1.0, 2.0]]), np.array([[1.0, 1.0, 1.0]]), np.array([[7.0, 8.0, 9.0]]))
    kc, vc = np.zeros((1, 3)), np.zeros((1, 3))
    return given(k_cache=kc, v_cache=vc, length=0, steps=[step, step]).expect(
        ([np.array([[7.0, 8.0, 9.0]]), None], np.array([[1.0, 1.0, 1.0]]), np.array([[7.0, 8.0, 9.0]]), 1))


@case()
def prefill_then_decode_matches_full_attention():
    rng = np.random.default_rng(22)
    d, cap = 16, 40
    kc, vc = rng.normal(size=(cap, d)) * 5, rng.normal(size=(cap, d)) * 5
    sizes = [12, 1, 1, 5, 1, 30, 1]  # the 30-token chunk does not fit
    steps = [tuple(rng.normal(size=(n, d)) * 2 for _ in range(3)) for n in sizes]
    kept = [s for s, n in zip(steps, sizes) if n != 30]
    keys = np.vstack([s[1] for s in kept])
    values = np.vstack([s[2] for s in kept])
    outs, start = [], 0
    for s, n in zip(steps, sizes):
        if n == 30:
            outs.append(None)
            continue
        outs.append(attend_row_by_row(keys, values, s[0], start))
        start += n
    k_after, v_after = kc.copy(), vc.copy()
    k_after[:start], v_after[:start] = keys, values
    return given(k_cache=kc, v_cache=vc, length=0, steps=steps).expect((outs, k_after, v_after, start))


@case()
def long_session():
    rng = np.random.default_rng(23)
    d, cap = 64, 1024
    kc, vc = rng.normal(size=(cap, d)), rng.normal(size=(cap, d))
    steps = [tuple(rng.normal(size=(400, d)) for _ in range(3))]
    steps += [tuple(rng.normal(size=(1, d)) * 3 for _ in range(3)) for _ in range(599)]
    return {"k_cache": kc, "v_cache": vc, "length": 30, "steps": steps}

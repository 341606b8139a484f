import math

import numpy as np
from harness import case, given


@case(visible=True)
def three_logits():
    return given(logits=np.array([1.0, 2.0, 3.0])).expect(np.array([0.0900305732, 0.2447284711, 0.6652409558]))


@case(visible=True)
def huge_equal_logits():
    return given(logits=np.array([1000.0, 1000.0])).expect(np.array([0.5, 0.5]))


@case()
def single_element_row():
    return given(logits=np.array([[7.5]])).expect(np.array([[1.0]]))


@case()
def very_negative_logits():
    return {"logits": np.array([-10000.0, -10001.0, -10002.0])}


@case()
def rows_far_apart_need_their_own_maximum():
    # Rows 2e4 apart: one batch-wide maximum would shift the second row to about -2e4, where every
    # exponential underflows to 0 and the row becomes 0 / 0. Each row alone is [0, -1, -2] plus a constant.
    e1, e2 = math.exp(-1.0), math.exp(-2.0)
    row = np.array([1.0, e1, e2]) / (1.0 + e1 + e2)
    logits = np.array([[1e4, 1e4 - 1.0, 1e4 - 2.0], [-1e4, -1e4 - 1.0, -1e4 - 2.0]])
    return given(logits=logits).expect(np.stack([row, row]))


@case()
def batch_of_rows():
    rng = np.random.default_rng(11)
    return {"logits": rng.normal(0.0, 5.0, size=(16, 10))}


@case()
def float32_stays_float32():
    return {"logits": np.array([[100.0, 90.0, 80.0], [0.5, 0.5, 0.5]], dtype=np.float32)}


@case()
def three_dimensional_batch():
    rng = np.random.default_rng(12)
    return {"logits": rng.normal(0.0, 30.0, size=(2, 3, 4))}


@case()
def ties_at_the_maximum():
    e = np.exp(-4.0)  # the -1 logit sits 4 below the tied maximum
    return given(logits=np.array([3.0, 3.0, -1.0, 3.0])).expect(np.array([1.0, 1.0, e, 1.0]) / (3.0 + e))


@case()
def large_batch():
    rng = np.random.default_rng(13)
    return {"logits": rng.normal(0.0, 50.0, size=(1000, 500))}

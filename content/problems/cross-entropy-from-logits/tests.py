import math

import numpy as np
from harness import case, given


def int64(values):
    return np.array(values, dtype=np.int64)


@case(visible=True)
def two_rows_example():
    row0 = math.log(math.exp(2.0) + math.exp(1.0) + 1.0) - 2.0  # label 0, small logits: direct formula is safe
    row1 = math.log(3.0)  # three tied logits
    logits = np.array([[2.0, 1.0, 0.0], [0.0, 0.0, 0.0]])
    return given(logits=logits, labels=int64([0, 2])).expect((row0 + row1) / 2)


@case(visible=True)
def huge_logits_do_not_overflow():
    # row 0 puts 1000 on its label: loss log(1 + e^-1000) = 0 in float64; row 1 puts 1000 on the wrong class:
    # loss 1000 + log(1 + e^-1000) - 0 = 1000. Mean 500.
    logits = np.array([[1000.0, 0.0], [0.0, 1000.0]])
    return given(logits=logits, labels=int64([0, 0])).expect(500.0)


@case()
def confident_mistake_is_finite():
    # softmax gives the label e^-800, which underflows to 0 in float64; the loss is still exactly 800
    return given(logits=np.array([[0.0, -800.0, -5000.0]]), labels=int64([1])).expect(800.0)


@case()
def single_class_has_zero_loss():
    return given(logits=np.array([[3.5], [-2.0], [1e4]]), labels=int64([0, 0, 0])).expect(0.0)


@case()
def uniform_logits_give_log_k():
    return given(logits=np.full((4, 50), 7.25), labels=int64([0, 13, 49, 13])).expect(math.log(50.0))


@case(rtol=1e-5, atol=1e-6)
def float32_logits_near_overflow():
    # exp(100) overflows float32; the loss of row [100, 95, 90] with label 1 is 5 + log(1 + e^-5 + e^-10)
    logits = np.array([[100.0, 95.0, 90.0]], dtype=np.float32)
    return given(logits=logits, labels=int64([1])).expect(5.0 + math.log(1.0 + math.exp(-5.0) + math.exp(-10.0)))


@case()
def very_negative_logits():
    rng = np.random.default_rng(51)
    logits = -1e4 + rng.normal(0.0, 3.0, size=(6, 5))
    return {"logits": logits, "labels": rng.integers(0, 5, size=6)}


@case(rtol=1e-5, atol=1e-6)
def float32_batch():
    rng = np.random.default_rng(52)
    logits = rng.normal(0.0, 20.0, size=(64, 10)).astype(np.float32)
    return {"logits": logits, "labels": rng.integers(0, 10, size=64)}


@case()
def square_batch_labels_per_row():
    # n == k: logits[:, labels] has the right shape by accident but picks an n-by-n block
    rng = np.random.default_rng(53)
    return {"logits": rng.normal(0.0, 2.0, size=(5, 5)), "labels": int64([4, 0, 0, 3, 1])}


@case()
def large_random_batch():
    rng = np.random.default_rng(54)
    logits = rng.normal(0.0, 5.0, size=(1024, 500))
    return {"logits": logits, "labels": rng.integers(0, 500, size=1024)}

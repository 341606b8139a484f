from fractions import Fraction
from math import comb

import numpy as np
from harness import case, given


def exact_pass_at_k(n, c, k):
    """The estimator with exact integer binomials and exact rational arithmetic (no product form)."""
    total = sum(1 - Fraction(comb(n_i - c_i, k), comb(n_i, k)) for n_i, c_i in zip(n, c))
    return float(total / len(n))


@case(visible=True)
def three_problems_example():
    # 1 - C(3,2)/C(5,2) = 0.7; no passing sample: 0; n - c = 1 < k: 1
    return given(n=[5, 10, 4], c=[2, 0, 3], k=2).expect(1.7 / 3)


@case(visible=True)
def two_hundred_samples_k_100():
    # 200! overflows float64; 1 - C(197, 100) / C(200, 100) = 1 - (98 * 99 * 100) / (198 * 199 * 200)
    return given(n=[200], c=[3], k=100).expect(1.0 - (98 * 99 * 100) / (198 * 199 * 200))


@case()
def k_1_is_the_mean_pass_rate():
    return given(n=[10, 20, 5], c=[3, 0, 5], k=1).expect((0.3 + 0.0 + 1.0) / 3)


@case()
def unbiased_not_plug_in():
    # plug-in gives 1 - 0.7^5 = 0.8319; the unbiased estimate is 1 - 21/252
    return given(n=[10], c=[3], k=5).expect(1.0 - 21 / 252)


@case()
def k_equals_n_is_all_or_nothing():
    return given(n=[8, 8, 8], c=[0, 1, 8], k=8).expect(2.0 / 3.0)


@case()
def boundary_n_minus_c_equals_k():
    # exactly one k-subset (the 5 failing samples) misses every passing one: 1 - 1/C(10, 5)
    return given(n=[10], c=[5], k=5).expect(1.0 - 1.0 / 252)


@case()
def all_pass_and_none_pass():
    return given(n=[200, 200, 50, 50], c=[200, 0, 50, 0], k=10).expect(0.5)


@case()
def mixed_sample_counts_exact():
    rng = np.random.default_rng(71)
    n = [int(x) for x in rng.integers(20, 301, size=60)]
    c = [int(rng.binomial(n_i, p)) for n_i, p in zip(n, rng.uniform(0.0, 0.3, size=60))]
    return given(n=n, c=c, k=20).expect(exact_pass_at_k(n, c, 20))


@case()
def large_benchmark():
    rng = np.random.default_rng(72)
    n = [int(x) for x in rng.integers(100, 1001, size=2000)]
    c = [int(rng.binomial(n_i, p)) for n_i, p in zip(n, rng.beta(0.5, 2.0, size=2000))]
    return {"n": n, "c": c, "k": 100}

import numpy as np
from harness import case, given


@case(visible=True)
def worked_example_exact_fit_and_cap():
    requests = [(0.0, 3), (0.0, 2), (0.5, 2), (0.5, 1), (10.0, 5)]
    return given(capacity=4.0, rate=2.0, requests=requests).expect([True, False, True, False, False])


@case(visible=True)
def refused_requests_cost_nothing():
    # t=0: 2 -> 0; t=0: 0 < 1 refused; t=0.5: 0.5 < 1 refused; t=1: 1 >= 1 allowed
    requests = [(0.0, 2), (0.0, 1), (0.5, 1), (1.0, 1)]
    return given(capacity=2.0, rate=1.0, requests=requests).expect([True, False, False, True])


@case()
def no_requests():
    return given(capacity=10.0, rate=1.0, requests=[]).expect([])


@case()
def zero_rate_never_refills():
    requests = [(0.0, 1), (5.0, 1), (100.0, 1), (1000.0, 1)]
    return given(capacity=3.0, rate=0.0, requests=requests).expect([True, True, True, False])


@case()
def long_idle_refill_is_capped():
    # after 1000 s the bucket holds 10, not 1000: the second 10-token request empties it
    requests = [(0.0, 10), (1000.0, 10), (1000.0, 1)]
    return given(capacity=10.0, rate=1.0, requests=requests).expect([True, True, False])


@case()
def zero_cost_and_oversized_requests():
    requests = [(0.0, 6), (1.0, 0), (1.0, 5), (1.0, 0), (2.0, 5.5)]
    return given(capacity=5.0, rate=100.0, requests=requests).expect([False, True, True, True, False])


@case()
def burst_at_one_timestamp():
    requests = [(3.0, 1)] * 6 + [(5.0, 1), (5.0, 1)]
    return given(capacity=5.0, rate=0.5, requests=requests).expect([True] * 5 + [False, True, False])


@case()
def refill_reaches_cost_exactly():
    # 0.25 tokens/s: 0.9375 tokens at t=3.75 (refused), exactly 1.0 at t=4 (allowed)
    requests = [(0.0, 1), (3.75, 1), (4.0, 1)]
    return given(capacity=1.0, rate=0.25, requests=requests).expect([True, False, True])


@case()
def first_request_sees_a_full_bucket():
    # a full bucket at t=7.25 whatever came before; then 0 tokens, and 0.25 more by t=7.5
    requests = [(7.25, 8), (7.25, 0.25), (7.5, 0.25)]
    return given(capacity=8.0, rate=1.0, requests=requests).expect([True, False, True])


@case()
def busy_client():
    rng = np.random.default_rng(61)
    times = np.cumsum(rng.integers(0, 6, size=20000)) / 4.0
    costs = rng.integers(0, 13, size=20000)
    return {"capacity": 20.0, "rate": 3.0, "requests": [(float(t), int(c)) for t, c in zip(times, costs)]}


@case()
def fractional_costs_slow_refill():
    rng = np.random.default_rng(62)
    times = np.cumsum(rng.integers(0, 40, size=3000)) / 4.0
    costs = rng.integers(1, 24, size=3000) / 4.0
    return {"capacity": 6.0, "rate": 0.5, "requests": [(float(t), float(c)) for t, c in zip(times, costs)]}

import math

import numpy as np
from harness import case, given


def pairs(rows):
    cols = np.array(rows, dtype=np.float64).T
    return dict(policy_chosen=cols[0], policy_rejected=cols[1], ref_chosen=cols[2], ref_rejected=cols[3])


@case(visible=True)
def worked_example_two_pairs():
    args = pairs([[-10.0, -15.0, -12.0, -13.0], [-20.0, -20.0, -20.0, -20.0]])
    return given(**args, beta=0.1).expect((math.log(1.0 + math.exp(-0.4)) + math.log(2.0)) / 2.0)


@case(visible=True)
def hugely_negative_margin_stays_finite():
    # z = 0.5 * ((-5000 + 100) - (-100 + 3000)) = -3900; -log sigmoid(z) = 3900 + log(1 + e^-3900) = 3900
    args = pairs([[-5000.0, -100.0, -100.0, -3000.0]])
    return given(**args, beta=0.5).expect(3900.0)


@case()
def zero_margin_is_log_two():
    args = pairs([[-3.0, -4.0, -3.0, -4.0], [-250.0, -90.0, -250.0, -90.0], [-1.0, -1.0, -1.0, -1.0]])
    return given(**args, beta=0.3).expect(math.log(2.0))


@case()
def hugely_positive_margin_is_near_zero():
    # z = 1.0 * ((-10 + 900) - (-900 + 10)) = 1780; loss = log(1 + e^-1780), which is 0 in float64
    args = pairs([[-10.0, -900.0, -900.0, -10.0]])
    return given(**args, beta=1.0).expect(0.0)


@case()
def reference_shifts_the_margin():
    # the policy prefers the chosen answer by 2 nats, but the reference preferred it by 5: z = 0.2 * (2 - 5)
    args = pairs([[-30.0, -32.0, -40.0, -45.0]])
    return given(**args, beta=0.2).expect(math.log(1.0 + math.exp(0.6)))


@case()
def extremes_in_one_batch():
    # z = -1000, 0 and +1000: losses 1000, log 2 and 0
    args = pairs([[-2000.0, 0.0, 0.0, 0.0], [-7.0, -7.0, -7.0, -7.0], [0.0, -2000.0, 0.0, 0.0]])
    return given(**args, beta=0.5).expect((1000.0 + math.log(2.0)) / 3.0)


@case()
def moderate_margins_by_hand():
    rows = [[-12.5, -14.0, -13.0, -13.5], [-40.0, -35.0, -42.0, -33.0], [-8.0, -9.0, -8.5, -8.0]]
    zs = [0.05 * ((c - rc) - (r - rr)) for c, r, rc, rr in rows]
    expected = sum(math.log(1.0 + math.exp(-z)) for z in zs) / 3.0
    return given(**pairs(rows), beta=0.05).expect(expected)


@case()
def large_random_batch():
    rng = np.random.default_rng(51)
    n = 4096
    ref_c, ref_r = -rng.gamma(4.0, 60.0, n), -rng.gamma(4.0, 60.0, n)
    # summed log-probabilities are <= 0, so the policy's are clipped there too
    pol_c = np.minimum(ref_c + rng.normal(0.0, 40.0, n), 0.0)
    pol_r = np.minimum(ref_r + rng.normal(0.0, 40.0, n), 0.0)
    return {"policy_chosen": pol_c, "policy_rejected": pol_r, "ref_chosen": ref_c, "ref_rejected": ref_r, "beta": 0.1}


@case()
def long_responses_small_beta():
    rng = np.random.default_rng(52)
    n = 64
    base = -rng.uniform(1000.0, 10000.0, size=(4, n))
    return {"policy_chosen": base[0], "policy_rejected": base[1], "ref_chosen": base[2], "ref_rejected": base[3],
            "beta": 0.01}

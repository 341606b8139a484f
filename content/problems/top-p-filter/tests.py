import numpy as np
from harness import case, given


@case(visible=True)
def worked_example_top4_then_nucleus():
    logits = np.log(np.array([0.10, 0.50, 0.05, 0.20, 0.15]))
    expected = np.array([0.0, 0.50, 0.0, 0.20, 0.15]) / 0.85
    return given(logits=logits, top_k=4, top_p=0.8).expect(expected)


@case(visible=True)
def equal_logits_exact_boundary():
    # Four tokens of probability 0.25: the mass reaches 0.5 exactly after two of them, lowest ids first.
    return given(logits=np.zeros(4), top_k=0, top_p=0.5).expect(np.array([0.5, 0.5, 0.0, 0.0]))


@case()
def top_k_tie_at_the_cut_keeps_lower_ids():
    logits = np.array([1.0, 2.0, 2.0, 2.0, 0.0])
    return given(logits=logits, top_k=2, top_p=1.0).expect(np.array([0.0, 0.5, 0.5, 0.0, 0.0]))


@case()
def nucleus_uses_probabilities_after_top_k():
    # After top-2 the distribution is [0.625, 0.375, 0]; 0.625 alone reaches 0.6.
    logits = np.log(np.array([0.5, 0.3, 0.2]))
    return given(logits=logits, top_k=2, top_p=0.6).expect(np.array([1.0, 0.0, 0.0]))


@case()
def tiny_top_p_keeps_only_the_best():
    logits = np.array([3.0, 5.0, 5.0, 1.0])
    return given(logits=logits, top_k=0, top_p=1e-9).expect(np.array([0.0, 1.0, 0.0, 0.0]))


@case()
def both_filters_off_large_logits():
    e = np.exp(-1.0)
    logits = np.array([1000.0, 999.0, 0.0])
    return given(logits=logits, top_k=0, top_p=1.0).expect(np.array([1.0, e, 0.0]) / (1.0 + e))


@case()
def single_token_vocabulary():
    return given(logits=np.array([4.2]), top_k=1, top_p=0.3).expect(np.array([1.0]))


@case()
def banned_tokens_minus_infinity():
    logits = np.array([-np.inf, 1.0, -np.inf, 0.5, 0.0])
    return {"logits": logits, "top_k": 4, "top_p": 0.9}


@case()
def top_k_larger_than_vocabulary():
    rng = np.random.default_rng(53)
    return {"logits": rng.normal(size=10), "top_k": 50, "top_p": 0.7}


@case()
def large_vocabulary_with_many_ties():
    rng = np.random.default_rng(51)
    logits = rng.integers(0, 200, size=50000) / 8.0  # about 250 tokens share each value
    return {"logits": logits, "top_k": 1000, "top_p": 0.9}


@case()
def large_vocabulary_nucleus_only():
    rng = np.random.default_rng(52)
    return {"logits": rng.normal(0.0, 3.0, size=32000), "top_k": 0, "top_p": 0.95}

import numpy as np
from harness import case, given

# 0 = git, 1 = commit, 2 = -m, 3 = <eos>
SHELL = np.array([
    [0.0, 2.0, 0.5, -1.0],
    [0.1, -2.0, 1.5, 1.5],
    [0.3, 0.0, -1.0, 2.5],
    [1.0, 0.0, 0.0, 0.0],
])


@case(visible=True)
def worked_example_stops_after_eos():
    return given(logits_table=SHELL, prompt=[0], max_new_tokens=10, eos_id=3).expect([1, 2, 3])


@case(visible=True)
def budget_runs_out_before_eos():
    return given(logits_table=SHELL, prompt=[0], max_new_tokens=2, eos_id=3).expect([1, 2])


@case()
def zero_new_tokens():
    return given(logits_table=SHELL, prompt=[0], max_new_tokens=0, eos_id=3).expect([])


@case()
def only_the_last_prompt_token_matters():
    return given(logits_table=SHELL, prompt=[2, 2, 1], max_new_tokens=10, eos_id=3).expect([2, 3])


@case()
def eos_is_the_first_token():
    return given(logits_table=SHELL, prompt=[2], max_new_tokens=5, eos_id=3).expect([3])


@case()
def prompt_ending_in_eos_still_generates():
    return given(logits_table=SHELL, prompt=[1, 3], max_new_tokens=10, eos_id=3).expect([0, 1, 2, 3])


@case()
def all_ties_pick_token_zero():
    table = np.zeros((3, 3))
    return given(logits_table=table, prompt=[1], max_new_tokens=4, eos_id=2).expect([0, 0, 0, 0])


@case()
def no_eos_cycles_until_the_budget():
    table = np.array([[0.0, 1.0, -np.inf], [-np.inf, 0.0, 1.0], [1.0, -np.inf, 0.0]])  # 0 -> 1 -> 2 -> 0
    return given(logits_table=table, prompt=[0], max_new_tokens=7, eos_id=None).expect([1, 2, 0, 1, 2, 0, 1])


@case()
def single_token_vocabulary():
    return given(logits_table=np.array([[0.5]]), prompt=[0], max_new_tokens=3, eos_id=0).expect([0])


@case()
def large_vocabulary_long_chain():
    rng = np.random.default_rng(61)
    vocab = 500
    table = rng.normal(size=(vocab, vocab))
    chain = rng.permutation(vocab)
    table[chain[:-1], chain[1:]] += 6.0  # a strong path through the vocabulary
    table[rng.integers(0, vocab, size=100), rng.integers(0, vocab, size=100)] = -np.inf
    return {"logits_table": table, "prompt": [int(chain[0])], "max_new_tokens": 400, "eos_id": int(chain[350])}

import math

import numpy as np
from harness import case, given


@case(visible=True)
def two_chats_and_an_empty_one():
    return given(logprobs=[[-1.0, -2.0], [-3.0], []]).expect(7.38905609893065)


@case(visible=True)
def uniform_guess_over_vocabulary():
    # A model that spreads mass evenly over 50,000 tokens has perplexity 50,000.
    lp = -math.log(50000.0)
    return given(logprobs=[[lp] * 7, [lp] * 3]).expect(50000.0)


@case()
def certain_model_has_perplexity_one():
    return given(logprobs=[[0.0, 0.0, 0.0], [0.0]]).expect(1.0)


@case()
def long_chat_outweighs_short_chat():
    # 99 tokens at -0.1 and 1 token at -5: mean negative log-probability 14.9 / 100 = 0.149.
    return given(logprobs=[[-0.1] * 99, [-5.0]]).expect(1.1606729892090855)


@case()
def single_token():
    return given(logprobs=[[-0.6931471805599453]]).expect(2.0)


@case()
def only_empty_sequences_is_nan():
    return given(logprobs=[[], [], []]).expect(float("nan"))


@case()
def empty_corpus_is_nan():
    return given(logprobs=[]).expect(float("nan"))


@case()
def very_unlikely_tokens():
    return {"logprobs": [[-100.0, -90.0], [-95.5]]}


@case()
def many_sequences_of_mixed_length():
    rng = np.random.default_rng(48)
    seqs = []
    for _ in range(200):
        n = int(rng.integers(0, 1000))
        seqs.append(np.log(rng.uniform(1e-6, 1.0, size=n)).tolist())
    return {"logprobs": seqs}

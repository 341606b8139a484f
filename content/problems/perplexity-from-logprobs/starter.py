import numpy as np


def perplexity(logprobs: list) -> float:
    """Token-weighted corpus perplexity.

    logprobs: list of sequences, each a list of natural-log token probabilities (floats <= 0).
    Returns exp(-(sum of all log-probs) / (number of tokens)) as a float; empty sequences add no tokens;
    nan if there are no tokens at all.
    """
    per_sequence = [np.exp(-np.mean(seq)) for seq in logprobs if seq]  # weights every sequence equally
    return float(np.mean(per_sequence))

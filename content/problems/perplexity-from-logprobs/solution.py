import math


def perplexity(logprobs: list) -> float:
    total = 0.0
    tokens = 0
    for sequence in logprobs:
        total += math.fsum(sequence)
        tokens += len(sequence)
    if tokens == 0:
        return float("nan")
    return math.exp(-total / tokens)

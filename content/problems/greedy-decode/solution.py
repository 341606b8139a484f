import numpy as np


def greedy_decode(logits_table: np.ndarray, prompt: list[int], max_new_tokens: int, eos_id: int | None) -> list[int]:
    new_tokens = []
    current = prompt[-1]
    while len(new_tokens) < max_new_tokens:
        current = int(np.argmax(logits_table[current]))  # argmax returns the first (lowest) index on ties
        new_tokens.append(current)
        if current == eos_id:
            break
    return new_tokens

import numpy as np


def greedy_decode(logits_table: np.ndarray, prompt: list[int], max_new_tokens: int, eos_id: int | None) -> list[int]:
    """Greedy decoding with a bigram logits table of shape (V, V) (row c: logits of the token after c).

    Starts from prompt[-1]; each step appends argmax of the current row (ties: lowest id).
    Stops after emitting eos_id (which is included) or after max_new_tokens tokens.
    Returns the new token ids as a list of Python ints.
    """
    new_tokens = []
    current = prompt[-1]
    for _ in range(max_new_tokens):
        nxt = int(np.argmax(logits_table[current]))
        if nxt == eos_id:
            break  # the eos token belongs in the output: fix this
        new_tokens.append(nxt)
        current = nxt
    return new_tokens

from collections import Counter


def bpe_merge_step(words: list, counts: list) -> tuple:
    """One BPE training step.

    words: list of words, each a list of symbols (str, no whitespace, maybe several characters).
    counts: list of int (>= 1), how often each word occurs.
    Returns (pair, new_words): pair is the (a, b) tuple of str with the highest count-weighted frequency
    (ties -> smallest tuple), or None if no word has two symbols; new_words is a new list of lists where
    each a-followed-by-b is merged into a + b, left to right without overlap.
    """
    freq = Counter()
    for word, count in zip(words, counts):
        for a, b in zip(word, word[1:]):
            freq[(a, b)] += count
    if not freq:
        return None, [list(word) for word in words]
    best = max(freq.values())
    pair = min(p for p, f in freq.items() if f == best)
    # Merge by editing the space-joined text: can this glue symbols that were never the pair?
    old, new = " ".join(pair), "".join(pair)
    new_words = [" ".join(word).replace(old, new).split(" ") for word in words]
    return pair, new_words

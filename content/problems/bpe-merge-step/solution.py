from collections import Counter


def bpe_merge_step(words: list, counts: list) -> tuple:
    freq = Counter()
    for word, count in zip(words, counts):
        for a, b in zip(word, word[1:]):
            freq[(a, b)] += count
    if not freq:
        return None, [list(word) for word in words]
    best = max(freq.values())
    pair = min(p for p, f in freq.items() if f == best)
    a, b = pair
    new_words = []
    for word in words:
        merged, i = [], 0
        while i < len(word):
            if i + 1 < len(word) and word[i] == a and word[i + 1] == b:
                merged.append(a + b)
                i += 2
            else:
                merged.append(word[i])
                i += 1
        new_words.append(merged)
    return pair, new_words

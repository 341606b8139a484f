import numpy as np
from harness import case, given


@case(visible=True)
def sennrich_low_lower_newest_widest():
    words = [["l", "o", "w"], ["l", "o", "w", "e", "r"], ["n", "e", "w", "e", "s", "t"], ["w", "i", "d", "e", "s", "t"]]
    merged = [["l", "o", "w"], ["l", "o", "w", "e", "r"], ["n", "e", "w", "es", "t"], ["w", "i", "d", "es", "t"]]
    return given(words=words, counts=[5, 2, 6, 3]).expect((("e", "s"), merged))


@case(visible=True)
def overlapping_run_merges_left_to_right():
    # (a, a) occurs 2 + 3 = 5 times counting overlaps; (b, a) only twice.
    words = [["a", "a", "a"], ["a", "a", "a", "a"], ["b", "a"]]
    return given(words=words, counts=[1, 1, 2]).expect((("a", "a"), [["aa", "a"], ["aa", "aa"], ["b", "a"]]))


@case(visible=True)
def multi_character_symbols_are_not_split():
    # (a, b) wins with 3; "xa" + "b" and "a" + "bc" are different pairs and must stay apart.
    words = [["a", "b"], ["xa", "b", "c"], ["a", "bc"], ["c", "a", "b"]]
    expected = [["ab"], ["xa", "b", "c"], ["a", "bc"], ["c", "ab"]]
    return given(words=words, counts=[2, 1, 1, 1]).expect((("a", "b"), expected))


@case()
def counts_weight_the_pairs():
    # (a, b) is in more words, but (c, d) occurs 5 times in the corpus against 2.
    words = [["a", "b"], ["a", "b", "x"], ["c", "d"]]
    return given(words=words, counts=[1, 1, 5]).expect((("c", "d"), [["a", "b"], ["a", "b", "x"], ["cd"]]))


@case()
def tie_goes_to_smallest_pair_not_first_seen():
    # All three pairs occur twice; ("B", "z") < ("a", "c") < ("z", "y") by code point.
    words = [["z", "y"], ["a", "c"], ["B", "z"]]
    return given(words=words, counts=[2, 2, 2]).expect((("B", "z"), [["z", "y"], ["a", "c"], ["Bz"]]))


@case()
def overlaps_count_toward_frequency():
    # (a, a) occurs twice inside "a a a" (overlapping), tying (b, c); the smaller pair (a, a) wins.
    words = [["a", "a", "a"], ["b", "c"]]
    return given(words=words, counts=[1, 2]).expect((("a", "a"), [["aa", "a"], ["b", "c"]]))


@case()
def repeated_pair_inside_one_word():
    words = [["a", "b", "a", "b", "a"], ["b", "a"]]
    return {"words": words, "counts": [3, 1]}


@case()
def empty_and_single_symbol_words_pass_through():
    words = [[], ["h", "i"], ["x"], []]
    return given(words=words, counts=[4, 1, 9, 2]).expect((("h", "i"), [[], ["hi"], ["x"], []]))


@case()
def no_pair_left_returns_none():
    words = [["hello"], ["world"], []]
    return given(words=words, counts=[3, 1, 2]).expect((None, [["hello"], ["world"], []]))


@case()
def empty_corpus():
    return given(words=[], counts=[]).expect((None, []))


@case()
def sentencepiece_style_word_markers():
    # SentencePiece-style corpora mark word starts with "▁"; it is an ordinary symbol here.
    words = [["▁", "t", "h", "e"], ["▁", "t", "o"], ["▁", "t", "h", "a", "t"], ["t", "h"]]
    return {"words": words, "counts": [10, 4, 3, 1]}


@case()
def large_random_corpus():
    rng = np.random.default_rng(46)
    alphabet = ["a", "b", "c", "d", "e", "ab", "ba", "ca", "é"]
    words, counts = [], []
    for _ in range(4000):
        length = int(rng.integers(0, 16))
        words.append([alphabet[int(i)] for i in rng.integers(0, len(alphabet), size=length)])
        counts.append(int(rng.integers(1, 50)))
    return {"words": words, "counts": counts}

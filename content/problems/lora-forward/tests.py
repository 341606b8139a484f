import numpy as np
from harness import case, given


def layer(rng, n_in, n_out, r, dtype=np.float64):
    W = rng.normal(0.0, 1.0 / np.sqrt(n_in), size=(n_out, n_in)).astype(dtype)
    A = rng.normal(0.0, 1.0 / np.sqrt(n_in), size=(r, n_in)).astype(dtype)
    B = rng.normal(0.0, 0.1, size=(n_out, r)).astype(dtype)
    return W, A, B


@case(visible=True)
def worked_example_rank_two():
    x = np.array([[1.0, 2.0]])
    W = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
    A = np.array([[1.0, 1.0], [1.0, -1.0]])
    B = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
    return given(x=x, W=W, A=A, B=B, alpha=4.0).expect(np.array([[7.0, 0.0, 7.0]]))


@case(visible=True)
def zero_B_equals_base_layer():
    rng = np.random.default_rng(41)
    W, A, _ = layer(rng, 6, 5, 3)
    x = rng.normal(size=(4, 6))
    base = np.einsum("bi,oi->bo", x, W)  # the frozen layer alone
    return given(x=x, W=W, A=A, B=np.zeros((5, 3)), alpha=16.0).expect(base)


@case()
def single_vector_input():
    x = np.array([2.0, -1.0, 0.5])
    W = np.array([[1.0, 1.0, 1.0], [0.0, 2.0, 0.0]])
    A = np.array([[0.0, 0.0, 2.0]])  # x A^T = [1]
    B = np.array([[3.0], [-1.0]])
    # base [1.5, -2], update (8 / 1) * [3, -1] = [24, -8]
    return given(x=x, W=W, A=A, B=B, alpha=8.0).expect(np.array([25.5, -10.0]))


@case()
def alpha_equal_to_rank_matches_merged_weight():
    rng = np.random.default_rng(42)
    W, A, B = layer(rng, 12, 7, 4)
    x = rng.normal(size=(9, 12))
    merged = W + B @ A  # alpha / r = 1
    return given(x=x, W=W, A=A, B=B, alpha=4.0).expect(x @ merged.T)


@case()
def rank_one_update_is_an_outer_product():
    rng = np.random.default_rng(43)
    W, A, B = layer(rng, 5, 4, 1)
    x = rng.normal(size=(3, 5))
    delta = np.outer(B[:, 0], A[0])  # (out, in)
    expected = np.array([[sum((W[o, i] + 0.5 * delta[o, i]) * row[i] for i in range(5)) for o in range(4)] for row in x])
    return given(x=x, W=W, A=A, B=B, alpha=0.5).expect(expected)


@case()
def batch_of_sequences():
    rng = np.random.default_rng(44)
    W, A, B = layer(rng, 16, 8, 8)
    return {"x": rng.normal(size=(2, 3, 5, 16)), "W": W, "A": A, "B": B, "alpha": 32.0}


@case()
def float32_stays_float32():
    rng = np.random.default_rng(45)
    W, A, B = layer(rng, 64, 32, 16, np.float32)
    return {"x": rng.normal(size=(10, 64)).astype(np.float32), "W": W, "A": A, "B": B, "alpha": 8.0}


@case()
def large_rank_sixty_four():
    rng = np.random.default_rng(46)
    W, A, B = layer(rng, 256, 128, 64)
    return {"x": rng.normal(size=(50, 256)), "W": W, "A": A, "B": B, "alpha": 16.0}


@case()
def large_float32_layer():
    rng = np.random.default_rng(47)
    W, A, B = layer(rng, 256, 512, 16, np.float32)
    return {"x": rng.normal(size=(1024, 256)).astype(np.float32), "W": W, "A": A, "B": B, "alpha": 32.0}

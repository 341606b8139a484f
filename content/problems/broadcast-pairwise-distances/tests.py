import numpy as np
from harness import case, given


def close_and_not_negative(expected, actual):
    if not isinstance(actual, np.ndarray):
        return f"the result should be a numpy array, but it is {type(actual).__name__}"
    if actual.shape != expected.shape or actual.dtype != expected.dtype:
        return f"the result has shape {actual.shape} and dtype {actual.dtype}, expected {expected.shape} and {expected.dtype}"
    if (actual < 0).any():
        i, j = (int(v) for v in np.argwhere(actual < 0)[0])
        return f"the result[{i}, {j}] is {actual[i, j]!r}: a squared distance cannot be negative (clip it to 0)"
    if not np.allclose(actual, expected, rtol=1e-6, atol=1e-6):
        i, j = (int(v) for v in np.argwhere(~np.isclose(actual, expected, rtol=1e-6, atol=1e-6))[0])
        return f"the result[{i}, {j}] is {actual[i, j]!r}, expected {expected[i, j]!r}"
    return None


@case(visible=True)
def two_by_three_example():
    A = np.array([[0.0, 0.0], [1.0, 1.0]])
    B = np.array([[1.0, 0.0], [3.0, 4.0], [0.0, 0.0]])
    return given(A=A, B=B).expect(np.array([[1.0, 25.0, 0.0], [1.0, 13.0, 2.0]]))


@case(visible=True)
def square_batch_n_equals_m():
    # n == m, so (n,) + (m,) broadcasts silently instead of raising
    A = np.array([[1.0, 2.0, 2.0], [0.0, 0.0, 0.0]])
    B = np.array([[1.0, 2.0, 2.0], [0.0, 3.0, 4.0]])
    # by hand: |a0-b0|^2 = 0, |a0-b1|^2 = 1+1+4 = 6, |a1-b0|^2 = 9, |a1-b1|^2 = 25
    return given(A=A, B=B).expect(np.array([[0.0, 6.0], [9.0, 25.0]]))


@case(visible=True, check=close_and_not_negative)
def near_duplicate_rows_never_negative():
    rng = np.random.default_rng(21)
    A = rng.normal(0.0, 1.0, size=(24, 64))
    B = A + 1e-9 * rng.normal(size=A.shape)
    expected = ((A[:, None, :] - B[None, :, :]) ** 2).sum(axis=-1)  # direct differences: never negative
    return given(A=A, B=B).expect(expected)


@case()
def single_query_single_feature():
    return given(A=np.array([[2.5]]), B=np.array([[-1.5], [2.5], [0.5]])).expect(np.array([[16.0, 0.0, 4.0]]))


@case()
def empty_document_matrix():
    return given(A=np.ones((3, 4)), B=np.zeros((0, 4))).expect(np.zeros((3, 0)))


@case(rtol=1e-5, atol=1e-5)
def float32_stays_float32():
    rng = np.random.default_rng(22)
    A = rng.normal(0.0, 1.0, size=(5, 8)).astype(np.float32)
    B = rng.normal(0.0, 1.0, size=(7, 8)).astype(np.float32)
    return {"A": A, "B": B}


@case()
def more_documents_than_queries():
    rng = np.random.default_rng(23)
    return {"A": rng.normal(0.0, 2.0, size=(3, 16)), "B": rng.normal(0.0, 2.0, size=(40, 16))}


@case()
def large_random_batch():
    rng = np.random.default_rng(24)
    return {"A": rng.normal(0.0, 1.0, size=(300, 64)), "B": rng.normal(0.0, 1.0, size=(250, 64))}

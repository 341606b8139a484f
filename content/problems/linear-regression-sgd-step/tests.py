import numpy as np
from harness import case, given


@case(visible=True)
def two_row_example():
    X = np.array([[1.0, 2.0], [3.0, 0.0]])
    return given(w=np.array([1.0, -1.0]), b=0.5, X=X, y=np.array([0.0, 4.0]), lr=0.1).expect(
        (np.array([1.2, -0.9]), 0.6)
    )


@case(visible=True)
def single_row_single_feature():
    # r = 0*2 + 0 - 3 = -3; dL/dw = 2 * 2 * (-3) = -12; dL/db = 2 * (-3) = -6
    return given(w=np.array([0.0]), b=0.0, X=np.array([[2.0]]), y=np.array([3.0]), lr=0.05).expect(
        (np.array([0.6]), 0.3)
    )


@case()
def duplicated_batch_gives_same_step():
    # the two-row example stacked three times: the mean gradient, and so the step, is unchanged
    X = np.tile(np.array([[1.0, 2.0], [3.0, 0.0]]), (3, 1))
    y = np.tile(np.array([0.0, 4.0]), 3)
    return given(w=np.array([1.0, -1.0]), b=0.5, X=X, y=y, lr=0.1).expect((np.array([1.2, -0.9]), 0.6))


@case()
def zero_learning_rate_changes_nothing():
    rng = np.random.default_rng(31)
    w = rng.normal(size=4)
    X, y = rng.normal(size=(6, 4)), rng.normal(size=6)
    return given(w=w, b=-1.25, X=X, y=y, lr=0.0).expect((w.copy(), -1.25))


@case()
def exact_fit_has_zero_gradient():
    w = np.array([2.0, -3.0, 0.5])
    X = np.array([[1.0, 0.0, 2.0], [0.0, 1.0, 4.0], [2.0, 2.0, 0.0], [-1.0, 3.0, 1.0]])
    y = X @ w + 7.0  # integers and halves: exact in float64, so every residual is exactly 0
    return given(w=w, b=7.0, X=X, y=y, lr=0.3).expect((w.copy(), 7.0))


@case()
def mean_of_per_example_gradients():
    rng = np.random.default_rng(32)
    w, b = rng.normal(size=5), 0.4
    X, y = rng.normal(size=(12, 5)), rng.normal(size=12)
    grad_w, grad_b = np.zeros(5), 0.0
    for x_i, y_i in zip(X, y):  # loss of one example: (x_i . w + b - y_i)^2
        r_i = float(np.dot(x_i, w)) + b - y_i
        grad_w += 2.0 * r_i * x_i
        grad_b += 2.0 * r_i
    lr = 0.02
    return given(w=w, b=b, X=X, y=y, lr=lr).expect((w - lr * grad_w / 12, b - lr * grad_b / 12))


@case()
def one_row_many_features():
    rng = np.random.default_rng(33)
    return {"w": rng.normal(size=50), "b": 2.0, "X": rng.normal(size=(1, 50)), "y": np.array([-3.0]), "lr": 0.01}


@case()
def large_random_batch():
    rng = np.random.default_rng(34)
    X = rng.normal(0.0, 1.0, size=(2000, 200))
    y = X @ rng.normal(size=200) + rng.normal(0.0, 0.1, size=2000)
    return {"w": np.zeros(200), "b": 0.0, "X": X, "y": y, "lr": 0.05}

import numpy as np
from harness import case, given


@case(visible=True)
def worked_example_one_row():
    x = np.array([[1.0, 3.0, 5.0, 7.0]])
    gamma = np.array([1.0, 1.0, 2.0, 2.0])
    beta = np.array([0.0, 0.5, 0.0, -1.0])
    expected = np.array([[-1.3416394449, 0.0527868517, 0.8944262966, 1.6832788897]])
    return given(x=x, gamma=gamma, beta=beta, eps=1e-5).expect(expected)


@case(visible=True)
def epsilon_inside_the_square_root():
    # variance 1e-6 next to eps 1e-5: (x - mean) / sqrt(1.1e-5) = +-0.001 / (0.001 * sqrt(11)) = +-1/sqrt(11)
    x = np.array([[0.0, 0.002]])
    r = 1.0 / np.sqrt(11.0)
    return given(x=x, gamma=np.ones(2), beta=np.zeros(2), eps=1e-5).expect(np.array([[-r, r]]))


@case()
def constant_rows_give_beta():
    x = np.array([[3.3] * 5, [-2.0] * 5])
    gamma = np.array([1.5, -2.0, 0.5, 3.0, 1.0])
    beta = np.array([0.1, 0.2, -0.3, 0.0, 4.0])
    return given(x=x, gamma=gamma, beta=beta).expect(np.array([beta, beta]))


@case()
def single_feature_gives_beta():
    x = np.array([[5.0], [-1.0], [1.0e6]])
    return given(x=x, gamma=np.array([2.0]), beta=np.array([0.75])).expect(np.full((3, 1), 0.75))


@case()
def values_far_from_zero():
    # mean of x^2 minus squared mean cancels catastrophically here; centre first.
    rng = np.random.default_rng(41)
    x = 1.0e8 + rng.normal(size=(4, 256))
    return {"x": x, "gamma": rng.normal(size=256), "beta": rng.normal(size=256)}


@case()
def large_epsilon():
    rng = np.random.default_rng(42)
    x = rng.normal(0.0, 0.5, size=(6, 10))
    return {"x": x, "gamma": rng.normal(size=10), "beta": rng.normal(size=10), "eps": 0.25}


@case()
def batch_of_sequences():
    rng = np.random.default_rng(43)
    x = rng.normal(2.0, 3.0, size=(2, 3, 16))
    return {"x": x, "gamma": rng.normal(size=16), "beta": rng.normal(size=16)}


@case()
def float32_stays_float32():
    rng = np.random.default_rng(44)
    x = rng.normal(1.0, 3.0, size=(8, 32)).astype(np.float32)
    gamma = rng.normal(size=32).astype(np.float32)
    beta = rng.normal(size=32).astype(np.float32)
    return {"x": x, "gamma": gamma, "beta": beta}


@case()
def large_batch():
    rng = np.random.default_rng(45)
    x = rng.normal(0.0, 10.0, size=(512, 1024))
    return {"x": x, "gamma": rng.normal(size=1024), "beta": rng.normal(size=1024)}

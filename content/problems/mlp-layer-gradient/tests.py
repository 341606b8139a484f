import numpy as np
from harness import case, given


def numerical_grads(x, W, b, grad_h, eps=1e-6):
    """Central differences of L = sum(grad_h * relu(x @ W + b)), one entry at a time."""

    def loss(x_, W_, b_):
        return float((grad_h * np.maximum(x_ @ W_ + b_, 0.0)).sum())

    grads = []
    for which in range(3):
        args = [x.copy(), W.copy(), b.copy()]
        g = np.zeros_like(args[which])
        for idx in np.ndindex(g.shape):
            args[which][idx] += eps
            up = loss(*args)
            args[which][idx] -= 2 * eps
            down = loss(*args)
            args[which][idx] += eps
            g[idx] = (up - down) / (2 * eps)
        grads.append(g)
    return tuple(grads)


@case(visible=True)
def two_examples_one_unit_off():
    x = np.array([[1.0, 2.0], [-1.0, 0.0]])
    W = np.array([[1.0, -1.0], [0.5, 1.0]])
    b = np.array([0.0, 0.5])
    grad_h = np.array([[1.0, -2.0], [3.0, 1.0]])
    return given(x=x, W=W, b=b, grad_h=grad_h).expect(
        (np.array([[3.0, -1.5], [-1.0, 1.0]]), np.array([[1.0, -3.0], [2.0, -4.0]]), np.array([1.0, -1.0]))
    )


@case(visible=True)
def preactivation_exactly_zero_blocks_gradient():
    # z = [1 - 1, 2 - 1] = [0, 1]: unit 0 sits exactly at the kink, where the derivative is taken as 0
    x = np.array([[1.0, -1.0]])
    W = np.array([[1.0, 2.0], [1.0, 1.0]])
    b = np.array([0.0, 0.0])
    grad_h = np.array([[5.0, 2.0]])
    return given(x=x, W=W, b=b, grad_h=grad_h).expect(
        (np.array([[4.0, 2.0]]), np.array([[0.0, 2.0], [0.0, -2.0]]), np.array([0.0, 2.0]))
    )


@case()
def all_units_off_give_zero_gradients():
    rng = np.random.default_rng(41)
    x = rng.uniform(0.0, 1.0, size=(6, 4))
    W = -rng.uniform(0.1, 1.0, size=(4, 3))  # nonnegative inputs times negative weights, negative bias
    b = np.full(3, -0.5)
    grad_h = rng.normal(size=(6, 3))
    return given(x=x, W=W, b=b, grad_h=grad_h).expect((np.zeros((6, 4)), np.zeros((4, 3)), np.zeros(3)))


@case()
def duplicated_batch_sums_parameter_gradients():
    x = np.tile(np.array([[1.0, 2.0], [-1.0, 0.0]]), (2, 1))
    W = np.array([[1.0, -1.0], [0.5, 1.0]])
    b = np.array([0.0, 0.5])
    grad_h = np.tile(np.array([[1.0, -2.0], [3.0, 1.0]]), (2, 1))
    # the two-example answer: dx stacks twice, dW and db double
    dx = np.tile(np.array([[3.0, -1.5], [-1.0, 1.0]]), (2, 1))
    return given(x=x, W=W, b=b, grad_h=grad_h).expect(
        (dx, 2 * np.array([[1.0, -3.0], [2.0, -4.0]]), 2 * np.array([1.0, -1.0]))
    )


@case(rtol=1e-6, atol=1e-6)
def matches_finite_differences():
    rng = np.random.default_rng(42)
    x, W, b = rng.normal(size=(4, 3)), rng.normal(size=(3, 5)), rng.normal(size=5)
    grad_h = rng.normal(size=(4, 5))
    return given(x=x, W=W, b=b, grad_h=grad_h).expect(numerical_grads(x, W, b, grad_h))


@case()
def single_output_unit():
    rng = np.random.default_rng(43)
    return {"x": rng.normal(size=(10, 6)), "W": rng.normal(size=(6, 1)), "b": np.array([0.1]),
            "grad_h": rng.normal(size=(10, 1))}


@case(rtol=1e-5, atol=1e-5)
def float32_stays_float32():
    rng = np.random.default_rng(44)
    f32 = np.float32
    return {"x": rng.normal(size=(8, 5)).astype(f32), "W": rng.normal(size=(5, 7)).astype(f32),
            "b": rng.normal(size=7).astype(f32), "grad_h": rng.normal(size=(8, 7)).astype(f32)}


@case()
def large_random_batch():
    rng = np.random.default_rng(45)
    return {"x": rng.normal(size=(512, 256)), "W": rng.normal(0.0, 0.06, size=(256, 128)),
            "b": rng.normal(0.0, 0.1, size=128), "grad_h": rng.normal(0.0, 0.01, size=(512, 128))}

import numpy as np
from harness import case, given

DEFAULTS = {"beta1": 0.9, "beta2": 0.999, "eps": 1e-8}


@case(visible=True)
def first_step_example():
    args = dict(params=np.array([1.0, 2.0]), grads=np.array([0.2, -0.5]), m=np.zeros(2), v=np.zeros(2),
                t=1, lr=0.01, **DEFAULTS)
    return given(**args).expect(
        (np.array([0.99000000049999997500, 2.00999999980000000400]), np.array([0.02, -0.05]),
         np.array([0.00004, 0.00025]))
    )


@case(visible=True)
def second_step_with_state():
    # by hand (40-digit decimals): m_2 = [0.028, -0.095], v_2 = [0.00004996, 0.00049975],
    # m_hat = [0.147368..., -0.5], sqrt(v_hat) = [0.158090..., 0.5]
    args = dict(params=np.array([0.99, 2.01]), grads=np.array([0.1, -0.5]), m=np.array([0.02, -0.05]),
                v=np.array([0.00004, 0.00025]), t=2, lr=0.01, **DEFAULTS)
    return given(**args).expect(
        (np.array([0.98067820420153654031, 2.01999999980000000400]), np.array([0.028, -0.095]),
         np.array([0.00004996, 0.00049975]))
    )


@case()
def tiny_gradients_where_eps_dominates():
    # m_hat = 1e-10 and sqrt(v_hat) = 1e-10, so each step is 0.1 * 1e-10 / (1e-10 + 1e-8) = 0.1 / 101
    args = dict(params=np.array([0.5, -0.5]), grads=np.array([1e-10, -1e-10]), m=np.zeros(2), v=np.zeros(2),
                t=1, lr=0.1, **DEFAULTS)
    return given(**args).expect(
        (np.array([0.5 - 0.1 / 101, -0.5 + 0.1 / 101]), np.array([1e-11, -1e-11]), np.array([1e-23, 1e-23]))
    )


@case()
def zero_gradient_from_zero_state_does_not_move():
    params = np.arange(6.0).reshape(2, 3)
    args = dict(params=params, grads=np.zeros((2, 3)), m=np.zeros((2, 3)), v=np.zeros((2, 3)), t=1, lr=0.1,
                **DEFAULTS)
    return given(**args).expect((params.copy(), np.zeros((2, 3)), np.zeros((2, 3))))


@case()
def first_step_ignores_gradient_scale():
    # at t = 1, m_hat = g and sqrt(v_hat) = |g|: every parameter moves lr * g / (|g| + eps), about lr
    g = np.array([1000.0, -1e-3, 5.0])
    params = np.array([0.0, 1.0, -2.0])
    args = dict(params=params, grads=g, m=np.zeros(3), v=np.zeros(3), t=1, lr=0.001, **DEFAULTS)
    return given(**args).expect((params - 0.001 * g / (np.abs(g) + 1e-8), 0.1 * g, 0.001 * g * g))


@case()
def empty_parameter_tensor():
    e = np.zeros(0)
    return given(params=e, grads=e, m=e, v=e, t=3, lr=0.01, **DEFAULTS).expect((np.zeros(0), np.zeros(0), np.zeros(0)))


@case()
def late_step_custom_betas():
    rng = np.random.default_rng(61)
    return {"params": rng.normal(size=8), "grads": rng.normal(size=8), "m": rng.normal(0.0, 0.1, size=8),
            "v": rng.uniform(0.001, 0.01, size=8), "t": 100000, "lr": 3e-4, "beta1": 0.8, "beta2": 0.99,
            "eps": 1e-6}


@case()
def matrix_params_mid_training():
    rng = np.random.default_rng(62)
    return {"params": rng.normal(size=(3, 4)), "grads": rng.normal(size=(3, 4)),
            "m": rng.normal(0.0, 0.2, size=(3, 4)), "v": rng.uniform(0.0, 0.05, size=(3, 4)), "t": 7, "lr": 0.003,
            **DEFAULTS}


@case(rtol=1e-5, atol=1e-8)
def float32_stays_float32():
    rng = np.random.default_rng(63)
    f32 = np.float32
    return {"params": rng.normal(size=16).astype(f32), "grads": rng.normal(size=16).astype(f32),
            "m": rng.normal(0.0, 0.1, size=16).astype(f32), "v": rng.uniform(0.0, 0.01, size=16).astype(f32),
            "t": 3, "lr": 0.001, **DEFAULTS}


@case()
def large_random_tensor():
    rng = np.random.default_rng(64)
    shape = (200, 500)
    return {"params": rng.normal(size=shape), "grads": rng.normal(0.0, 0.01, size=shape),
            "m": rng.normal(0.0, 0.005, size=shape), "v": rng.uniform(0.0, 1e-4, size=shape), "t": 50,
            "lr": 1e-3, **DEFAULTS}

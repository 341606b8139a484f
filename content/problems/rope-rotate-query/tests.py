import numpy as np
from harness import case, given


def rotate_as_complex(x, positions, base=10000.0):
    # Independent check: pair (x[2i], x[2i+1]) is the complex number x[2i] + 1j*x[2i+1], turned by e^(1j*angle).
    d = x.shape[-1]
    z = x[..., 0::2] + 1j * x[..., 1::2]
    angles = np.outer(np.asarray(positions, dtype=np.float64), base ** (-2.0 * np.arange(d // 2) / d))
    w = z * np.exp(1j * angles)
    out = np.empty(x.shape)
    out[..., 0::2], out[..., 1::2] = w.real, w.imag
    return out


@case(visible=True)
def worked_example_two_rows():
    x = np.array([[1.0, 2.0, 3.0, 4.0], [1.0, 2.0, 3.0, 4.0]])
    expected = np.array([[1.0, 2.0, 3.0, 4.0], [-1.1426396637, 1.9220755965, 2.9598506679, 4.0297995017]])
    return given(x=x).expect(expected)


@case(visible=True)
def single_pair_walks_the_unit_circle():
    # d = 2: theta_0 = 1, so the vector (1, 0) at position p becomes (cos p, sin p).
    x = np.tile(np.array([[1.0, 0.0]]), (4, 1))
    p = np.arange(4.0)
    return given(x=x).expect(np.stack([np.cos(p), np.sin(p)], axis=1))


@case()
def position_zero_leaves_rows_unchanged():
    x = np.array([[0.5, -1.0, 2.0, 3.0, -4.0, 0.25]] * 3)
    return given(x=x, positions=np.zeros(3, dtype=np.int64)).expect(x.copy())


@case()
def explicit_positions_out_of_order():
    rng = np.random.default_rng(31)
    x = rng.normal(size=(4, 6))
    positions = np.array([7, 0, 3, 3], dtype=np.int64)
    return given(x=x, positions=positions).expect(rotate_as_complex(x, positions))


@case()
def far_positions_float64():
    rng = np.random.default_rng(32)
    x = rng.normal(size=(3, 8))
    positions = np.array([1000, 40000, 65535], dtype=np.int64)
    return given(x=x, positions=positions).expect(rotate_as_complex(x, positions))


@case()
def heads_share_positions():
    rng = np.random.default_rng(33)
    return {"x": rng.normal(size=(4, 6, 8))}


@case()
def float32_far_positions():
    rng = np.random.default_rng(34)
    x = rng.normal(size=(3, 64)).astype(np.float32)
    return {"x": x, "positions": np.array([0, 40000, 65535], dtype=np.int64)}


@case()
def llama3_base_500000():
    rng = np.random.default_rng(35)
    return {"x": rng.normal(size=(10, 16)), "base": 500000.0}


@case()
def long_multihead_queries():
    rng = np.random.default_rng(36)
    return {"x": rng.normal(size=(8, 256, 128))}

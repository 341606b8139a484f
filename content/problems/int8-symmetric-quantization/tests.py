import numpy as np
from harness import case, given


def safe_matrix(seed, rows, cols, low_exp, high_exp):
    """Rows whose w / s stay at least 0.01 away from every rounding boundary (x.5)."""
    rng = np.random.default_rng(seed)
    units = rng.uniform(-127.0, 127.0, size=(rows, cols))
    frac = units - np.floor(units)
    units = np.where(np.abs(frac - 0.5) < 0.02, units + 0.1, units)  # move off the boundary
    units = np.clip(units, -126.4, 126.4)
    peak = rng.integers(0, cols, size=rows)
    units[np.arange(rows), peak] = np.where(rng.random(rows) < 0.5, -127.0, 127.0)
    row_scale = 10.0 ** rng.uniform(low_exp, high_exp, size=(rows, 1)) / 127.0
    return (units * row_scale).astype(np.float32)


@case(visible=True)
def worked_example_halves_and_zero_row():
    w = np.array([[127.0, -63.5, 2.5, 0.4], [0.0, 0.0, 0.0, 0.0], [-254.0, 100.0, 3.0, -1.0]], dtype=np.float32)
    q = np.array([[127, -64, 2, 0], [0, 0, 0, 0], [-127, 50, 2, 0]], dtype=np.int8)
    return given(w=w).expect((q, np.array([1.0, 1.0, 2.0], dtype=np.float32)))


@case(visible=True)
def per_row_scales():
    # one scale for the whole matrix would round the second row to zeros
    w = np.array([[1000.0, 1.0, -300.0], [0.001, -0.0004, 0.0]], dtype=np.float32)
    # row 0: s = 1000/127, w/s = [127, 0.127, -38.1]; row 1: s = 0.001/127, w/s = [127, -50.8, 0]
    s = np.array([1000.0, 0.001], dtype=np.float32) / np.float32(127)
    q = np.array([[127, 0, -38], [127, -51, 0]], dtype=np.int8)
    return given(w=w).expect((q, s))


@case()
def single_negative_element():
    return given(w=np.array([[-3.0]], dtype=np.float32)).expect(
        (np.array([[-127]], dtype=np.int8), np.array([3.0], dtype=np.float32) / np.float32(127)))


@case()
def all_zero_matrix():
    return given(w=np.zeros((2, 3), dtype=np.float32)).expect(
        (np.zeros((2, 3), dtype=np.int8), np.ones(2, dtype=np.float32)))


@case()
def exact_halves_round_to_even():
    # scales are powers of two, so every w / s below is exactly n + 0.5
    rng = np.random.default_rng(81)
    rows, cols = 64, 33
    powers = 2.0 ** rng.integers(-20, 20, size=(rows, 1))
    halves = rng.integers(-127, 127, size=(rows, cols)) + 0.5
    halves[:, 0] = 127.0  # the row maximum: s = power exactly
    w = (halves * powers).astype(np.float32)
    even = np.where(np.floor(halves) % 2 == 0, np.floor(halves), np.ceil(halves))  # independent of np.round
    return given(w=w).expect((even.astype(np.int8), powers[:, 0].astype(np.float32)))


@case()
def tiny_and_huge_rows():
    w = np.array([[1e-30, -3e-31, 2e-31], [3e30, -1e30, 0.0], [0.0, 0.0, 0.0]], dtype=np.float32)
    return {"w": w}


@case()
def ties_for_the_row_maximum():
    # +4 and -4 both have the largest magnitude: s = 4/127, they map to +127 and -127, and 1 to 31.75 -> 32
    w = np.array([[4.0, -4.0, 1.0, 0.0]], dtype=np.float32)
    q = np.array([[127, -127, 32, 0]], dtype=np.int8)
    return given(w=w).expect((q, np.array([4.0], dtype=np.float32) / np.float32(127)))


@case()
def random_weights_many_magnitudes():
    return {"w": safe_matrix(82, 200, 300, -30, 30)}


@case()
def large_layer():
    return {"w": safe_matrix(83, 512, 1024, -3, 1)}

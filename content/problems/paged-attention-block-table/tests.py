import numpy as np
from harness import case, given


@case(visible=True)
def worked_example_fork_copy_and_reuse():
    ops = [("append", 0, 6), ("fork", 0, 1), ("append", 1, 1), ("append", 0, 3),
           ("free", 0), ("append", 2, 9), ("append", 1, 6)]
    return given(block_size=4, num_blocks=6, ops=ops).expect(
        ({1: [0, 2], 2: [1, 3, 4]}, 1, [True, True, True, True, True, True, False]))


@case(visible=True)
def appends_fill_the_last_block_first():
    ops = [("append", 7, 3), ("append", 7, 1), ("append", 7, 1), ("append", 8, 8)]
    return given(block_size=4, num_blocks=10, ops=ops).expect(({7: [0, 1], 8: [2, 3]}, 6, [True, True, True, True]))


@case(visible=True)
def failed_append_changes_nothing():
    ops = [("append", 0, 3), ("append", 1, 3), ("append", 0, 1), ("append", 1, 2)]
    return given(block_size=2, num_blocks=3, ops=ops).expect(({0: [0, 1], 1: [2]}, 0, [True, False, True, True]))


@case()
def empty_ops():
    return given(block_size=16, num_blocks=8, ops=[]).expect(({}, 8, []))


@case()
def freed_blocks_are_reused_lowest_first():
    ops = [("append", 0, 2), ("append", 1, 2), ("append", 2, 1), ("free", 1), ("free", 0), ("append", 3, 4)]
    return given(block_size=1, num_blocks=6, ops=ops).expect(({2: [4], 3: [0, 1, 2, 3]}, 1, [True] * 6))


@case()
def unknown_or_taken_ids_fail():
    ops = [("free", 5), ("fork", 5, 6), ("append", 5, 1), ("fork", 5, 5), ("fork", 5, 6), ("fork", 6, 5)]
    return given(block_size=2, num_blocks=2, ops=ops).expect(
        ({5: [0], 6: [0]}, 1, [False, False, True, False, True, False]))


@case()
def shared_full_block_is_not_copied():
    ops = [("append", 0, 8), ("fork", 0, 1), ("append", 1, 1), ("append", 0, 4)]
    return given(block_size=4, num_blocks=4, ops=ops).expect(({0: [0, 1, 3], 1: [0, 1, 2]}, 0, [True] * 4))


@case()
def copy_needs_a_free_block():
    # the copy fails with no block free; once the parent is gone the block is private and no copy is needed
    ops = [("append", 0, 2), ("fork", 0, 1), ("append", 1, 1), ("free", 0), ("append", 1, 1)]
    return given(block_size=4, num_blocks=1, ops=ops).expect(({1: [0]}, 0, [True, True, False, True, True]))


@case()
def shared_blocks_free_with_the_last_holder():
    ops = [("append", 0, 3), ("fork", 0, 1), ("fork", 1, 2), ("free", 0), ("free", 2), ("free", 1), ("append", 3, 1)]
    return given(block_size=2, num_blocks=4, ops=ops).expect(({3: [0]}, 3, [True] * 7))


@case()
def copy_and_growth_in_one_append():
    ops = [("append", 0, 3), ("fork", 0, 1), ("append", 1, 4)]
    return given(block_size=2, num_blocks=8, ops=ops).expect(({0: [0, 1], 1: [0, 2, 3, 4]}, 3, [True] * 3))


@case()
def exact_fill_then_refusal():
    ops = [("append", 0, 9), ("append", 1, 1), ("append", 0, 1)]
    return given(block_size=3, num_blocks=3, ops=ops).expect(({0: [0, 1, 2]}, 0, [True, False, False]))


@case()
def busy_server_workload():
    rng = np.random.default_rng(31)
    ops, alive, next_id = [], [], 0
    for _ in range(5000):
        r = rng.random()
        if r < 0.45 or not alive:
            if alive and rng.random() < 0.7:
                seq = alive[rng.integers(len(alive))]
            else:
                seq, next_id = next_id, next_id + 1
                alive.append(seq)
            ops.append(("append", int(seq), int(rng.integers(1, 60))))
        elif r < 0.65:
            parent = alive[rng.integers(len(alive))]
            child = next_id if rng.random() < 0.9 else alive[rng.integers(len(alive))]
            next_id += child == next_id
            alive.append(child)
            ops.append(("fork", int(parent), int(child)))
        else:
            seq = alive.pop(rng.integers(len(alive))) if rng.random() < 0.9 else next_id + 5
            ops.append(("free", int(seq)))
    return {"block_size": 16, "num_blocks": 256, "ops": ops}

def paged_block_table(block_size: int, num_blocks: int, ops: list) -> tuple:
    """Run a paged KV-cache block allocator over `ops` and report its final state.

    ops: a list of tuples ("append", seq_id, n_tokens), ("fork", parent_id, child_id) or ("free", seq_id).
    Free blocks are handed out lowest id first; a shared, partially filled last block is copied before it
    is written (copy-on-write); an op that cannot be carried out changes nothing.

    Returns (table, num_free, ok): a dict {seq_id: list of block ids}, the free block count (int), and a
    list with one bool per op (True if it was carried out).
    """
    free = list(range(num_blocks))
    table, ok = {}, []
    for op in ops:
        if op[0] == "append":
            seq, n = op[1], op[2]
            need = -(-n // block_size)  # a fresh block for every chunk: the last block's room is wasted
            if need > len(free):
                ok.append(False)
                continue
            table[seq] = table.get(seq, []) + [free.pop(0) for _ in range(need)]
            ok.append(True)
        elif op[0] == "fork":
            table[op[2]] = list(table[op[1]])
            ok.append(True)
        else:
            free = sorted(free + table.pop(op[1]))  # returns blocks the fork still uses
            ok.append(True)
    return table, len(free), ok

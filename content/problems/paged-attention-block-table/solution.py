import heapq


def paged_block_table(block_size: int, num_blocks: int, ops: list) -> tuple:
    free = list(range(num_blocks))  # a min-heap of free physical block ids
    refs = [0] * num_blocks
    table = {}  # seq_id -> list of physical block ids
    tokens = {}  # seq_id -> number of tokens stored
    ok = []
    for op in ops:
        kind = op[0]
        if kind == "append":
            seq, n = op[1], op[2]
            blocks, have = table.get(seq, []), tokens.get(seq, 0)
            copy_last = have % block_size != 0 and refs[blocks[-1]] > 1
            grow = -(-(have + n) // block_size) - -(-have // block_size)
            need = int(copy_last) + grow
            if need > len(free):
                ok.append(False)
                continue
            taken = [heapq.heappop(free) for _ in range(need)]  # ascending
            for b in taken:
                refs[b] = 1
            blocks = list(blocks)
            if copy_last:
                refs[blocks[-1]] -= 1  # still > 0: another sequence holds it
                blocks[-1] = taken.pop(0)
            table[seq], tokens[seq] = blocks + taken, have + n
            ok.append(True)
        elif kind == "fork":
            parent, child = op[1], op[2]
            if parent not in table or child in table:
                ok.append(False)
                continue
            for b in table[parent]:
                refs[b] += 1
            table[child], tokens[child] = list(table[parent]), tokens[parent]
            ok.append(True)
        else:  # "free"
            seq = op[1]
            if seq not in table:
                ok.append(False)
                continue
            for b in table.pop(seq):
                refs[b] -= 1
                if refs[b] == 0:
                    heapq.heappush(free, b)
            del tokens[seq]
            ok.append(True)
    return table, len(free), ok

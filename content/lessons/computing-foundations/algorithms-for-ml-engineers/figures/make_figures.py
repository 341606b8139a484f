"""Draws this lesson's figures as SVG (matplotlib from Debian). Run by `npm run figures`."""
import os
import random

import leetllm_svg as L

HERE = os.path.dirname(os.path.abspath(__file__))


def reservoir(stream, k, rng, off_by_one=False):
    """Algorithm R, exactly as in the lesson's reservoir.py."""
    sample = []
    for i, item in enumerate(stream):
        if i < k:
            sample.append(item)
        else:
            j = rng.randrange(i) if off_by_one else rng.randrange(i + 1)
            if j < k:
                sample[j] = item
    return sample


def reservoir_figure():
    n, k, trials = 10, 3, 100_000
    rng = random.Random(0)
    freqs = {}
    for bug in (False, True):
        hits = [0] * n
        for _ in range(trials):
            for item in reservoir(range(n), k, rng, off_by_one=bug):
                hits[item] += 1
        freqs[bug] = [h / trials for h in hits]
    fig, ax = L.plt.subplots(figsize=(6.0, 3.6))
    xs = list(range(n))
    ax.bar([x - 0.2 for x in xs], freqs[False], width=0.4, color=L.GREEN,
           label="algorithm R: randrange(i + 1)")
    ax.bar([x + 0.2 for x in xs], freqs[True], width=0.4, color=L.ORANGE,
           label="off-by-one: randrange(i)")
    ax.hlines(k / n, -0.6, 9.6, color=L.INK, linestyle="--", linewidth=1.2)
    ax.text(9.7, k / n, "k/n\n= 0.3", ha="left", va="center", color=L.INK, fontsize=11)
    # closed forms of the bug: (k-1)/(n-1) = 2/9 for i < k, k/(n-1) = 3/9 after
    ax.hlines((k - 1) / (n - 1), -0.6, 2.6, color=L.ORANGE, linestyle=":", linewidth=1.6)
    ax.hlines(k / (n - 1), 2.6, 9.6, color=L.ORANGE, linestyle=":", linewidth=1.6)
    ax.text(4.5, 0.37, "dotted: the bug's exact rates, 2/9 ≈ 0.222 for i < 3\n"
            "(a quarter low) and 3/9 ≈ 0.333 after (a ninth high)",
            ha="center", va="bottom", color=L.INK, fontsize=11)
    ax.set_xlim(-0.6, 10.9)
    ax.set_xticks(xs)
    ax.set_xlabel("position i of the suggestion in the stream (0-based)")
    ax.set_ylabel("fraction of runs\nin which it was sampled")
    ax.set_ylim(0, 0.46)
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.2), ncol=1)
    L.save(fig, os.path.join(HERE, "reservoir-inclusion.svg"))


def edit_table_figure():
    a, b = "arr", "args"
    D = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        D[i][0] = i
    for j in range(len(b) + 1):
        D[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            D[i][j] = min(D[i - 1][j] + 1, D[i][j - 1] + 1,
                          D[i - 1][j - 1] + (a[i - 1] != b[j - 1]))
    path = [(0, 0), (1, 1), (2, 2), (3, 3), (3, 4)]
    moves = ["match a", "match r", "substitute r→g", "insert s"]
    fig, ax = L.plt.subplots(figsize=(6.4, 4.0))
    for i in range(len(a) + 1):
        for j in range(len(b) + 1):
            on = (i, j) in path
            ax.add_patch(L.plt.Rectangle((j, -i), 1, -1, fill=on, facecolor=L.BLUE if on else "none",
                                         alpha=0.25 if on else 1, edgecolor=L.INK, linewidth=1))
            ax.text(j + 0.5, -i - 0.5, str(D[i][j]), ha="center", va="center", fontsize=15, color=L.INK)
    for j, ch in enumerate(["ε"] + list(b)):
        ax.text(j + 0.5, 0.35, ch, ha="center", va="center", fontsize=13, color=L.INK)
    for i, ch in enumerate(["ε"] + list(a)):
        ax.text(-0.35, -i - 0.5, ch, ha="center", va="center", fontsize=13, color=L.INK)
    ax.text(2.5, 0.85, "kept by the user (b = args)", ha="center", fontsize=11, color=L.INK)
    ax.text(-0.85, -2, "suggested (a = arr)", ha="center", va="center", rotation=90, fontsize=11, color=L.INK)
    for (i0, j0), (i1, j1), move in zip(path, path[1:], moves):
        ax.annotate("", xy=(j1 + 0.5, -i1 - 0.5), xytext=(j0 + 0.5, -i0 - 0.5),
                    arrowprops=dict(arrowstyle="->", color=L.ORANGE, lw=2, shrinkA=11, shrinkB=11))
    notes = "  ·  ".join(f"{m} (+{c})" for m, c in zip(moves, [0, 0, 1, 1]))
    ax.text(2.5, -4.45, notes, ha="center", fontsize=11, color=L.INK)
    ax.set_xlim(-1.1, 5.1)
    ax.set_ylim(-4.7, 1.1)
    ax.set_aspect("equal")
    ax.axis("off")
    L.save(fig, os.path.join(HERE, "edit-distance-table.svg"))


def precision_figure():
    useful = [1, 1, 1, 0, 1, 0, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 0, 1, 0, 0]
    hits, prec = 0, [1.0]
    for u in useful:
        hits += u
        prec.append(hits / len(prec))
    env = prec[:]
    for c in range(len(useful) - 1, -1, -1):
        env[c] = max(env[c], env[c + 1])
    cs = list(range(1, 21))
    fig, ax = L.plt.subplots(figsize=(6.0, 3.8))
    ax.plot(cs, prec[1:], marker="o", color=L.BLUE, label="precision P(c) of the top c")
    ax.step(cs, env[1:], where="post", color=L.PURPLE, linestyle="--", linewidth=1.5,
            label="envelope Q(c) = best P at any cut ≥ c")
    ax.hlines(0.8, 0.5, 20.3, color=L.INK, linewidth=1, linestyle=":")
    ax.text(20.5, 0.8, "target\n0.8", va="center", color=L.INK, fontsize=11)
    # label offsets (dx, dy) keep each probe label clear of the blue line
    offsets = {10: (0.8, -0.09), 5: (1.4, 0.065), 7: (0.9, -0.145), 6: (-1.2, -0.08)}
    for order, c in enumerate([10, 5, 7, 6], start=1):
        dx, dy = offsets[c]
        ax.annotate(f"probe {order}", xy=(c, prec[c]), xytext=(c + dx, prec[c] + dy),
                    ha="center", va="center", fontsize=11, color=L.ORANGE,
                    arrowprops=dict(arrowstyle="->", color=L.ORANGE, lw=1))
    ax.plot([5], [prec[5]], marker="o", markersize=12, markerfacecolor="none", color=L.ORANGE)
    ax.plot([16], [prec[16]], marker="o", markersize=12, markerfacecolor="none", color=L.GREEN)
    ax.text(6.6, 0.965, "binary search\nstops at c = 5", color=L.ORANGE, fontsize=11,
            va="center")
    ax.text(14.6, 0.92, "largest valid\ncut: c = 16", color=L.GREEN, fontsize=11,
            va="center")
    ax.set_xticks(range(0, 21, 2))
    ax.set_xlim(0.5, 22.5)
    ax.set_ylim(0.5, 1.05)
    ax.set_xlabel("c: number of highest-confidence suggestions shown")
    ax.set_ylabel("precision")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.17), ncol=1)
    L.save(fig, os.path.join(HERE, "precision-threshold.svg"))


if __name__ == "__main__":
    L.setup()
    reservoir_figure()
    edit_table_figure()
    precision_figure()

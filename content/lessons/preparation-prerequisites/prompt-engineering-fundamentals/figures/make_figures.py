"""Draws this lesson's scripted figures as SVG (matplotlib from Debian). Run by `npm run figures`.

prompt-pipeline.svg is hand-written and is not produced here.
"""
import os
from math import comb

import leetllm_svg as L

HERE = os.path.dirname(os.path.abspath(__file__))


def majority_right(p, n):
    """P(more than half of n independent yes/no samples are right), each right with prob p; n odd."""
    return sum(comb(n, j) * p**j * (1 - p) ** (n - j) for j in range(n // 2 + 1, n + 1))


def self_consistency():
    ns = list(range(1, 16, 2))
    fig, ax = L.plt.subplots(figsize=(5.8, 4.9))
    for p, colour in ((0.8, L.GREEN), (0.7, L.BLUE), (0.6, L.PURPLE), (0.4, L.ORANGE)):
        ax.plot(ns, [majority_right(p, n) for n in ns], color=colour, marker="o", markersize=4,
                label=f"independent, p = {p}")
    mixed = [0.5 * majority_right(1.0, n) + 0.5 * majority_right(0.4, n) for n in ns]
    # hollow, larger squares so the p = 0.7 dot at n = 1 (same value, 0.70) stays visible inside
    ax.plot(ns, mixed, color=L.INK, linestyle=(0, (4, 2)), marker="s", markersize=8,
            markerfacecolor="none", markeredgewidth=1.3, label="mixed: half p = 1.0, half p = 0.4")
    ax.set_xticks(ns)
    ax.set_ylim(0, 1.02)
    ax.set_xlabel("samples per message n (majority vote)")
    ax.set_ylabel("P(majority answer is right)")
    ax.grid(color=L.GREY, linewidth=0.5, alpha=0.35)
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.17), ncol=2, fontsize=11, frameon=False)
    L.save(fig, os.path.join(HERE, "self-consistency.svg"))


if __name__ == "__main__":
    L.setup()
    L.plt.rcParams.update({"font.size": 12})
    self_consistency()

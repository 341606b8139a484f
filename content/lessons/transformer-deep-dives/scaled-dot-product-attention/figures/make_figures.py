"""Draws this lesson's figures as SVG (matplotlib from Debian). Run by `npm run figures`."""
import os

import numpy as np
from matplotlib.patches import Rectangle

import leetllm_svg as L

HERE = os.path.dirname(os.path.abspath(__file__))
TOKENS = ["refund", "my", "late", "order"]
Q = np.array([[1, 0, 1, 0], [0, 1, 0, 0], [1, 0, 0, 1], [2, 0, 1, 1]], dtype=float)
K = np.array([[1, 0, 1, 0], [0, 1, 0, 0], [0, 0, 1, 1], [0, 0, 0, 1]], dtype=float)


def softmax(x):
    e = np.exp(x - x.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def masked_weights(causal):
    s = Q @ K.T / np.sqrt(K.shape[1])
    if causal:
        s = np.where(np.tril(np.ones_like(s)) > 0, s, -np.inf)
    return softmax(s)


def heatmap():
    fig, axes = L.plt.subplots(1, 2, figsize=(8.4, 4.0))
    for ax, causal, title in [(axes[0], False, "No mask (encoder)"),
                              (axes[1], True, "Causal mask (decoder)")]:
        w = masked_weights(causal)
        for i in range(4):
            for j in range(4):
                y = 3 - i
                if causal and j > i:
                    ax.add_patch(Rectangle((j, y), 1, 1, facecolor=L.GREY, alpha=0.18,
                                           edgecolor=L.GREY, linewidth=0.6))
                    ax.text(j + 0.5, y + 0.5, "−∞ → 0", ha="center", va="center", color=L.GREY,
                            fontsize=10)
                    continue
                ax.add_patch(Rectangle((j, y), 1, 1, facecolor=L.BLUE, alpha=0.12 + 0.85 * w[i, j],
                                       edgecolor=L.INK, linewidth=0.6))
                ax.text(j + 0.5, y + 0.5, f"{w[i, j]:.3f}", ha="center", va="center",
                        color=L.INK, fontsize=11)
        ax.set_xlim(0, 4)
        ax.set_ylim(0, 4)
        ax.set_aspect("equal")
        ax.set_xticks(np.arange(4) + 0.5, TOKENS)
        ax.set_yticks(np.arange(4) + 0.5, TOKENS[::-1])
        ax.tick_params(length=0)
        for side in ["left", "bottom"]:
            ax.spines[side].set_visible(False)
        ax.set_xlabel("key (attended to)")
        ax.set_title(title)
    axes[0].set_ylabel("query (attending)")
    L.save(fig, os.path.join(HERE, "attention-weights.svg"))


def entropy_curve():
    rng = np.random.default_rng(0)
    T, trials = 16, 2000
    dims = [4, 8, 16, 32, 64, 128, 256, 512, 1024]
    raw, scaled = [], []
    for d in dims:
        s = (rng.standard_normal((trials, 1, d)) * rng.standard_normal((trials, T, d))).sum(-1)
        for logits, out in [(s, raw), (s / np.sqrt(d), scaled)]:
            p = softmax(logits)
            out.append(-(p * np.log(p + 1e-30)).sum(-1).mean())
    fig, ax = L.plt.subplots(figsize=(7.0, 3.8))
    ax.plot(dims, scaled, marker="o", color=L.BLUE, label="scores / √d_k")
    ax.plot(dims, raw, marker="s", color=L.ORANGE, label="raw scores q·k")
    ax.axhline(np.log(T), color=L.GREY, linestyle="--", linewidth=1.2)
    ax.text(4, np.log(T) + 0.06, "uniform over 16 keys (ln 16 = 2.77)", color=L.GREY, fontsize=10)
    ax.set_xscale("log", base=2)
    ax.set_xticks(dims, [str(d) for d in dims])
    ax.set_ylim(0, 3.1)
    ax.set_xlabel("head dimension d_k")
    ax.set_ylabel("mean softmax entropy (nats)")
    ax.legend(loc="center right", bbox_to_anchor=(1.0, 0.45))
    L.save(fig, os.path.join(HERE, "softmax-entropy-vs-dk.svg"))


if __name__ == "__main__":
    L.setup()
    heatmap()
    entropy_curve()

"""Draws this lesson's figures as SVG (matplotlib from Debian). Run by `npm run figures`."""
import os

import numpy as np
from matplotlib.colors import to_rgba
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
                # Colour alpha (not the `alpha=` kwarg) becomes SVG fill-opacity, so only the
                # fill fades and the cell borders keep full contrast.
                if causal and j > i:
                    ax.add_patch(Rectangle((j, y), 1, 1, facecolor=to_rgba(L.GREY, 0.18),
                                           edgecolor=L.INK, linewidth=0.6))
                    ax.text(j + 0.5, y + 0.5, "−∞ → 0", ha="center", va="center", color=L.INK,
                            fontsize=11)
                    continue
                ax.add_patch(Rectangle((j, y), 1, 1, facecolor=to_rgba(L.BLUE, 0.12 + 0.85 * w[i, j]),
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


def jacobian_norms(p):
    """Frobenius norm of the softmax Jacobian diag(p) - p p^T (w.r.t. the logits), per row."""
    jac = p[:, :, None] * np.eye(p.shape[-1]) - p[:, :, None] * p[:, None, :]
    return np.linalg.norm(jac, axis=(1, 2))


def entropy_curve():
    T, trials = 16, 2000
    dims = [4, 8, 16, 32, 64, 128, 256, 512, 1024]
    ent = {"raw": [], "scaled": []}
    jac = {"raw": [], "scaled": []}
    for d in dims:
        rng = np.random.default_rng(d)            # same draws as scale-saturation.py
        s = (rng.standard_normal((trials, 1, d)) * rng.standard_normal((trials, T, d))).sum(-1)
        for logits, key in [(s, "raw"), (s / np.sqrt(d), "scaled")]:
            p = softmax(logits)
            ent[key].append(-(p * np.log(p + 1e-30)).sum(-1).mean())
            jac[key].append(np.median(jacobian_norms(p)))
    fig, (ax, ax2) = L.plt.subplots(1, 2, figsize=(10.4, 3.9))
    ax.plot(dims, ent["scaled"], marker="o", color=L.BLUE, label="scores / √d_k")
    ax.plot(dims, ent["raw"], marker="s", color=L.ORANGE, label="raw scores q·k")
    ax.axhline(np.log(T), color=L.GREY, linestyle="--", linewidth=1.2)
    ax.text(4, np.log(T) + 0.06, "uniform over 16 keys (ln 16 = 2.77)", color=L.INK, fontsize=10)
    ax.set_ylim(0, 3.1)
    ax.set_ylabel("mean softmax entropy (nats)")
    ax.set_title("Attention spread")
    ax.legend(loc="center right", bbox_to_anchor=(1.0, 0.45))
    ax2.plot(dims, jac["scaled"], marker="o", color=L.BLUE, label="scores / √d_k")
    ax2.plot(dims, jac["raw"], marker="s", color=L.ORANGE, label="raw scores q·k")
    ax2.set_yscale("log")
    ax2.set_ylabel("median softmax Jacobian norm")
    ax2.set_title("Gradient through a typical row")
    ax2.legend(loc="lower left")
    for a in (ax, ax2):
        a.set_xscale("log", base=2)
        a.set_xticks(dims, [str(d) for d in dims])
        a.set_xlabel("head dimension d_k")
    fig.tight_layout()
    L.save(fig, os.path.join(HERE, "softmax-entropy-vs-dk.svg"))


if __name__ == "__main__":
    L.setup()
    heatmap()
    entropy_curve()

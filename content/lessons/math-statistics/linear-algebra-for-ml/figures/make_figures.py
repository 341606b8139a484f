"""Draws this lesson's scripted figures as SVG (matplotlib from Debian). Run by `npm run figures`.

least-squares-geometry.svg is hand-written and is not produced here.
"""
import os

import numpy as np
from matplotlib import ticker
from matplotlib.patches import Rectangle

import leetllm_svg as L

HERE = os.path.dirname(os.path.abspath(__file__))

MOVIES = ["Lab", "Iron", "Slow", "Pixel"]  # first words of the four titles
# six users' ratings minus each movie's average (the lesson's table)
R = np.array([[-4, 3, -3, 4], [3, 4, -4, -2], [1, -4, 4, -2],
              [1, -3, 2, -1], [-5, 1, 0, 4], [4, -1, 1, -3]], dtype=float)


def power_iteration_angles(C, q0, steps):
    """Angle in degrees between the power-iteration vector and q0, starting from e0."""
    v = np.array([1.0, 0.0, 0.0, 0.0])
    angles = []
    for _ in range(steps + 1):
        angles.append(np.degrees(np.arccos(min(abs(v @ q0), 1.0))))
        v = C @ v
        v /= np.linalg.norm(v)
    return np.array(angles)


def power_iteration():
    C = R.T @ R / (len(R) - 1)
    lam, Q = np.linalg.eigh(C)
    lam, Q = lam[::-1], Q[:, ::-1]
    q0 = Q[:, 0]
    steps = 40
    k = np.arange(steps + 1)
    fig, ax = L.plt.subplots(figsize=(6.4, 4.2))
    slow = lam.copy()
    slow[1] = 0.9 * lam[0]                      # same eigenvectors, top two tastes nearly tied
    C_slow = Q @ np.diag(slow) @ Q.T
    runs = [(C, lam[1] / lam[0], L.BLUE, "the ratings' covariance"),
            (C_slow, 0.9, L.ORANGE, "same eigenvectors, \u03bb\u2081 = 0.9 \u03bb\u2080")]
    for M, ratio, colour, label in runs:
        ang = power_iteration_angles(M, q0, steps)
        ax.plot(k, ang, "o-", color=colour, ms=3.5, lw=1.8,
                label=f"{label}: {ratio:.3f}")
    ax.set_yscale("log")
    ax.set_ylim(1e-4, 3000)
    ax.set_yticks([1e-4, 1e-3, 1e-2, 1e-1, 1, 10, 100])
    ax.yaxis.set_minor_locator(ticker.NullLocator())
    ax.set_xlim(0, steps)
    ax.set_xlabel("power-iteration step k")
    ax.set_ylabel("angle to the top eigenvector (degrees)")
    ax.grid(axis="y", color=L.GREY, linewidth=0.5, alpha=0.35)
    ax.text(12.5, 0.06, "\u00d7 0.527 per step", color=L.INK, fontsize=12)   # just above the blue line
    ax.text(25, 9, "\u00d7 0.9 per step", color=L.INK, fontsize=12)
    ax.legend(loc="upper right", fontsize=11, handlelength=1.5, title="start e\u2080, ratio \u03bb\u2081/\u03bb\u2080",
              title_fontsize=11)
    L.save(fig, os.path.join(HERE, "power-iteration.svg"))


def rank_k_panels():
    U, s, Vt = np.linalg.svd(R, full_matrices=False)
    panels = [("R (the data)", R)]
    for k in (1, 2):
        Rk = U[:, :k] @ np.diag(s[:k]) @ Vt[:k]
        panels.append((f"rank {k}: error {np.linalg.norm(R - Rk):.2f}", Rk))
    fig, axes = L.plt.subplots(1, 3, figsize=(7.4, 3.9))
    for ax, (title, M) in zip(axes, panels):
        for i in range(M.shape[0]):
            for j in range(M.shape[1]):
                v = M[i, j]
                colour = L.BLUE if v >= 0 else L.ORANGE
                ax.add_patch(Rectangle((j, i), 1, 1, facecolor=colour,
                                       alpha=min(abs(v) / 5, 1) * 0.55, edgecolor="none"))
                txt = f"{v:.0f}" if M is R else f"{v:.1f}"
                ax.text(j + 0.5, i + 0.5, txt.replace("-", "\u2212"), ha="center", va="center",
                        color=L.INK, fontsize=11)
        ax.set_xlim(0, 4)
        ax.set_ylim(6, 0)
        ax.set_aspect("equal")
        ax.set_xticks(np.arange(4) + 0.5)
        ax.set_xticklabels(MOVIES, fontsize=10.5)
        ax.xaxis.tick_top()
        ax.tick_params(length=0)
        ax.set_yticks(np.arange(6) + 0.5)
        ax.set_yticklabels([f"user {i}" for i in range(6)] if ax is axes[0] else [], fontsize=11)
        for side in ("top", "right", "bottom", "left"):
            ax.spines[side].set_visible(False)
        ax.set_title(title, fontsize=12, color=L.INK, y=-0.13)
    fig.subplots_adjust(wspace=0.12)
    L.save(fig, os.path.join(HERE, "rank-k-ratings.svg"))


if __name__ == "__main__":
    L.setup()
    L.plt.rcParams.update({"font.size": 12})
    power_iteration()
    rank_k_panels()

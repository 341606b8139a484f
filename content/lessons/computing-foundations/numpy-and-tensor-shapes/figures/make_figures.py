"""Draws this lesson's figures as SVG (matplotlib from Debian). Run by `npm run figures`.

memory-layout.svg: the (2, 3, 4) float32 batch as logical grids and as its flat buffer, with strides.
broadcast-bug.svg: gradient descent on the paired loss versus the broadcast (2, 2) loss: the buggy loss
pulls both urgency predictions to the mean label (same update rule as loss_bug.py in the lesson).
Both figures are sized so that their 12-13 pt text stays legible on a 375 px phone screen.
"""
import os

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.colors import to_rgba
from matplotlib.patches import FancyArrowPatch, Rectangle

from leetllm_svg import BLUE, GREEN, GREY, INK, ORANGE, PURPLE, save, setup

HERE = os.path.dirname(os.path.abspath(__file__))


def cell(ax, x, y, text, face, w=1.0, h=1.0, alpha=0.28, size=12, edge=INK, lw=0.8):
    ax.add_patch(Rectangle((x, y), w, h, facecolor=to_rgba(face, alpha), edgecolor=edge, linewidth=lw))
    ax.text(x + w / 2, y + h / 2, text, ha="center", va="center", fontsize=size, color=INK)


def arc(ax, x0, y0, x1, y1, rad, color, style="-"):
    ax.add_patch(FancyArrowPatch((x0, y0), (x1, y1), connectionstyle=f"arc3,rad={rad}",
                                 arrowstyle="-|>", mutation_scale=13, color=color, linewidth=1.7,
                                 linestyle=style))


def memory_layout():
    """Logical grids on top; the 96-byte buffer below, wrapped into two rows of 12 floats (48 B each)."""
    fig, ax = plt.subplots(figsize=(6.4, 6.2))
    ticket_colour = [BLUE, ORANGE]
    ax.text(4.7, 13.35, "logical view: shape (2, 3, 4)", ha="center", fontsize=13, color=INK)
    for b, x0 in enumerate([0.0, 7.2]):
        ax.text(x0 + 2, 12.3, f"x[{b}]  (ticket {b})", ha="center", va="center", fontsize=12, color=INK)
        for t in range(3):
            ax.text(x0 - 0.2, 10.9 - t + 0.5, f"token {t}", ha="right", va="center", fontsize=12, color=INK)
            for d in range(4):
                cell(ax, x0 + d, 10.9 - t, str(b * 12 + t * 4 + d), ticket_colour[b])
    ax.text(4.7, 7.55, "memory: one flat buffer of 24 float32 (96 B),\ndrawn as two rows of 12 floats = 48 B each",
            ha="center", va="center", fontsize=12, color=INK)
    rows = [(0, 4.2), (12, 1.4)]                        # (first cell, y) of each drawn row
    for first, y in rows:
        for j in range(12):
            i = first + j
            cell(ax, j, y, str(i), ticket_colour[i // 12], lw=2.0 if i % 4 == 0 else 0.8)
        for j in range(0, 13, 4):
            ax.text(j, y - 0.33, f"{(first + j) * 4} B", ha="center", va="center", fontsize=12, color=GREY)
    # x's own walk, strides (48, 16, 4), in ink
    arc(ax, 1.5, 5.3, 5.5, 5.3, -0.35, INK)
    ax.text(3.5, 6.35, "+16 B: next token", ha="center", va="center", fontsize=12, color=INK)
    arc(ax, 9.5, 5.3, 10.5, 5.3, -0.9, INK)
    ax.text(10.0, 6.35, "+4 B: next dim", ha="center", va="center", fontsize=12, color=INK)
    arc(ax, -0.15, 4.7, -0.15, 1.9, 0.45, INK)
    ax.text(-0.95, 3.3, "+48 B:\nnext\nticket", ha="right", va="center", fontsize=12, color=INK)
    # the transposed view walks the same bytes with strides (48, 4, 16), in purple
    arc(ax, 0.5, 3.6, 4.5, 3.6, 0.3, PURPLE, "--")
    arc(ax, 4.5, 3.6, 8.5, 3.6, 0.3, PURPLE, "--")
    ax.text(9.1, 3.05, "transpose:\n0, 4, 8", ha="left", va="center", fontsize=12, color=PURPLE)
    ax.text(-3.0, 0.35, "x.strides = (48, 16, 4): the ink arrows, one per axis",
            ha="left", va="center", fontsize=12, color=INK)
    ax.text(-3.0, -0.3, "x.transpose(0, 2, 1).strides = (48, 4, 16): same bytes,",
            ha="left", va="center", fontsize=12, color=PURPLE)
    ax.text(-3.0, -0.9, "its last axis reads 0, 4, 8, so it is not C-contiguous",
            ha="left", va="center", fontsize=12, color=PURPLE)
    ax.text(-3.0, -1.5, "bold outline: first float of each token (every 16 B)",
            ha="left", va="center", fontsize=12, color=GREY)
    ax.set_xlim(-3.2, 12.6)
    ax.set_ylim(-1.9, 13.9)
    ax.set_aspect("equal")
    ax.axis("off")
    save(fig, os.path.join(HERE, "memory-layout.svg"))


def gd_trajectory(buggy, steps, lr=0.5):
    """Predictions per step under the paired or the broadcast MSE, as in loss_bug.py."""
    p, target = np.array([0.9, 0.2]), np.array([1.0, 0.0])
    out = [p.copy()]
    for _ in range(steps):
        if buggy:  # d/dp_i of mean over (i, j) of (p_i - t_j)^2
            g = 2 * (p[:, None] - target).sum(axis=1) / p.size ** 2
        else:      # d/dp_i of mean over i of (p_i - t_i)^2
            g = 2 * (p - target) / p.size
        p = p - lr * g
        out.append(p.copy())
    return np.array(out)


def broadcast_bug():
    steps = 12
    fig, ax = plt.subplots(figsize=(4.9, 3.7))
    s = np.arange(steps + 1)
    right, buggy = gd_trajectory(False, steps), gd_trajectory(True, steps)
    for y, label in [(1.0, "label 0 = 1.0"), (0.0, "label 1 = 0.0"), (0.5, "mean = 0.5")]:
        ax.axhline(y, color=GREY, linestyle=":", linewidth=1.2)
        ax.text(steps + 0.3, y, label, ha="left", va="center", fontsize=12, color=GREY)
    for k, style in [(0, "-"), (1, "--")]:
        ax.plot(s, right[:, k], style, color=BLUE, marker="o", markersize=3.5)
        ax.plot(s, buggy[:, k], style, color=ORANGE, marker="o", markersize=3.5)
    ax.text(3.0, 0.92, "paired loss (correct)", color=BLUE, fontsize=12, ha="left", va="center")
    ax.text(2.7, 0.68, "broadcast (2, 2) loss (bug)", color=ORANGE, fontsize=12, ha="left", va="center")
    ax.text(3.4, 0.24, "solid: ticket 0 (starts at 0.9)\ndashed: ticket 1 (starts at 0.2)",
            fontsize=12, color=INK, ha="left", va="center")
    ax.set_xlim(0, steps)
    ax.set_ylim(-0.08, 1.08)
    ax.tick_params(labelsize=12)
    ax.set_xlabel("gradient descent step (learning rate 0.5)", fontsize=12)
    ax.set_ylabel("urgency prediction", fontsize=12)
    save(fig, os.path.join(HERE, "broadcast-bug.svg"))


if __name__ == "__main__":
    setup()
    memory_layout()
    broadcast_bug()

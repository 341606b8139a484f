"""Draws this lesson's figures as SVG (matplotlib from Debian). Run by `npm run figures`.

memory-layout.svg: the (2, 3, 4) float32 batch as logical grids and as its flat buffer, with strides.
broadcast-bug.svg: (2, 1) - (2,) broadcasting to a (2, 2) error matrix instead of 2 paired errors.
"""
import os

import matplotlib.pyplot as plt
from matplotlib.colors import to_rgba
from matplotlib.patches import FancyArrowPatch, Rectangle

from leetllm_svg import BLUE, GREY, INK, ORANGE, PURPLE, GREEN, save, setup

HERE = os.path.dirname(os.path.abspath(__file__))


def cell(ax, x, y, text, face, w=1.0, h=1.0, alpha=0.28, size=10, edge=INK, lw=0.8):
    ax.add_patch(Rectangle((x, y), w, h, facecolor=to_rgba(face, alpha), edgecolor=edge, linewidth=lw))
    ax.text(x + w / 2, y + h / 2, text, ha="center", va="center", fontsize=size, color=INK)


def arc(ax, x0, x1, y, rad, color, label, ly, size=10):
    ax.add_patch(FancyArrowPatch((x0, y), (x1, y), connectionstyle=f"arc3,rad={rad}",
                                 arrowstyle="-|>", mutation_scale=11, color=color, linewidth=1.6))
    ax.text((x0 + x1) / 2, ly, label, ha="center", va="center", fontsize=size, color=color)


def memory_layout():
    fig, ax = plt.subplots(figsize=(10.5, 5.6))
    ticket_colour = [BLUE, ORANGE]
    # logical view: two (3, 4) grids, one per ticket
    for b, x0 in enumerate([2.0, 18.0]):
        ax.text(x0 + 2, 8.35, f"x[{b}]  (ticket {b})", ha="center", fontsize=11, color=INK)
        for t in range(3):
            ax.text(x0 - 0.25, 7.0 - t + 0.5, f"token {t}", ha="right", va="center", fontsize=9, color=INK)
            for d in range(4):
                cell(ax, x0 + d, 7.0 - t, str(b * 12 + t * 4 + d), ticket_colour[b])
    ax.text(11.0, 6.6, "logical shape (2, 3, 4)\nrow-major: last axis\nvaries fastest",
            ha="center", va="center", fontsize=10, color=INK)
    # flat buffer
    y = 0.0
    for i in range(24):
        cell(ax, i, y, str(i), ticket_colour[i // 12], lw=1.6 if i % 4 == 0 else 0.8)
    for i in range(0, 25, 4):
        ax.text(i, -0.45, f"{i * 4} B", ha="center", va="center", fontsize=8.5, color=GREY)
    ax.text(-0.3, 0.5, "buffer", ha="right", va="center", fontsize=10, color=INK)
    # strides of x: (48, 16, 4) bytes, one step of each drawn above the buffer
    arc(ax, 0.5, 12.5, 1.05, -0.25, INK, "+48 B: next ticket", 2.95)
    arc(ax, 13.5, 17.5, 1.05, -0.45, PURPLE, "+16 B: next token", 2.45)
    arc(ax, 21.5, 22.5, 1.05, -0.9, GREEN, "+4 B: next dim", 1.95)
    ax.text(11.0, 4.3, "x.strides = (48, 16, 4) bytes", ha="center", fontsize=11, color=INK)
    # transposed view reads the same buffer with strides (48, 4, 16)
    arc(ax, 0.5, 4.5, -0.8, 0.45, ORANGE, "", -1.0)
    arc(ax, 4.5, 8.5, -0.8, 0.45, ORANGE, "", -1.0)
    ax.text(4.5, -2.25, "x.transpose(0, 2, 1)[0, 0, :] reads 0, 4, 8: steps of 16 B, not adjacent",
            ha="left", va="center", fontsize=10, color=ORANGE)
    ax.text(4.5, -2.85, "same buffer, strides (48, 4, 16): a view that is not C-contiguous",
            ha="left", va="center", fontsize=10, color=INK)
    ax.set_xlim(-2.2, 24.4)
    ax.set_ylim(-3.2, 8.8)
    ax.set_aspect("equal")
    ax.axis("off")
    save(fig, os.path.join(HERE, "memory-layout.svg"))


def broadcast_bug():
    fig, ax = plt.subplots(figsize=(10, 3.9))
    pred, target = [0.9, 0.2], [1.0, 0.0]
    # left: the bug, (2, 1) - (2,) -> (2, 2)
    ax.text(2.6, 4.25, "buggy: pred (2, 1) - target (2,)  ->  (2, 2)", ha="center", fontsize=11, color=ORANGE)
    for j, t in enumerate(target):
        cell(ax, 1.6 + j * 1.5, 3.0, f"t={t:g}", GREY, w=1.5, h=0.7, size=9.5)
    for i, p in enumerate(pred):
        cell(ax, 0.0, 1.6 - i * 1.1, f"p={p:g}", GREY, w=1.3, h=1.1, size=9.5)
        for j, t in enumerate(target):
            face = BLUE if i == j else ORANGE
            cell(ax, 1.6 + j * 1.5, 1.6 - i * 1.1, f"{(p - t) ** 2:.2f}", face, w=1.5, h=1.1)
    ax.text(3.1, -0.15, "mean of 4 squared errors = 1.50 / 4 = 0.375", ha="center", fontsize=10, color=INK)
    ax.text(3.1, -0.65, "orange cells pair a ticket with the other ticket's label", ha="center",
            fontsize=9.5, color=ORANGE)
    # right: the fix, shapes match
    x0 = 8.6
    ax.text(x0 + 1.7, 4.25, "fixed: pred[:, 0] (2,) - target (2,)  ->  (2,)", ha="center", fontsize=11, color=BLUE)
    for i, (p, t) in enumerate(zip(pred, target)):
        cell(ax, x0, 1.6 - i * 1.1, f"p={p:g}", GREY, w=1.3, h=1.1, size=9.5)
        cell(ax, x0 + 1.4, 1.6 - i * 1.1, f"t={t:g}", GREY, w=1.3, h=1.1, size=9.5)
        cell(ax, x0 + 2.8, 1.6 - i * 1.1, f"{(p - t) ** 2:.2f}", BLUE, w=1.3, h=1.1)
    ax.text(x0 + 1.7, -0.15, "mean of 2 squared errors = 0.05 / 2 = 0.025", ha="center", fontsize=10, color=INK)
    ax.text(x0 + 1.7, -0.65, "only the blue (diagonal) pairs belong in the loss", ha="center",
            fontsize=9.5, color=BLUE)
    ax.set_xlim(-0.3, 13.2)
    ax.set_ylim(-0.95, 4.6)
    ax.set_aspect("equal")
    ax.axis("off")
    save(fig, os.path.join(HERE, "broadcast-bug.svg"))


if __name__ == "__main__":
    setup()
    memory_layout()
    broadcast_bug()

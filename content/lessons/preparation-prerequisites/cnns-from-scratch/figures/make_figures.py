"""Draws this lesson's scripted figures as SVG (matplotlib from Debian). Run by `npm run figures`."""
import os

import numpy as np
from matplotlib.patches import Rectangle

import leetllm_svg as L

HERE = os.path.dirname(os.path.abspath(__file__))


def scratch_panel():
    """The lesson's 6x6 crop: brushed aluminium (8) with a dark scratch (2) in rows 1-4 of column 2."""
    img = np.full((6, 6), 8)
    img[1:5, 2] = 2
    return img


def draw_grid(ax, values, x0, y0, title, hi=None, hi_colour=L.BLUE, cell=1.0):
    """A grid of numbers with its top-left corner at (x0, y0); rows go down. hi = (i, j, h, w) box."""
    n_rows, n_cols = values.shape
    for i in range(n_rows):
        for j in range(n_cols):
            v = values[i, j]
            dark = v == 2
            ax.add_patch(Rectangle((x0 + j * cell, y0 - (i + 1) * cell), cell, cell,
                                   facecolor=L.GREY if dark else "none", alpha=0.35 if dark else 1,
                                   edgecolor=L.INK, linewidth=0.8))
            ax.text(x0 + (j + 0.5) * cell, y0 - (i + 0.5) * cell, f"{v:g}".replace("-", "−"),
                    ha="center", va="center", fontsize=13, color=L.INK)
    ax.text(x0 + n_cols * cell / 2, y0 + 0.35, title, ha="center", va="bottom", fontsize=13,
            color=L.INK)
    if hi is not None:
        i, j, h, w = hi
        ax.add_patch(Rectangle((x0 + j * cell, y0 - (i + h) * cell), w * cell, h * cell,
                               facecolor="none", edgecolor=hi_colour, linewidth=3))


def sliding_window():
    img = scratch_panel()
    k = np.array([[1, 0, -1]] * 3)
    out = np.array([[np.sum(img[i:i + 3, j:j + 3] * k) for j in range(4)] for i in range(4)])
    fig, ax = L.plt.subplots(figsize=(8.7, 3.6))
    draw_grid(ax, img, 0, 6, "image x (6×6)", hi=(1, 0, 3, 3))
    draw_grid(ax, k, 8.4, 4.8, "filter k (3×3)", hi=(0, 0, 3, 3), hi_colour=L.ORANGE, cell=1.2)
    draw_grid(ax, out, 13.6, 5.6, "output y (4×4)", hi=(1, 0, 1, 1), cell=1.3)
    ax.text(7.3, 3.0, "⊙, sum", ha="center", va="center", fontsize=13, color=L.INK)
    ax.text(12.8, 3.0, "=", ha="center", va="center", fontsize=16, color=L.INK)
    ax.text(10.6, -0.45, "y[1,0] = 3·(8·1 + 8·0 + 2·(−1)) = 18", ha="center", va="center",
            fontsize=13, color=L.BLUE)
    ax.set_xlim(-0.2, 19.0)
    ax.set_ylim(-0.9, 6.9)
    ax.set_aspect("equal")
    ax.axis("off")
    L.save(fig, os.path.join(HERE, "sliding-window.svg"))


def receptive_field_growth():
    def grow(kinds):
        r, jump, rs = 1, 1, []
        for kind in kinds:
            k, s = (3, 1) if kind == "conv" else (2, 2)
            r, jump = r + (k - 1) * jump, jump * s
            rs.append(r)
        return rs

    n = 12
    plain = grow(["conv"] * n)
    pooled = grow(["conv", "conv", "pool"] * 4)
    layers = np.arange(1, n + 1)
    fig, ax = L.plt.subplots(figsize=(6.0, 3.9))
    ax.plot(layers, plain, color=L.BLUE, marker="o", label="3×3 convs only: r = 1 + 2ℓ (ℓ layers)")
    ax.plot(layers, pooled, color=L.ORANGE, marker="s", label="conv, conv, 2×2 pool, repeated")
    ax.axhline(40, color=L.INK, linestyle=":", linewidth=1.5)
    ax.text(1.0, 42, "a 40-pixel scratch", fontsize=12, color=L.INK, va="bottom")
    ax.axvline(6, color=L.GREY, linestyle="--", linewidth=1.2)
    ax.text(6.2, 62, "the 6-layer\ndetector body:\nr = 16", fontsize=12, color=L.INK, va="top")
    ax.set_xlabel("layers stacked (convs and pools)")
    ax.set_ylabel("receptive field r (pixels)")
    ax.set_xticks(layers)
    ax.set_ylim(0, 80)
    ax.grid(axis="y", color=L.GREY, linewidth=0.5, alpha=0.35)
    ax.legend(loc="upper left", bbox_to_anchor=(0.0, -0.2), fontsize=12)
    L.save(fig, os.path.join(HERE, "receptive-field.svg"))


if __name__ == "__main__":
    L.setup()
    L.plt.rcParams.update({"font.size": 13})
    sliding_window()
    receptive_field_growth()

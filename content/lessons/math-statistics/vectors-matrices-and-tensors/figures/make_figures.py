"""Draws this lesson's figures as SVG (matplotlib from Debian). Run by `npm run figures`."""
import os

import numpy as np
from matplotlib.patches import Polygon

import leetllm_svg as L

HERE = os.path.dirname(os.path.abspath(__file__))


def num(v, fmt):
    """Format a number with a true minus sign (U+2212) for negatives."""
    return format(v, fmt).replace("-", "\u2212")

ANA = np.array([2.0, 1.0, 2.0])  # action, comedy, romance
MOVIES = [("Lab Partners", np.array([1.0, 2.0, 2.0]), L.GREEN, -1),
          ("Iron Tide", np.array([8.0, 4.0, 1.0]), L.ORANGE, 1),
          ("Slow Winter", np.array([-2.0, -2.0, 1.0]), L.PURPLE, -1),
          ("Pixel Heist", np.array([1.0, -2.0, 0.0]), L.BLUE, 1)]


def shadows():
    """Each movie at its true length and true angle to Ana; its shadow on Ana's axis is score / |Ana|."""
    fig, ax = L.plt.subplots(figsize=(7.6, 4.6))
    na = np.linalg.norm(ANA)
    ax.axhline(0, color=L.GREY, linewidth=0.8, zorder=0)
    ax.annotate("", xy=(na, 0), xytext=(0, 0), zorder=5,
                arrowprops=dict(arrowstyle="-|>", color=L.INK, lw=3, mutation_scale=16))
    ax.text(na + 0.15, 0.12, "Ana, |a| = 3", ha="left", va="bottom", color=L.INK, fontsize=12)
    for name, m, colour, side in MOVIES:
        nm = np.linalg.norm(m)
        cos = ANA @ m / (na * nm)
        theta = np.arccos(cos)
        tip = np.array([nm * np.cos(theta), side * nm * np.sin(theta)])
        ax.annotate("", xy=tip, xytext=(0, 0),
                    arrowprops=dict(arrowstyle="-|>", color=colour, lw=2, mutation_scale=14))
        ax.plot([tip[0], tip[0]], [tip[1], 0], color=colour, linestyle=(0, (3, 3)), lw=1.4)
        # the shadow marker sits just below the axis, pointing up at it, so it hides neither
        # Ana's arrow nor the origin
        ax.plot(tip[0], -0.3, "^", color=colour, ms=8, zorder=4)
        shadow = ANA @ m / na
        label = (f"{name}\n|m| = {nm:.2f}, {np.degrees(theta):.1f}°\n"
                 f"shadow {num(shadow + 0.0, '.2f')}, dot {num(ANA @ m + 0.0, '.0f')}")
        ha = "left" if tip[0] > 0.5 else "right"
        dx = 0.15 if tip[0] > 0.5 else -0.15
        dy = 0.1 if side > 0 else -0.1
        ax.text(tip[0] + dx, tip[1] + dy, label, ha=ha, va="bottom" if side > 0 else "top",
                color=L.INK, fontsize=11)
    ax.text(-4.5, 6.5, "Up or down means nothing: only\nangles to Ana and lengths are true.",
            ha="left", va="top", color=L.INK, fontsize=11)
    ax.set_xlim(-4.6, 11.2)
    ax.set_ylim(-4.6, 6.6)
    ax.set_aspect("equal")
    ax.set_xlabel("along Ana's direction (shadow = m · a / |a|)")
    ax.set_yticks([])
    ax.spines["left"].set_visible(False)
    L.save(fig, os.path.join(HERE, "dot-vs-cosine.svg"))


MAPS = [("scale S = [[2, 0], [0, 1]]", np.array([[2.0, 0.0], [0.0, 1.0]]), "det 2: area doubles"),
        ("rotate R = [[0.8, \u22120.6], [0.6, 0.8]]", np.array([[0.8, -0.6], [0.6, 0.8]]),
         "det 1: lengths, angles kept"),
        ("shear H = [[1, 1], [0, 1]]", np.array([[1.0, 1.0], [0.0, 1.0]]), "det 1: area kept"),
        ("project P = [[1, 0], [0, 0]]", np.array([[1.0, 0.0], [0.0, 0.0]]),
         "det 0: flattened, rank 1")]
ANA2 = np.array([2.0, 1.0])  # Ana's (action, comedy)


def unit_square():
    """What each 2x2 map does to the unit square and to Ana; its columns are the images of e0 and e1."""
    fig, axes = L.plt.subplots(2, 2, figsize=(7.8, 4.9))
    square = np.array([[0, 0], [1, 0], [1, 1], [0, 1]], dtype=float)
    for ax, (title, M, note) in zip(axes.ravel(), MAPS):
        ax.add_patch(Polygon(square, closed=True, fill=False, edgecolor=L.GREY,
                             linestyle=(0, (4, 3)), lw=1.4))
        img = square @ M.T
        if abs(np.linalg.det(M)) < 1e-9:               # collapsed: draw the segment as a band
            ax.plot([0, 1], [-0.12, -0.12], color=L.BLUE, lw=6, alpha=0.5, solid_capstyle="butt")
            ax.text(0.5, -0.25, "image = segment", color=L.INK, fontsize=10, ha="center", va="top")
        else:
            ax.add_patch(Polygon(img, closed=True, facecolor=L.BLUE, alpha=0.18,
                                 edgecolor=L.BLUE, lw=1.8))
        for col, colour, name in ((M[:, 0], L.ORANGE, "M e0"), (M[:, 1], L.GREEN, "M e1")):
            if np.allclose(col, 0):
                ax.plot(0, 0, "o", color=colour, ms=7)
                ax.text(-0.1, 0.1, f"{name} = 0", color=colour, fontsize=11, ha="right", va="bottom")
                continue
            ax.annotate("", xy=col, xytext=(0, 0),
                        arrowprops=dict(arrowstyle="-|>", color=colour, lw=2.2, mutation_scale=13))
            x, y = col[0] + 0.05, col[1] + 0.06
            if np.allclose(col, [0.8, 0.6]):
                x, y = 1.05, 0.3                       # keep clear of the dashed square
            if np.allclose(col, [-0.6, 0.8]):
                x, y = -0.75, 0.95
            ax.text(x, y, name, color=colour, fontsize=11)
        out = M @ ANA2                                  # Ana before (hollow) and after (filled)
        ax.plot(*ANA2, "o", mfc="none", mec=L.INK, ms=7, mew=1.5)
        ax.annotate("", xy=out, xytext=ANA2, arrowprops=dict(arrowstyle="-|>", color=L.INK, lw=1.2,
                                                             linestyle=(0, (2, 2)), shrinkA=5, shrinkB=5))
        ax.plot(*out, "o", color=L.INK, ms=6)
        left = out[1] > 1.5                             # R's image sits under the note: label left
        lx, ly = out + (np.array([-0.15, -0.05]) if left else np.array([0.12, 0.08]))
        ax.text(lx, ly, f"Ana \u2192 ({out[0]:.0f}, {out[1]:.0f})", color=L.INK, fontsize=11,
                ha="right" if left else "left", va="top" if left else "bottom")
        ax.set_title(title, fontsize=11, color=L.INK)
        ax.text(4.3, 2.35, note, fontsize=11, color=L.INK, va="top", ha="right")
        ax.set_xlim(-0.8, 4.4)
        ax.set_ylim(-0.55, 2.4)
        ax.set_aspect("equal")
        ax.set_xticks([0, 1, 2, 3, 4])
        ax.set_yticks([0, 1, 2])
        ax.tick_params(labelsize=10)
    for ax in axes[1]:
        ax.set_xlabel("action", fontsize=11)
    for ax in axes[:, 0]:
        ax.set_ylabel("comedy", fontsize=11)
    fig.tight_layout()
    L.save(fig, os.path.join(HERE, "unit-square-maps.svg"))


if __name__ == "__main__":
    L.setup()
    shadows()
    unit_square()

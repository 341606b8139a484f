"""Draws this lesson's figures as SVG (matplotlib from Debian). Run by `npm run figures`."""
import os

from matplotlib.patches import FancyBboxPatch

import leetllm_svg as L

HERE = os.path.dirname(os.path.abspath(__file__))


def box(ax, x, y, w, h, text, shape, colour, fs=11):
    ax.add_patch(FancyBboxPatch((x - w / 2, y - h / 2), w, h, boxstyle="round,pad=0.02,rounding_size=0.08",
                                fc="none", ec=colour, lw=1.6))
    ax.text(x - w / 2 + 0.12, y, text, ha="left", va="center", fontsize=fs, color=L.INK)
    ax.text(x + w / 2 - 0.12, y, shape, ha="right", va="center", fontsize=fs, color=L.INK, family="monospace")


def arrow(ax, x0, y0, x1, y1, colour=L.INK):
    ax.annotate("", xy=(x1, y1), xytext=(x0, y0), arrowprops=dict(arrowstyle="-|>", color=colour, lw=1.3))


def block_diagram():
    fig, ax = L.plt.subplots(figsize=(7.0, 9.2))
    ax.set_xlim(0, 7.0)
    ax.set_ylim(0.0, 9.2)
    ax.axis("off")
    x, w, h = 3.05, 5.1, 0.42
    rows = {  # name: (y, text, shape, colour)
        "ids": (8.95, "token ids: for, i, in, range", "(4,)", L.GREY),
        "emb": (8.3, "embedding E[ids] + sinusoidal PE", "(4, 8)", L.BLUE),
        "ln1": (7.4, "LayerNorm 1", "(4, 8)", L.GREEN),
        "qkv": (6.75, "q, k, v: 4 heads of width 2", "3 × (4, 4, 2)", L.PURPLE),
        "att": (6.1, "scores + mask, softmax", "(4, 4, 4)", L.PURPLE),
        "mix": (5.45, "weights @ v", "(4, 4, 2)", L.PURPLE),
        "cat": (4.8, "concat heads, then W_o", "(4, 8)", L.PURPLE),
        "ln2": (3.45, "LayerNorm 2", "(4, 8)", L.GREEN),
        "up": (2.8, "MLP up W_up, then GELU", "(4, 32)", L.ORANGE),
        "down": (2.15, "MLP down W_down", "(4, 8)", L.ORANGE),
        "lnf": (0.85, "final LayerNorm", "(4, 8)", L.GREEN),
        "out": (0.25, "unembedding (tied E) -> logits", "(4, 10)", L.BLUE),
    }
    for y, text, shape, colour in rows.values():
        box(ax, x, y, w, h, text, shape, colour)
    add1, add2 = 4.23, 1.55
    stops = [rows[k][0] for k in ("ids", "emb", "ln1", "qkv", "att", "mix", "cat")]
    for y0, y1 in zip(stops[:-1], stops[1:]):
        arrow(ax, x, y0 - h / 2, x, y1 + h / 2)
    arrow(ax, x, rows["cat"][0] - h / 2, x, add1 + 0.14)
    arrow(ax, x, add1 - 0.14, x, rows["ln2"][0] + h / 2)
    for a, b in (("ln2", "up"), ("up", "down")):
        arrow(ax, x, rows[a][0] - h / 2, x, rows[b][0] + h / 2)
    arrow(ax, x, rows["down"][0] - h / 2, x, add2 + 0.14)
    arrow(ax, x, add2 - 0.14, x, rows["lnf"][0] + h / 2)
    arrow(ax, x, rows["lnf"][0] - h / 2, x, rows["out"][0] + h / 2)
    xr = x + w / 2 + 0.3
    for y_add, y_from in [(add1, 7.85), (add2, 3.9)]:
        ax.plot([x], [y_from], "o", color=L.INK, ms=5)                 # branch point on the trunk
        ax.add_patch(L.plt.Circle((x, y_add), 0.14, fill=False, ec=L.INK, lw=1.4))
        ax.text(x, y_add - 0.01, "+", ha="center", va="center", fontsize=13, color=L.INK)
        ax.plot([x, xr, xr], [y_from, y_from, y_add], color=L.INK, lw=1.3)
        arrow(ax, xr, y_add, x + 0.15, y_add)
        ax.text(xr + 0.1, (y_from + y_add) / 2, "residual: x + f(LN(x))", fontsize=11, va="center",
                color=L.INK, rotation=90, ha="left")
    ax.add_patch(FancyBboxPatch((x - w / 2 - 0.3, 1.25), w + 1.2, 6.75, boxstyle="round,pad=0,rounding_size=0.1",
                                fc="none", ec=L.GREY, lw=1.2, ls=(0, (5, 3))))
    ax.text(x - w / 2 - 0.2, 1.31, "block × N (pre-norm)", fontsize=11, color=L.INK,
            ha="left", va="bottom", fontweight="bold")
    L.save(fig, os.path.join(HERE, "decoder-block.svg"))


if __name__ == "__main__":
    L.setup()
    block_diagram()

"""Draws this lesson's figures as SVG (matplotlib from Debian). Run by `npm run figures`."""
import os
import re

import numpy as np

import leetllm_svg as L

HERE = os.path.dirname(os.path.abspath(__file__))
W1, b1 = np.array([[1.0, 1.0], [1.0, 1.0]]), np.array([0.0, -1.0])


def shrink(path):
    """Round coordinates to 0.01 units: the 240 scatter markers (120 listens, two panels) stay well under 60 kB."""
    with open(path, encoding="utf-8") as f:
        svg = f.read()
    svg = re.sub(r"(\d+\.\d\d)\d+", r"\1", svg)
    with open(path, "w", encoding="utf-8") as f:
        f.write(svg)


def listens():
    """The lesson's 200 autoplay listens: (taste, acousticness) and skip labels (as in xor_mlp.py)."""
    rng = np.random.default_rng(0)
    corners = rng.integers(0, 2, size=(200, 2))
    X = np.where(corners == 1, rng.uniform(0.8, 1.0, (200, 2)), rng.uniform(0.0, 0.2, (200, 2)))
    return X, corners[:, 0] != corners[:, 1]


def xor_spaces():
    X, skip = listens()
    X, skip = X[:120], skip[:120]        # the first 120 of the 200 listens keep the file small
    H = np.maximum(X @ W1 + b1, 0.0)
    fig, (a, b) = L.plt.subplots(1, 2, figsize=(8.4, 4.2))
    for ax, P, title in ((a, X, "input space: no line separates"),
                         (b, H, "hidden space h = ReLU(xW1 + b1)")):
        ax.scatter(P[~skip, 0], P[~skip, 1], s=22, marker="o", color=L.BLUE, label="keeps (y = 0)")
        ax.scatter(P[skip, 0], P[skip, 1], s=26, marker="x", color=L.ORANGE, label="skips (y = 1)")
        ax.set_title(title, fontsize=13)
        ax.grid(color=L.GREY, linewidth=0.5, alpha=0.35)
    t = np.linspace(-0.1, 1.1, 2)
    for c in (0.5, 1.5):                 # where the network's score crosses 0.5
        a.plot(t, c - t, color=L.INK, linestyle="--", linewidth=1.4)
    a.text(0.28, 0.62, "score > 0.5\nbetween the\ndashed lines", fontsize=12, va="top")
    a.set_xlim(-0.1, 1.1), a.set_ylim(-0.1, 1.1)
    a.set_xlabel("listener taste x1 (share acoustic)")
    a.set_ylabel("track acousticness x2")
    h1 = np.linspace(-0.1, 2.2, 2)
    b.plot(h1, (h1 - 0.5) / 2, color=L.INK, linestyle="--", linewidth=1.4)
    b.text(1.25, 0.05, "h1 - 2 h2 = 0.5", fontsize=12)
    b.set_xlim(-0.1, 2.2), b.set_ylim(-0.1, 1.2)
    b.set_xlabel("h1 = ReLU(x1 + x2)")
    b.set_ylabel("h2 = ReLU(x1 + x2 - 1)")
    a.legend(loc="upper left", bbox_to_anchor=(0.0, -0.16), ncol=2, fontsize=12)
    fig.tight_layout()
    path = os.path.join(HERE, "xor-spaces.svg")
    L.save(fig, path)
    shrink(path)


def init_std():
    rng0 = np.random.default_rng(0)
    X = rng0.normal(size=(512, 32))
    widths = [32] + [256] * 20
    relu = lambda z: np.maximum(z, 0.0)
    schemes = [("ReLU, std 1.0", relu, lambda i, o: 1.0, L.ORANGE, "-"),
               ("ReLU, He", relu, lambda i, o: np.sqrt(2.0 / i), L.GREEN, "-"),
               ("tanh, Xavier", np.tanh, lambda i, o: np.sqrt(2.0 / (i + o)), L.PURPLE, "-"),
               ("ReLU, Xavier", relu, lambda i, o: np.sqrt(2.0 / (i + o)), L.BLUE, "--"),
               ("ReLU, std 0.01", relu, lambda i, o: 0.01, L.INK, "-")]
    fig, (a, b) = L.plt.subplots(1, 2, figsize=(8.0, 4.2))
    layers = np.arange(1, 21)
    for label, act, std, colour, style in schemes:
        rng = np.random.default_rng(1)
        h, stds = X, []
        for d_in, d_out in zip(widths[:-1], widths[1:]):
            z = h @ (rng.normal(size=(d_in, d_out)) * std(d_in, d_out))
            stds.append(z.std())
            h = act(z)
        a.plot(layers, stds, color=colour, linestyle=style, marker="o", markersize=3, label=label)
        if "std" not in label:           # He and the two Xavier schemes, on a linear axis
            b.plot(layers, stds, color=colour, linestyle=style, marker="o", markersize=3)
    a.set_yscale("log")
    a.set_yticks([1e-20, 1e-10, 1.0, 1e10, 1e20])
    a.yaxis.set_major_formatter(L.plt.FuncFormatter(lambda v, _: "1" if v == 1 else f"1e{np.log10(v):.0f}"))
    a.minorticks_off()
    a.set_title("all five, log scale", fontsize=13)
    a.set_ylabel("std of pre-activations z")
    b.set_ylim(0, 1.6)
    b.set_title("He vs Xavier, linear scale", fontsize=13)
    for ax in (a, b):
        ax.set_xticks([1, 5, 10, 15, 20])
        ax.set_xlabel("hidden layer (256 units)")
        ax.grid(axis="y", color=L.GREY, linewidth=0.5, alpha=0.35)
    fig.legend(loc="lower center", bbox_to_anchor=(0.5, -0.02), ncol=3, fontsize=12)
    fig.tight_layout(rect=(0, 0.13, 1, 1))
    L.save(fig, os.path.join(HERE, "init-std.svg"))


if __name__ == "__main__":
    L.setup()
    L.plt.rcParams.update({"font.size": 13})
    xor_spaces()
    init_std()

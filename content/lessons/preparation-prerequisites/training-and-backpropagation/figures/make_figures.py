"""Draws this lesson's scripted figures as SVG (matplotlib from Debian). Run by `npm run figures`.

computation-graph.svg is hand-written and is not produced here.
"""
import os

import numpy as np
from matplotlib import ticker

import leetllm_svg as L

HERE = os.path.dirname(os.path.abspath(__file__))


def eta_data():
    """The lesson's 64 past delivery orders: (km, items) -> minutes, and the noise drawn for them."""
    rng = np.random.default_rng(0)
    dist, items = rng.uniform(0.5, 6.0, 64), rng.integers(1, 9, 64).astype(float)
    noise = rng.normal(0, 1.5, 64)
    X = np.stack([dist, items], axis=1)
    Y = (3 + 3 * dist + items + noise)[:, None]
    return X, Y, noise


def train(X, Y, lr, steps=500):
    """Full-batch gradient descent on the 2-2-1 ReLU MLP from the worked example."""
    W1, b1 = np.array([[1.0, -1.0], [0.5, 0.5]]), np.array([0.5, 0.0])
    W2, b2 = np.array([[2.0], [1.0]]), np.array([1.0])
    losses = []
    for _ in range(steps):
        z = X @ W1 + b1
        h = np.maximum(z, 0.0)
        y_hat = h @ W2 + b2
        losses.append(np.mean((y_hat - Y) ** 2))
        dy = 2 * (y_hat - Y) / len(Y)
        dz = np.where(z > 0, dy @ W2.T, 0.0)
        grads = (X.T @ dz, dz.sum(0), h.T @ dy, dy.sum(0))
        for p, g in zip((W1, b1, W2, b2), grads):
            p -= lr * g
    return np.array(losses)


def learning_rate_curves():
    X, Y, noise = eta_data()
    fig, ax = L.plt.subplots(figsize=(5.2, 4.4))
    # symlog x: linear from step 0 to 1, logarithmic after, so the first dozen steps get room
    ax.set_xscale("symlog", linthresh=1, linscale=0.3)
    steps = np.arange(500)
    runs = [(1e-4, "η = 0.0001: crawls", L.BLUE, "-"),
            (1e-3, "η = 0.001: converges", L.GREEN, "-"),
            (3e-3, "η = 0.003: fastest here", L.PURPLE, (0, (3, 1.5))),
            (5e-3, "η = 0.005: zigzags (odd, even steps)", L.INK, "-"),
            (1e-2, "η = 0.01: blows up, then dead", L.ORANGE, "-")]
    for lr, label, colour, style in runs:
        losses = train(X, Y, lr)
        if lr == 5e-3:  # alternates between two loss levels every step: draw odd and even steps apart
            ax.plot(steps[1::2], losses[1::2], color=colour, linewidth=1, zorder=2, label=label)
            ax.plot(steps[::2], losses[::2], color=colour, linewidth=1, zorder=2)
        else:
            ax.plot(steps, losses, color=colour, linestyle=style, zorder=2, label=label,
                    linewidth=2.4 if lr == 3e-3 else 2)
    # reference lines drawn above the curves, so the dead run cannot hide the baseline
    ax.axhline(Y.var(), color=L.GREY, linestyle=(0, (6, 4)), linewidth=1.6, zorder=3,
               label=f"predict the mean ({Y.var():.1f})")
    ax.axhline(noise.var(), color=L.GREY, linestyle=":", linewidth=1.6, zorder=3,
               label=f"noise variance ({noise.var():.2f})")
    ax.set_yscale("log")
    ax.set_ylim(1.5, 450)
    ticks = [2, 5, 10, 20, 50, 100, 200]
    ax.yaxis.set_major_locator(ticker.FixedLocator(ticks))
    ax.yaxis.set_minor_locator(ticker.NullLocator())
    ax.yaxis.set_major_formatter(ticker.FixedFormatter([str(t) for t in ticks]))
    ax.grid(axis="y", color=L.GREY, linewidth=0.5, alpha=0.35)
    ax.set_xlim(0, 500)
    xticks = [0, 1, 2, 5, 10, 20, 50, 100, 500]
    ax.xaxis.set_major_locator(ticker.FixedLocator(xticks))
    ax.xaxis.set_minor_locator(ticker.NullLocator())
    ax.xaxis.set_major_formatter(ticker.FixedFormatter([str(t) for t in xticks]))
    ax.grid(axis="x", color=L.GREY, linewidth=0.5, alpha=0.35)
    ax.set_xlabel("gradient step (log scale after step 1)")
    ax.set_ylabel("training MSE (log scale)")
    # legend below the axes: learning rates (eta) in numeric order, then the two reference lines
    ax.legend(loc="upper left", bbox_to_anchor=(-0.02, -0.16), fontsize=12,
              handlelength=1.8, labelspacing=0.3)
    L.save(fig, os.path.join(HERE, "learning-rates.svg"))


if __name__ == "__main__":
    L.setup()
    L.plt.rcParams.update({"font.size": 14})    # legible on a phone: the figure shrinks to ~309 px
    learning_rate_curves()

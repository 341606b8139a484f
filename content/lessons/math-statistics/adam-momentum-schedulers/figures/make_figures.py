"""Draws this lesson's figures as SVG (matplotlib from Debian). Run by `npm run figures`."""
import math
import os

import numpy as np
from matplotlib import ticker

import leetllm_svg as L

HERE = os.path.dirname(os.path.abspath(__file__))
LAM, W_STAR = np.array([100.0, 1.0]), np.array([2.0, 3.0])


def heavy_ball(lr, beta, steps):
    """Gradient descent with PyTorch-style momentum on the ride-time valley (beta=0: plain GD)."""
    w, v, path = np.zeros(2), np.zeros(2), [np.zeros(2)]
    for _ in range(steps):
        v = beta * v + LAM * (w - W_STAR)
        w = w - lr * v
        path.append(w)
    return np.array(path)


def adam(lr, steps, b1=0.9, b2=0.999, eps=1e-8):
    w, m, v, path = np.zeros(2), np.zeros(2), np.zeros(2), [np.zeros(2)]
    for t in range(1, steps + 1):
        g = LAM * (w - W_STAR)
        m, v = b1 * m + (1 - b1) * g, b2 * v + (1 - b2) * g * g
        w = w - lr * (m / (1 - b1 ** t)) / (np.sqrt(v / (1 - b2 ** t)) + eps)
        path.append(w)
    return np.array(path)


def valley_paths():
    steps = 30
    fig, ax = L.plt.subplots(figsize=(5.6, 5.4))
    a, b = np.meshgrid(np.linspace(-0.6, 4.6, 400), np.linspace(-0.3, 4.1, 300))
    gap = 0.5 * (LAM[0] * (a - 2) ** 2 + LAM[1] * (b - 3) ** 2)
    ax.contour(a, b, gap, levels=[0.5, 2, 8, 32, 128], colors=L.GREY, linewidths=0.8)
    # label position for w2 after the last update: offset in points, or a data point reached by a leader
    runs = [(heavy_ball(0.019, 0.0, steps), "gradient descent, lr 0.019", L.ORANGE, "o", (-10, 8)),
            (heavy_ball(0.019, 0.9, steps), "momentum 0.9, lr 0.019", L.PURPLE, "s", (3.05, 3.95)),
            (adam(0.1, steps), "Adam, lr 0.1", L.BLUE, "^", (9, -9))]
    for path, label, colour, marker, where in runs:
        ax.plot(path[:, 0], path[:, 1], color=colour, marker=marker, markersize=3.5,
                linewidth=1.3, label=label)
        ax.plot(*path[-1], marker=marker, markersize=8, mfc="none", mew=1.3, color=colour)
        leader = isinstance(where[0], float)   # data coordinates: draw a leader line to the label
        ax.annotate(f"{path[-1][1]:.2f}", path[-1], xytext=where, color=L.INK, fontsize=12,
                    textcoords="data" if leader else "offset points",
                    va="center" if leader else "baseline",
                    arrowprops=dict(arrowstyle="-", color=L.INK, lw=0.8, shrinkA=2, shrinkB=5)
                    if leader else None)
    ax.plot([0], [0], marker="o", color=L.INK, markersize=6)
    ax.annotate("start (0, 0)", (0, 0), textcoords="offset points", xytext=(-4, -17), color=L.INK)
    ax.plot([2], [3], marker="*", color=L.INK, markersize=13)
    ax.annotate("best fit (2, 3)", (2, 3), textcoords="offset points", xytext=(8, 6), color=L.INK)
    ax.set_xlim(-0.6, 4.6)
    ax.set_ylim(-0.3, 4.1)
    ax.set_xlabel("w1, minutes per km (curvature 100)")
    ax.set_ylabel("w2, minutes per traffic unit (curvature 1)")
    ax.legend(loc="lower left", bbox_to_anchor=(0.0, 1.01), fontsize=12, handlelength=1.6,
              borderaxespad=0.1, title="30 updates each; labels give w2 after the last", title_fontsize=12,
              alignment="left")
    L.save(fig, os.path.join(HERE, "valley-paths.svg"))


def trips():
    """The lesson's 64 trips: centred distance (RMS 10 km) and traffic index (RMS 1), minutes."""
    rng = np.random.default_rng(0)
    z = rng.normal(size=(64, 2))
    z -= z.mean(axis=0)
    q, _ = np.linalg.qr(z)
    x = q * 8.0 * np.array([10.0, 1.0])
    noise = rng.normal(0, 1.5, 64)
    noise -= noise.mean()
    return x, x @ W_STAR + noise - q @ (q.T @ noise)


def lr_at(s, warmup, peak=0.1, total=200):
    if s < warmup:
        return peak * (s + 1) / warmup
    return 0.5 * peak * (1 + math.cos(math.pi * (s - warmup) / (total - warmup)))


def nightly_gaps(x, y, warmup, seed):
    """Minibatch Adam from yesterday's weights (already the best fit); the loss gap after each update."""
    r = np.random.default_rng(seed)
    w, m, v, gaps = W_STAR.copy(), np.zeros(2), np.zeros(2), []
    for s in range(200):
        idx = r.choice(64, size=8, replace=False)
        g = x[idx].T @ (x[idx] @ w - y[idx]) / 8
        m, v = 0.9 * m + 0.1 * g, 0.999 * v + 0.001 * g * g
        w = w - lr_at(s, warmup) * (m / (1 - 0.9 ** (s + 1))) / (
            np.sqrt(v / (1 - 0.999 ** (s + 1))) + 1e-8)
        gaps.append(0.5 * np.sum(LAM * (w - W_STAR) ** 2))
    return gaps


def warmup_spike():
    x, y = trips()
    steps = np.arange(200)
    fig, (top, bottom) = L.plt.subplots(2, 1, figsize=(5.6, 6.4), sharex=True,
                                        gridspec_kw={"height_ratios": [1, 1.5], "hspace": 0.12})
    for warmup, colour, label in ((0, L.ORANGE, "cosine, no warmup"),
                                  (20, L.BLUE, "20-update warmup, then cosine")):
        top.plot(steps, [lr_at(s, warmup) for s in steps], color=colour)
        gaps = np.mean([nightly_gaps(x, y, warmup, seed) for seed in range(200)], axis=0)
        bottom.plot(steps, gaps, color=colour, linewidth=1.6, label=label)
    top.set_ylabel("learning rate")
    top.set_ylim(0, 0.11)
    top.set_yticks([0, 0.05, 0.1])
    bottom.set_yscale("log")
    bottom.set_ylim(8e-4, 1.0)
    bottom.set_yticks([0.001, 0.01, 0.1, 1.0])
    bottom.yaxis.set_major_formatter(ticker.FixedFormatter(["0.001", "0.01", "0.1", "1"]))
    bottom.yaxis.set_minor_locator(ticker.NullLocator())
    bottom.legend(loc="lower left", bbox_to_anchor=(0.24, 0.03), fontsize=12, borderaxespad=0.2)
    bottom.set_ylabel("loss gap above the best fit")
    bottom.set_xlabel("update index s (mean of 200 seeded runs)")
    bottom.annotate("0.505 after update 0", (0, 0.505), textcoords="offset points", xytext=(12, 2),
                    color=L.INK, fontsize=12)
    bottom.annotate("0.0013", (0, 0.00126), textcoords="offset points", xytext=(10, -4),
                    color=L.INK, fontsize=12)
    bottom.set_xlim(-4, 200)
    bottom.grid(axis="y", color=L.GREY, linewidth=0.5, alpha=0.35)
    L.save(fig, os.path.join(HERE, "warmup-spike.svg"))


if __name__ == "__main__":
    L.setup()
    L.plt.rcParams.update({"font.size": 13})
    valley_paths()
    warmup_spike()

"""Draws this lesson's scripted figures as SVG (matplotlib from Debian). Run by `npm run figures`."""
import os

import numpy as np
from matplotlib import ticker

import leetllm_svg as L

HERE = os.path.dirname(os.path.abspath(__file__))
C = 10_000 * 3600 * 312e12 * 0.40            # the team's budget: 10,000 A100-hours at 40% utilization


def fitted_loss(N, D):
    """Hoffmann et al. (2022) parametric fit L(N, D) = E + A/N^alpha + B/D^beta."""
    return 1.69 + 406.4 / N**0.34 + 410.7 / D**0.28


def isoflop():
    N = np.logspace(8.5, 11, 400)
    loss = fitted_loss(N, C / (6 * N))
    fig, ax = L.plt.subplots(figsize=(5.6, 3.8))
    ax.plot(N / 1e9, loss, color=L.BLUE, label="fitted loss, whole budget spent")
    marks = [(0.5e9, "0.5B", L.GREY), (1.5e9, "1.5B", L.GREY), ((C / 120) ** 0.5, "6.1B\n20 tok/param", L.GREEN),
             (15e9, "15B", L.GREY), (50e9, "50B\n0.3 tok/param", L.ORANGE)]
    for n, label, colour in marks:
        y = fitted_loss(n, C / (6 * n))
        ax.plot([n / 1e9], [y], "o", color=colour, markersize=8, zorder=3)
        ax.annotate(label, (n / 1e9, y), textcoords="offset points", xytext=(0, 10),
                    ha="center", va="bottom", fontsize=12, color=L.INK)
    n_best = N[np.argmin(loss)]                     # the fit's own minimum, about 3.6B
    ax.plot([n_best / 1e9], [loss.min()], "D", color=L.BLUE, markersize=8, zorder=4)
    ax.annotate(f"fit's minimum\n{n_best/1e9:.1f}B, {loss.min():.3f}", (n_best / 1e9, loss.min()),
                textcoords="offset points", xytext=(0, -8), ha="center", va="top", fontsize=11, color=L.INK)
    ax.set_xscale("log")
    ticks = [0.5, 1, 2, 5, 10, 20, 50, 100]
    ax.xaxis.set_major_locator(ticker.FixedLocator(ticks))
    ax.xaxis.set_minor_locator(ticker.NullLocator())
    ax.xaxis.set_major_formatter(ticker.FixedFormatter([f"{t:g}" for t in ticks]))
    ax.set_ylim(2.15, 2.47)
    ax.set_xlabel("parameters N (billions), tokens D = C / (6N)")
    ax.set_ylabel("fitted loss (nats/token)")
    ax.grid(color=L.GREY, linewidth=0.5, alpha=0.35)
    L.save(fig, os.path.join(HERE, "isoflop.svg"))


def kv_memory():
    GiB, ctx = 2**30, 4096
    weights = 6.738e9 * 2 / GiB
    sessions = np.arange(0, 21)
    fig, ax = L.plt.subplots(figsize=(5.6, 3.8))
    for kv_heads, label, colour, off in [(32, "MHA, 32 KV heads", L.ORANGE, (10, -6)),
                                         (8, "GQA, 8 KV heads", L.GREEN, (6, 8))]:
        per_session = 2 * 32 * kv_heads * 128 * 2 * ctx / GiB
        ax.plot(sessions, weights + 2 + per_session * sessions, color=colour, label=label)
        cross = (24 - weights - 2) / per_session          # where the line meets 24 GiB
        ax.plot([cross], [24], "o", color=colour, markersize=8, zorder=4)
        ax.annotate(f"{int(cross)} fit", (cross, 24), textcoords="offset points", xytext=off,
                    ha="left", va="bottom" if off[1] > 0 else "top", fontsize=12, color=L.INK)
    ax.axhline(24, color=L.INK, linestyle=(0, (6, 4)), linewidth=1.4, label="24 GiB GPU")
    ax.axhline(weights + 2, color=L.GREY, linestyle=":", linewidth=1.6,
               label="weights 12.55 GiB + 2 GiB runtime")
    ax.set_ylim(0, 30)
    ax.set_xlim(0, 20)
    ax.xaxis.set_major_locator(ticker.MultipleLocator(2))
    ax.set_xlabel("concurrent sessions at 4,096 tokens each")
    ax.set_ylabel("GPU memory needed (GiB)")
    ax.grid(color=L.GREY, linewidth=0.5, alpha=0.35)
    ax.legend(loc="lower right", fontsize=11)
    L.save(fig, os.path.join(HERE, "kv-cache-memory.svg"))


if __name__ == "__main__":
    L.setup()
    L.plt.rcParams.update({"font.size": 12})
    isoflop()
    kv_memory()

"""Draws this lesson's scripted figures as SVG (matplotlib from Debian). Run by `npm run figures`."""
import math
import os

import numpy as np

import leetllm_svg as L

HERE = os.path.dirname(os.path.abspath(__file__))
Z = 1.96


def sampling_distribution():
    """Histogram of the accuracy measured on 10,000 simulated benchmarks, n = 200 and n = 800."""
    rng = np.random.default_rng(0)
    p = 0.72
    fig, ax = L.plt.subplots(figsize=(6.4, 3.9))
    bins = np.arange(0.58, 0.86, 0.005) - 0.0025
    top = 0.0
    for n, colour, label in [(200, L.BLUE, "n = 200 questions"), (800, L.GREEN, "n = 800 questions")]:
        means = rng.binomial(n, p, size=10_000) / n
        heights, _, _ = ax.hist(means, bins=bins, density=True, color=colour, alpha=0.45, label=label)
        top = max(top, heights.max())
        se = math.sqrt(p * (1 - p) / n)
        xs = np.linspace(0.58, 0.86, 400)
        ax.plot(xs, np.exp(-0.5 * ((xs - p) / se) ** 2) / (se * math.sqrt(2 * math.pi)),
                color=colour, linewidth=2, label=f"normal, SE = {se:.4f}")
    ax.axvline(p, color=L.INK, linestyle="--", linewidth=1.4)
    ax.set_ylim(0, top * 1.2)                  # headroom so the label sits above the tallest bar
    ax.text(p + 0.004, top * 1.06, "true accuracy 0.72", fontsize=12, va="bottom")
    ax.set_xlabel("accuracy measured on one benchmark")
    ax.set_ylabel("density")
    ax.set_yticks([])
    ax.set_xlim(0.58, 0.86)
    ax.legend(loc="upper left", bbox_to_anchor=(-0.02, -0.2), ncol=2, fontsize=11.5)
    L.save(fig, os.path.join(HERE, "sampling-distribution.svg"))


def coverage():
    """50 repeated benchmarks per panel, each with its normal-approximation 95% interval."""
    rng = np.random.default_rng(5)
    fig, axes = L.plt.subplots(1, 2, figsize=(7.4, 5.6), sharey=True)
    axes[1].axvspan(1.0, 1.1, color=L.GREY, alpha=0.22, linewidth=0)   # accuracy above 1 cannot happen
    for ax, (p, n, title) in zip(axes, [(0.72, 200, "whole benchmark: p = 0.72, n = 200"),
                                        (0.95, 20, "refund slice: p = 0.95, n = 20")]):
        k = rng.binomial(n, p, size=50)
        ph = k / n
        half = Z * np.sqrt(ph * (1 - ph) / n)
        hit = (ph - half <= p) & (p <= ph + half)
        misses = int((~hit).sum())
        rows = np.arange(50)
        for mask, colour, width in [(hit, L.BLUE, 2.2), (~hit, L.ORANGE, 2.8)]:
            ax.hlines(rows[mask], (ph - half)[mask], (ph + half)[mask], color=colour, linewidth=width)
            ax.plot(ph[mask], rows[mask], "o", markersize=3.5, color=colour)
        ax.axvline(p, color=L.INK, linestyle="--", linewidth=1.4)
        ax.set_title(f"{title}\n{misses} of 50 intervals miss", fontsize=12)
        ax.set_xlabel("accuracy")
        ax.set_yticks([])
        ax.set_ylim(-1, 50)
    axes[0].set_xlim(0.58, 0.86)
    axes[1].set_xlim(0.7, 1.1)
    axes[0].set_ylabel("repeated benchmark (one row each)")
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch
    handles = [Line2D([], [], color=L.BLUE, linewidth=2.2, marker="o", markersize=4),
               Line2D([], [], color=L.ORANGE, linewidth=2.8, marker="o", markersize=4),
               Patch(color=L.GREY, alpha=0.22)]
    labels = ["interval covers the true accuracy (dashed line)",
              "interval misses; a lone dot is a zero-width interval",
              "shaded: accuracy above 1, impossible"]
    fig.legend(handles, labels, loc="upper center", bbox_to_anchor=(0.5, 0.02), fontsize=11.5)
    L.save(fig, os.path.join(HERE, "coverage.svg"))


def paired_vs_unpaired():
    """Bootstrap distributions of v2 minus v1: resampling questions vs resampling each model alone."""
    v1 = np.array([1] * 132 + [1] * 12 + [0] * 16 + [0] * 40)
    v2 = np.array([1] * 132 + [0] * 12 + [1] * 16 + [0] * 40)
    rng = np.random.default_rng(3)
    B, n = 10_000, 200
    q = rng.integers(0, n, size=(B, n))
    paired = v2[q].mean(1) - v1[q].mean(1)
    indep = v2[rng.integers(0, n, (B, n))].mean(1) - v1[rng.integers(0, n, (B, n))].mean(1)
    fig, ax = L.plt.subplots(figsize=(6.4, 3.7))
    bins = np.arange(-0.16, 0.20, 0.005) - 0.0025
    h1, _, _ = ax.hist(indep, bins=bins, density=True, color=L.ORANGE, alpha=0.45,
                       label=f"models resampled separately, SE {indep.std():.3f}")
    h2, _, _ = ax.hist(paired, bins=bins, density=True, color=L.BLUE, alpha=0.55,
                       label=f"questions resampled (paired), SE {paired.std():.3f}")
    top = max(h1.max(), h2.max())
    ax.set_ylim(0, top * 1.2)                  # headroom so the labels sit above the tallest bar
    ax.axvline(0, color=L.INK, linestyle="--", linewidth=1.4)
    ax.axvline(0.02, color=L.INK, linewidth=1.4)
    ax.text(0.024, top * 1.06, "observed +0.02", fontsize=12, va="bottom")
    ax.text(-0.004, top * 1.06, "no change", fontsize=12, ha="right", va="bottom")
    ax.set_xlabel("v2 accuracy minus v1 accuracy")
    ax.set_ylabel("density")
    ax.set_yticks([])
    ax.set_xlim(-0.16, 0.19)
    ax.legend(loc="upper left", bbox_to_anchor=(-0.02, -0.2), fontsize=11.5)
    L.save(fig, os.path.join(HERE, "paired-vs-unpaired.svg"))


if __name__ == "__main__":
    L.setup()
    L.plt.rcParams.update({"font.size": 13})
    sampling_distribution()
    coverage()
    paired_vs_unpaired()

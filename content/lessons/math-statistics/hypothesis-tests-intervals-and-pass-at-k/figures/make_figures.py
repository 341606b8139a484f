"""Draws this lesson's figures as SVG (matplotlib from Debian). Run by `npm run figures`."""
import os
from functools import lru_cache
from itertools import accumulate
from math import comb, sqrt
from statistics import NormalDist

import numpy as np

import leetllm_svg as L

HERE = os.path.dirname(os.path.abspath(__file__))


@lru_cache(maxsize=None)
def cdf(m):
    """P(X <= x) for X ~ Binomial(m, 1/2), x = 0..m."""
    return [s / 2**m for s in accumulate(comb(m, i) for i in range(m + 1))]


def mcnemar_p(b, c):
    return min(1.0, 2 * cdf(b + c)[min(b, c)])


def sim_pvalues(delta, reps, rng, n=400, q=0.21):
    counts = rng.multinomial(n, [(q - delta) / 2, (q + delta) / 2, 1 - q], size=reps)
    return np.array([mcnemar_p(int(b), int(c)) for b, c, _ in counts])


def pvalues_and_power():
    rng = np.random.default_rng(1)
    p0, p1 = sim_pvalues(0.0, 20_000, rng), sim_pvalues(0.04, 20_000, rng)
    fig, (ax1, ax2) = L.plt.subplots(1, 2, figsize=(8.2, 3.7))
    grid = np.linspace(0, 1, 401)
    ax1.plot([0, 1], [0, 1], color=L.INK, linestyle=(0, (4, 3)), linewidth=1.2, label="uniform")
    ax1.plot(grid, [np.mean(p0 <= a) for a in grid], color=L.BLUE, label="H0 true: no real gain")
    ax1.plot(grid, [np.mean(p1 <= a) for a in grid], color=L.ORANGE, label="real +4 points")
    ax1.axvline(0.05, color=L.INK, linewidth=1, linestyle=":")
    ax1.text(0.06, 0.98, "α = 0.05", color=L.INK, rotation=90, ha="left", va="top", fontsize=11)
    for v, colour in ((np.mean(p0 <= 0.05), L.BLUE), (np.mean(p1 <= 0.05), L.ORANGE)):
        ax1.plot([0.05], [v], "o", color=colour, markersize=6)
        ax1.annotate(f"{v:.2f}", (0.05, v), xytext=(8, -4), textcoords="offset points", color=L.INK)
    ax1.set_xlim(0, 1)
    ax1.set_ylim(0, 1)
    ax1.set_xlabel("threshold α")
    ax1.set_ylabel("share of runs with p ≤ α")
    ax1.set_title("400 problems, 20,000 runs each", fontsize=12)
    # Direct labels in each curve's colour, placed beside the curve they name.
    ax1.text(0.16, 0.90, "real +4 points", color=L.ORANGE)
    ax1.text(0.60, 0.30, "no real gain\n(H0 true)", color=L.BLUE, linespacing=1.1)
    ax1.text(0.60, 0.63, "uniform", color=L.INK, ha="right")

    q, delta = 0.21, 0.03
    z = NormalDist().inv_cdf(0.975)
    ns = np.arange(50, 3501, 25)
    ax2.plot(ns, [NormalDist().cdf((delta * sqrt(n) - z * sqrt(q)) / sqrt(q - delta**2)) for n in ns],
             color=L.PURPLE, label="normal formula")
    sim_ns = [164, 400, 1000, 1830, 3000]
    rng = np.random.default_rng(3)             # same seed and draws as power.py, so the dots match its output
    sim = [np.mean(sim_pvalues(delta, 4000, rng, n=n) <= 0.05) for n in sim_ns]
    ax2.plot(sim_ns, sim, "o", color=L.GREEN, markersize=6, label="simulated exact test")
    ax2.axhline(0.8, color=L.GREY, linestyle=(0, (4, 3)), linewidth=1.4)
    ax2.axvline(1830, color=L.GREY, linestyle=(0, (4, 3)), linewidth=1.4)
    ax2.annotate("80% at 1,830", (1830, 0.8), xytext=(10, -28), textcoords="offset points", color=L.INK)
    ax2.annotate("400: 0.23", (400, sim[1]), xytext=(10, -6), textcoords="offset points", color=L.INK)
    ax2.set_xlim(0, 3500)
    ax2.set_ylim(0, 1)
    ax2.set_xlabel("problems in the benchmark")
    ax2.set_ylabel("power (true gain 3 points)")
    ax2.set_title("chance to detect a real 3-point gain", fontsize=12)
    ax2.legend(loc="upper left", fontsize=11)
    fig.tight_layout(w_pad=2.5)
    L.save(fig, os.path.join(HERE, "pvalues-and-power.svg"))


def pass_at_k_curves():
    n, p = 10, 0.3
    pmf = [comb(n, c) * p**c * (1 - p) ** (n - c) for c in range(n + 1)]
    ks = np.arange(1, n + 1)
    truth = 1 - (1 - p) ** ks
    naive = [sum(w * (1 - (1 - c / n) ** k) for c, w in enumerate(pmf)) for k in ks]
    unbiased = [sum(w * (1 - comb(n - c, k) / comb(n, k)) for c, w in enumerate(pmf)) for k in ks]
    fig, (ax1, ax2) = L.plt.subplots(1, 2, figsize=(8.2, 3.7))
    ax1.plot(ks, truth, color=L.INK, linewidth=1.4, label="true 1 − 0.7ᵏ")
    ax1.plot(ks, unbiased, "o", color=L.GREEN, markersize=6, label="mean of unbiased")
    ax1.plot(ks, naive, "s-", color=L.ORANGE, markersize=5, label="mean of naive")
    ax1.annotate(f"{naive[-1]:.3f}", (10, naive[-1]), xytext=(0, -18), textcoords="offset points",
                 ha="center", color=L.INK)
    ax1.set_xlabel("k")
    ax1.set_ylabel("pass@k")
    ax1.set_title("one problem, p = 0.3, n = 10", fontsize=12)
    ax1.set_xticks(ks)
    ax1.set_ylim(0.2, 1.02)
    ax1.legend(loc="lower right", fontsize=11)

    # Model B on the 400-problem benchmark: the same generator and seed as bootstrap_pass_at_k.py
    rng = np.random.default_rng(5)
    skill = rng.normal(-0.5, 2.0, 400)
    p_a = 1 / (1 + np.exp(-skill))
    p_b = 1 / (1 + np.exp(-(skill + 0.2 + rng.normal(0, 0.6, 400))))
    rng.binomial(n, p_a)                       # model A's counts, drawn first in the lesson
    c_b = rng.binomial(n, p_b)
    est = [np.mean([1.0 if n - c < k else 1 - np.prod(1 - k / np.arange(n - c + 1, n + 1)) for c in c_b])
           for k in ks]
    plug = 1 - (1 - c_b.mean() / n) ** ks
    ax2.plot(ks, plug, "s-", color=L.ORANGE, markersize=5, label="1 − (1 − pass@1)ᵏ")
    ax2.plot(ks, est, "o-", color=L.BLUE, markersize=5, label="unbiased, per problem")
    ax2.annotate(f"{est[4]:.3f}", (5, est[4]), xytext=(6, -18), textcoords="offset points", color=L.INK)
    ax2.annotate(f"{plug[4]:.3f}", (5, plug[4]), xytext=(6, -18), textcoords="offset points", color=L.INK)
    ax2.set_xlabel("k")
    ax2.set_ylabel("benchmark pass@k")
    ax2.set_title("model B, 400 problems", fontsize=12)
    ax2.set_xticks(ks)
    ax2.set_ylim(0.2, 1.02)
    ax2.legend(loc="lower right", fontsize=11)
    fig.tight_layout(w_pad=2.5)
    L.save(fig, os.path.join(HERE, "pass-at-k.svg"))


if __name__ == "__main__":
    L.setup()
    L.plt.rcParams.update({"font.size": 12})
    pvalues_and_power()
    pass_at_k_curves()

"""Draws this lesson's figures as SVG (matplotlib from Debian). Run by `npm run figures`."""
import os

import numpy as np
from matplotlib import ticker

import leetllm_svg as L

HERE = os.path.dirname(os.path.abspath(__file__))
TOKENS = ["range", "enumerate", "zip", "sorted", "reversed", "len"]
Z = np.array([3.0, 2.0, 1.0, 0.5, 0.0, -1.0])   # the lesson's logits after "for i in"
TEMPS = (0.5, 1.0, 2.0)


def softmax(z):
    e = np.exp(z - z.max())
    return e / e.sum()


def entropy_bits(p):
    p = p[p > 0]
    return float(-(p * np.log2(p)).sum())


def inverse_cdf():
    """One stacked bar per temperature: token i owns [cdf[i-1], cdf[i]); u = 0.70 picks a token."""
    colours = [L.BLUE, L.ORANGE, L.GREEN, L.PURPLE, L.GREY, L.INK]
    fig, ax = L.plt.subplots(figsize=(7.4, 3.3))
    u = 0.70
    for row, T in enumerate(TEMPS):
        y = len(TEMPS) - 1 - row
        p = softmax(Z / T)
        left = np.concatenate([[0.0], np.cumsum(p)[:-1]])
        for i in range(6):                        # full-width intervals, separated by thin gaps
            ax.barh(y, max(p[i] - 0.004, 0.0), left=left[i] + 0.002, height=0.5, color=colours[i],
                    linewidth=0, alpha=0.9)
            if i == 5:                            # len: solid ink plus hatching, unlike grey reversed
                ax.barh(y, p[i], left=left[i], height=0.5, color="none", edgecolor=L.INK,
                        hatch="////", linewidth=0.8)
            if p[i] > 0.04:                       # index label above its interval
                ax.text(left[i] + p[i] / 2, y + 0.27, str(i), ha="center", va="bottom", fontsize=12)
        ax.vlines(u, y - 0.33, y + 0.25, color=L.INK, linestyle=(0, (3, 2)), linewidth=1.8)
        hit = int(np.searchsorted(np.cumsum(p), u, side="right"))
        ax.text(1.02, y, f"u = 0.70 → {hit} {TOKENS[hit]}", va="center", fontsize=12)
    ax.set_yticks(range(len(TEMPS)))
    ax.set_yticklabels([f"T = {T}" for T in reversed(TEMPS)], fontsize=12)
    ax.set_xlim(0, 1)
    ax.set_ylim(-0.5, len(TEMPS) - 0.3)
    ax.xaxis.set_major_locator(ticker.MultipleLocator(0.1))
    ax.tick_params(axis="x", labelsize=12)
    ax.tick_params(axis="y", length=0)
    ax.spines["left"].set_visible(False)
    ax.set_xlabel("cumulative probability: the uniform draw u lands in one token's interval", fontsize=12)
    key = "   ".join(f"{i} {t}" for i, t in enumerate(TOKENS))
    ax.set_title(f"tokens: {key}", fontsize=12, loc="left")
    L.save(fig, os.path.join(HERE, "inverse-cdf.svg"))


def temperature():
    """Left: token probabilities at T = 0.5, 1, 2. Right: entropy in bits against T."""
    fig, (a, b) = L.plt.subplots(1, 2, figsize=(8.4, 3.7), gridspec_kw={"width_ratios": [1.25, 1]})
    x = np.arange(6)
    for j, (T, colour) in enumerate(zip(TEMPS, (L.BLUE, L.ORANGE, L.GREEN))):
        a.bar(x + (j - 1) * 0.27, softmax(Z / T), width=0.27, color=colour, label=f"T = {T}")
    a.set_xticks(x)
    a.set_xticklabels(TOKENS, rotation=35, ha="right", fontsize=12)
    a.set_ylabel("probability", fontsize=12)
    a.set_ylim(0, 0.9)
    a.legend(fontsize=12, loc="upper right")
    a.tick_params(axis="y", labelsize=11)

    temps = np.geomspace(0.1, 20, 200)
    b.plot(temps, [entropy_bits(softmax(Z / t)) for t in temps], color=L.PURPLE)
    b.axhline(np.log2(6), color=L.INK, linestyle=(0, (4, 3)), linewidth=1.2)
    b.text(0.11, np.log2(6) + 0.1, "log₂ 6 = 2.585 bits (uniform)", fontsize=11)
    for T, colour in zip(TEMPS, (L.BLUE, L.ORANGE, L.GREEN)):
        h = entropy_bits(softmax(Z / T))
        b.plot([T], [h], "o", color=colour, markersize=8)
        b.annotate(f"{h:.3f}", (T, h), textcoords="offset points", xytext=(8, -14), fontsize=12)
    b.set_xscale("log")
    b.xaxis.set_major_locator(ticker.FixedLocator([0.1, 0.5, 1, 2, 5, 20]))
    b.xaxis.set_major_formatter(ticker.FixedFormatter(["0.1", "0.5", "1", "2", "5", "20"]))
    b.xaxis.set_minor_locator(ticker.NullLocator())
    b.set_ylim(0, 3.0)
    b.set_xlabel("temperature T (log scale)", fontsize=12)
    b.set_ylabel("entropy H (bits)", fontsize=12)
    b.tick_params(labelsize=11)
    fig.tight_layout(w_pad=2.0)
    L.save(fig, os.path.join(HERE, "temperature.svg"))


if __name__ == "__main__":
    L.setup()
    inverse_cdf()
    temperature()

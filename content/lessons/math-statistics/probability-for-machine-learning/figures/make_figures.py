"""Draws this lesson's scripted figures as SVG (matplotlib from Debian). Run by `npm run figures`.

frequency-tree.svg is hand-written and is not produced here.
"""
import os

import numpy as np
from matplotlib import ticker

import leetllm_svg as L

HERE = os.path.dirname(os.path.abspath(__file__))


def precision(prevalence, sensitivity, fpr):
    """P(spam | flagged) by Bayes' rule."""
    tp = sensitivity * prevalence
    return tp / (tp + fpr * (1 - prevalence))


def precision_vs_prevalence():
    fig, ax = L.plt.subplots(figsize=(5.6, 3.9))
    prev = np.logspace(-4, np.log10(0.5), 400)
    # Each curve is labelled directly at its 1%-prevalence dot (no legend box over the lines).
    runs = [(0.01, "false-positive rate 1%:\n{p:.2f} at 1% spam", L.ORANGE, (12, -34)),
            (0.001, "false-positive rate 0.1%:\n{p:.2f} at 1% spam", L.BLUE, (-150, 10))]
    for fpr, label, colour, offset in runs:
        ax.plot(prev, precision(prev, 0.99, fpr), color=colour)
        p = precision(0.01, 0.99, fpr)
        ax.plot([0.01], [p], "o", color=colour, markersize=7)
        ax.annotate(label.format(p=p), (0.01, p), xytext=offset, textcoords="offset points",
                    color=colour, fontsize=12)   # label in its curve's colour
    ax.axvline(0.01, color=L.GREY, linestyle=":", linewidth=1.4)
    ax.set_xscale("log")
    ax.set_xlim(1e-4, 0.5)
    ax.set_ylim(0, 1.02)
    xticks = [1e-4, 1e-3, 1e-2, 1e-1, 0.5]
    ax.xaxis.set_major_locator(ticker.FixedLocator(xticks))
    ax.xaxis.set_minor_locator(ticker.NullLocator())
    ax.xaxis.set_major_formatter(ticker.FixedFormatter(["0.01%", "0.1%", "1%", "10%", "50%"]))
    ax.grid(color=L.GREY, linewidth=0.5, alpha=0.35)
    ax.set_xlabel("share of messages that are spam (log scale)")
    ax.set_ylabel("precision P(spam | flagged)")
    L.save(fig, os.path.join(HERE, "precision-vs-prevalence.svg"))


def nll_curves():
    fig, ax = L.plt.subplots(figsize=(5.6, 3.9))
    q = np.linspace(0.01, 0.999, 500)
    big = -(0.8 * np.log(q) + 0.2 * np.log(1 - q))      # 80 of 100 spam messages had a link
    small = -np.log(q)                                   # 5 of 5 had a link
    ax.plot(q, big, color=L.BLUE)
    ax.plot(q, small, color=L.ORANGE)
    ax.plot([0.8], [-(0.8 * np.log(0.8) + 0.2 * np.log(0.2))], "o", color=L.BLUE, markersize=7)
    # Direct labels: each text names its data set, and its arrow (in the curve's colour) points at the curve.
    # The "5 of 5" text sits to the right so its arrow drops steeply to q = 1 without crossing the blue curve.
    ax.annotate("80 of 100 spam\nhad a link: minimum\nat q = 0.80, 0.50 nats", (0.8, 0.5004),
                xytext=(0.42, 0.98), textcoords="data", color=L.INK, fontsize=12,
                arrowprops={"arrowstyle": "->", "color": L.BLUE, "linewidth": 1.4, "relpos": (0.85, 0)})
    ax.annotate("5 of 5 spam had a link:\nlowest at the edge, q = 1,\nso P(no link | spam) = 0",
                (0.995, 0.02), xytext=(0.62, 1.90), textcoords="data", color=L.INK, fontsize=12,
                arrowprops={"arrowstyle": "->", "color": L.ORANGE, "linewidth": 1.4, "relpos": (0.97, 0)})
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 2.5)
    ax.grid(color=L.GREY, linewidth=0.5, alpha=0.35)
    ax.set_xlabel("q = P(link | spam), the parameter")
    ax.set_ylabel("NLL per message (nats)")
    L.save(fig, os.path.join(HERE, "nll-vs-parameter.svg"))


if __name__ == "__main__":
    L.setup()
    L.plt.rcParams.update({"font.size": 13})
    precision_vs_prevalence()
    nll_curves()

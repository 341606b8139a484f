"""Draws this lesson's scripted figure as SVG (matplotlib from Debian). Run by `npm run figures`.

lifecycle.svg is hand-written and is not produced here.
"""
import os

import numpy as np

import leetllm_svg as L

HERE = os.path.dirname(os.path.abspath(__file__))


def simulate():
    """The same 28 days of production traffic as monitoring.py in the lesson."""
    rng = np.random.default_rng(0)
    days, n, launch = 28, 1500, 18
    length_mean, refusal_rate = [], []
    for day in range(days):
        share = min(0.04 * (day - launch + 1), 0.3) if day >= launch else 0.0
        new = rng.random(n) < share
        length = rng.lognormal(np.log(np.where(new, 60, 38)), 0.5)
        refused = rng.random(n) < np.where(new, 0.12, 0.02)
        length_mean.append(length.mean())
        refusal_rate.append(refused.mean())
    return np.array(length_mean), np.array(refusal_rate), n, launch


def monitoring():
    length_mean, refusal_rate, n, launch = simulate()
    mu, sd = length_mean[:14].mean(), length_mean[:14].std(ddof=1)
    p0 = refusal_rate[:14].mean()
    limits = (mu + 3 * sd, 100 * (p0 + 3 * np.sqrt(p0 * (1 - p0) / n)))
    first = {}
    fig, axes = L.plt.subplots(2, 1, figsize=(6.2, 5.0), sharex=True)
    days = np.arange(len(length_mean))
    series = [(length_mean, "mean prompt\nlength (tokens)", L.BLUE, "drift", 2.2, ""),
              (100 * refusal_rate, "refusal\nrate (%)", L.ORANGE, "refusals", 1.1, "%")]
    for ax, (y, label, colour, tag, lift, unit), hi in zip(axes, series, limits):
        ax.axvspan(-0.5, 13.5, color=L.GREY, alpha=0.15, linewidth=0)
        ax.plot(days, y, color=colour, marker="o", markersize=4)
        ax.axhline(hi, color=L.INK, linestyle="--", linewidth=1.2)
        ax.axvline(launch - 0.5, color=L.GREY, linestyle=":", linewidth=1.5)
        flagged = days[y > hi]
        ax.plot(flagged, y[flagged], linestyle="none", marker="o", markersize=9,
                markerfacecolor="none", markeredgecolor=L.INK, markeredgewidth=1.3)
        first[tag] = int(flagged[0])
        ax.set_ylabel(label)
        ax.text(-0.3, hi, f"3σ limit {hi:.1f}{unit}", ha="left", va="bottom", fontsize=11)
        ax.annotate(f"first alarm: day {flagged[0]}", xy=(flagged[0], y[flagged[0]]),
                    xytext=(launch - 1.0, y[flagged[0]] + lift), ha="right", va="center", fontsize=11,
                    arrowprops=dict(arrowstyle="->", color=L.INK, linewidth=1))
    axes[1].text(6.5, axes[1].get_ylim()[1], "baseline (days 0-13)", ha="center", va="top", fontsize=11)
    axes[1].text(launch - 0.2, axes[1].get_ylim()[1], "TV product\nlaunch", ha="left", va="top",
                 fontsize=11)
    axes[1].set_xlabel("day")
    axes[1].set_xticks(range(0, 28, 2))
    L.save(fig, os.path.join(HERE, "monitoring.svg"))
    return first


if __name__ == "__main__":
    L.setup()
    print(monitoring())

"""Draws this lesson's figures as SVG (matplotlib from Debian). Run by `npm run figures`."""
import os

import numpy as np

import leetllm_svg as L

HERE = os.path.dirname(os.path.abspath(__file__))
QUEUES = ["billing", "technical", "account", "shipping"]
Z = np.array([2.0, 1.0, 0.0, -1.0])  # router logits for the lesson's billing ticket


def softmax(z):
    e = np.exp(z - z.max())
    return e / e.sum()


def temperature_bars():
    fig, ax = L.plt.subplots(figsize=(6.2, 3.6))
    temps = [(0.5, L.BLUE), (1.0, L.INK), (2.0, L.ORANGE)]
    width = 0.26
    x = np.arange(4)
    for i, (t, colour) in enumerate(temps):
        p = softmax(Z / t)
        bars = ax.bar(x + (i - 1) * width, p, width, color=colour, label=f"T = {t:g}")
        for b, v in zip(bars, p):  # label every bar, the near-zero ones too
            ax.text(b.get_x() + b.get_width() / 2, v + 0.015, f"{v:.2f}", ha="center",
                    fontsize=10, color=L.INK)
    ax.axhline(0.8, color=L.GREY, linestyle=(0, (5, 3)), linewidth=1.4)
    ax.text(3.45, 0.82, "auto-route threshold 0.8", ha="right", fontsize=11.5, color=L.INK)
    ax.set_xticks(x)
    ax.set_xticklabels([f"{q}\nz = {z:g}".replace("-", "\u2212") for q, z in zip(QUEUES, Z)])
    ax.set_ylabel("probability")
    ax.set_ylim(0, 1.0)
    ax.legend(loc="upper right", bbox_to_anchor=(1.0, 0.76), fontsize=12)
    L.save(fig, os.path.join(HERE, "temperature.svg"))


def gradient_saturation():
    """|d loss / d z_true| for CE and for squared error on probabilities, logits [a, 0, 0, 0]."""
    p_true = np.logspace(-4, np.log10(0.249), 200)
    g_ce, g_mse = [], []
    for pt in p_true:
        a = np.log(1 / pt - 3)
        p = softmax(np.array([a, 0.0, 0.0, 0.0]))
        g_ce.append(1 - p[3])
        g_mse.append(2 * p[3] * ((1 - p[3]) ** 2 + (p[:3] ** 2).sum()))
    fig, ax = L.plt.subplots(figsize=(5.6, 3.8))
    ax.loglog(p_true, g_ce, color=L.BLUE, label="cross-entropy: 1 − p")
    ax.loglog(p_true, g_mse, color=L.ORANGE, linestyle=(0, (5, 2)), label="squared error on p")
    for pt in (0.01, 0.001):
        a = np.log(1 / pt - 3)
        p = softmax(np.array([a, 0.0, 0.0, 0.0]))
        g = 2 * p[3] * ((1 - p[3]) ** 2 + (p[:3] ** 2).sum())
        ax.plot([pt, pt], [g, 1 - pt], color=L.GREY, linewidth=1)
        ax.plot([pt], [g], "o", color=L.ORANGE)
        ax.plot([pt], [1 - pt], "o", color=L.BLUE)
        ax.text(pt * 1.15, np.sqrt(g * (1 - pt)), f"{(1 - pt) / g:.0f}×", fontsize=12, color=L.INK)
    ax.set_xlabel("p(right queue)")
    ax.set_ylabel("|gradient on the right logit|")
    ax.set_ylim(1e-4, 2)
    ax.legend(loc="lower right", fontsize=12)
    ax.grid(color=L.GREY, linewidth=0.5, alpha=0.35)
    L.save(fig, os.path.join(HERE, "gradient-saturation.svg"))


if __name__ == "__main__":
    L.setup()
    L.plt.rcParams.update({"font.size": 12.5})
    temperature_bars()
    gradient_saturation()

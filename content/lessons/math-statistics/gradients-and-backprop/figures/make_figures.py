"""Draws this lesson's scripted figures as SVG (matplotlib from Debian). Run by `npm run figures`.

fare-graph.svg is hand-written and is not produced here.
"""
import math
import os

import numpy as np

import leetllm_svg as L

HERE = os.path.dirname(os.path.abspath(__file__))


def fare_loss(w, b, s, d=3.0, y=11.0):
    """Squared error of the fare quote exp(s) * (b + w * d) for one 3 km trip that cost $11."""
    return (np.exp(s) * (b + w * d) - y) ** 2


def finite_difference_errors():
    """Error of forward and central differences for dL/ds at s = 0 (exact value -56), against h."""
    hs = 10.0 ** -np.arange(1.0, 16.0, 2.0)        # the step sizes printed by step_size.py
    loss_s = lambda s: (math.exp(s) * 7.0 - 11.0) ** 2
    fwd = [abs((loss_s(h) - loss_s(0.0)) / h + 56.0) for h in hs]
    ctr = [abs((loss_s(h) - loss_s(-h)) / (2 * h) + 56.0) for h in hs]
    floor = 1e-12                                   # an exact hit (error 0) is drawn at the floor
    fig, ax = L.plt.subplots(figsize=(6.4, 4.0))
    ax.loglog(hs, np.maximum(fwd, floor), color=L.BLUE, marker="o", ms=4, label="forward difference")
    ax.loglog(hs, np.maximum(ctr, floor), color=L.ORANGE, marker="s", ms=4, label="central difference")
    ax.annotate("truncation error ∝ h", xy=(1e-3, 2.1e-2), xytext=(2e-4, 8e-1), color=L.INK,
                fontsize=11, arrowprops=dict(arrowstyle="->", color=L.INK, lw=1))
    ax.annotate("∝ h²", xy=(1e-3, 4e-5), xytext=(2e-2, 3e-6), color=L.INK, fontsize=11,
                arrowprops=dict(arrowstyle="->", color=L.INK, lw=1))
    ax.annotate("rounding error ∝ 1/h", xy=(1e-13, 9e-3), xytext=(1e-11, 1e-7), color=L.INK,
                fontsize=11, arrowprops=dict(arrowstyle="->", color=L.INK, lw=1))
    ax.set_xlim(1e-15, 1e-1)
    ax.invert_xaxis()
    ax.set_ylim(1e-10, 1e2)
    ax.set_xlabel("step size h (smaller to the right)")
    ax.set_ylabel("|estimate − (−56)|")
    ax.grid(color=L.GREY, linewidth=0.5, alpha=0.35)
    ax.legend(loc="lower right")
    L.save(fig, os.path.join(HERE, "finite-difference-error.svg"))


def steepest_ascent():
    """Contours of L(w, s) with b = 1 fixed, the gradient at (w, s) = (2, 0) and the level set through it."""
    w = np.linspace(1.0, 3.6, 261)
    s = np.linspace(-0.5, 0.8, 131)
    W, S = np.meshgrid(w, s)
    Z = fare_loss(W, 1.0, S)
    fig, ax = L.plt.subplots(figsize=(6.4, 4.6))
    cs = ax.contour(W, S, Z, levels=[1, 4, 36, 64], colors=[L.GREY], linewidths=1.0)
    ax.clabel(cs, fmt="L = %d", fontsize=10, colors=[L.INK],
              manual=[(1.2, -0.38), (3.3, 0.62), (1.5, -0.17), (3.3, 0.36), (3.1, -0.35), (1.4, 0.69)])
    ax.contour(W, S, Z, levels=[16], colors=[L.BLUE], linewidths=2.2)
    valley_w = np.linspace(1.0, 3.6, 100)
    ax.plot(valley_w, np.log(11.0 / (1.0 + 3.0 * valley_w)), color=L.GREEN, linestyle="--", lw=1.8)
    g = np.array([-24.0, -56.0])                    # (dL/dw, dL/ds) at the start
    u = g / np.linalg.norm(g) * 0.4
    ax.annotate("", xy=(2.0 + u[0], u[1]), xytext=(2.0, 0.0),
                arrowprops=dict(arrowstyle="-|>", color=L.ORANGE, lw=2.2))
    ax.annotate("", xy=(2.0 - u[0], -u[1]), xytext=(2.0, 0.0),
                arrowprops=dict(arrowstyle="-|>", color=L.PURPLE, lw=2.2))
    ax.plot([2.0], [0.0], "o", color=L.INK, ms=6)
    handles = [L.plt.Line2D([], [], color=L.INK, marker="o", ms=6, linestyle="none"),
               L.plt.Line2D([], [], color=L.BLUE, lw=2.2),
               L.plt.Line2D([], [], color=L.GREEN, lw=1.8, linestyle="--"),
               L.plt.Line2D([], [], color=L.ORANGE, lw=2.2, marker=">", markevery=[1]),
               L.plt.Line2D([], [], color=L.PURPLE, lw=2.2, marker=">", markevery=[1])]
    labels = ["start: w = 2, s = 0 (b = 1), L = 16", "level set L = 16 through the start", "L = 0 (quote = $11)",
              "∇L ∝ (−24, −56): steepest ascent", "−∇L: steepest descent"]
    ax.legend(handles, labels, loc="upper center", bbox_to_anchor=(0.5, -0.2), ncol=2, fontsize=10.5)
    ax.set_aspect("equal")
    ax.set_xlim(1.0, 3.6)
    ax.set_ylim(-0.5, 0.8)
    ax.set_xlabel("w, per-km rate ($/km)")
    ax.set_ylabel("s, log-multiplier")
    L.save(fig, os.path.join(HERE, "steepest-ascent.svg"))


if __name__ == "__main__":
    L.setup()
    finite_difference_errors()
    steepest_ascent()

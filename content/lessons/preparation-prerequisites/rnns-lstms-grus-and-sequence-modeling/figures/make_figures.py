"""Draws this lesson's scripted figure as SVG (matplotlib from Debian). Run by `npm run figures`."""
import os

import numpy as np
import torch
import torch.nn as nn
from matplotlib import ticker

import leetllm_svg as L

HERE = os.path.dirname(os.path.abspath(__file__))


def rnn_gradient_norms(gain, H=16, T=50):
    """|dL/dh_{T-1-k}| for k = 0..T-1: the same setup as bptt_gradients.py in the lesson."""
    torch.manual_seed(0)
    Q, _ = torch.linalg.qr(torch.randn(H, H, dtype=torch.float64))
    W_x = 0.5 * torch.randn(H, 4, dtype=torch.float64)
    X = torch.randn(T, 4, dtype=torch.float64)
    u = torch.randn(H, dtype=torch.float64)
    h = torch.zeros(H, dtype=torch.float64, requires_grad=True)
    hs = []
    for t in range(T):
        h = torch.tanh(W_x @ X[t] + gain * Q @ h)
        h.retain_grad()
        hs.append(h)
    (u @ h).backward()
    return np.array([hs[T - 1 - k].grad.norm().item() for k in range(T)])


def lstm_cell_gradient_norms(forget_bias, H=16, T=50):
    """Measured |dL/dc_{T-1-k}| (all paths) for nn.LSTMCell(4, 16) on the same X and u, L = u . h_{T-1}."""
    torch.manual_seed(0)
    # advance the RNG exactly as bptt_gradients.py does, so X and u are the same ticket and loss
    torch.linalg.qr(torch.randn(H, H, dtype=torch.float64))
    0.5 * torch.randn(H, 4, dtype=torch.float64)
    X = torch.randn(T, 4, dtype=torch.float64)
    u = torch.randn(H, dtype=torch.float64)
    cell = nn.LSTMCell(4, H).double()
    with torch.no_grad():
        cell.bias_hh[H:2 * H] += forget_bias      # gate order i, f, g, o
    h = torch.zeros(1, H, dtype=torch.float64)
    c = torch.zeros(1, H, dtype=torch.float64)
    cs = []
    for t in range(T):
        h, c = cell(X[t:t + 1], (h, c))
        c.retain_grad()
        cs.append(c)
    (h[0] @ u).backward()
    return np.array([cs[T - 1 - k].grad.norm().item() for k in range(T)])


def gradient_vs_distance():
    fig, ax = L.plt.subplots(figsize=(6.0, 4.2))
    k = np.arange(50)
    for gain, colour, label in [(3.0, L.ORANGE, "RNN |dL/dh|, gain 3 (grows, spikes)"),
                                (1.0, L.INK, "RNN |dL/dh|, gain 1 (vanishes)"),
                                (0.5, L.BLUE, "RNN |dL/dh|, gain 0.5 (vanishes fast)")]:
        ax.plot(k, rnn_gradient_norms(gain), color=colour, label=label)
    ax.plot(k, lstm_cell_gradient_norms(0.0), color=L.PURPLE, linestyle=(0, (4, 2)),
            label="LSTM |dL/dc|, default init (measured)")
    ax.plot(k, lstm_cell_gradient_norms(3.0), color=L.GREEN, linestyle=(0, (4, 2)),
            label="LSTM |dL/dc|, forget bias +3 (measured)")
    ax.set_yscale("log")
    ax.set_ylim(1e-16, 1e4)
    ax.yaxis.set_major_locator(ticker.FixedLocator([1e-16, 1e-12, 1e-8, 1e-4, 1, 1e4]))
    ax.yaxis.set_minor_locator(ticker.NullLocator())
    ax.set_xlim(0, 49)
    ax.set_xlabel("distance k in tokens (gradient reaching step T-1-k)")
    ax.set_ylabel("gradient norm (log scale)")
    ax.grid(axis="y", color=L.GREY, linewidth=0.5, alpha=0.35)
    ax.legend(loc="upper left", bbox_to_anchor=(-0.02, -0.16), fontsize=12, labelspacing=0.3)
    L.save(fig, os.path.join(HERE, "gradient-vs-distance.svg"))


if __name__ == "__main__":
    L.setup()
    L.plt.rcParams.update({"font.size": 13})
    gradient_vs_distance()

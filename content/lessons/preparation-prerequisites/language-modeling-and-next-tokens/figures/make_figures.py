"""Draws this lesson's figures as SVG (matplotlib from Debian). Run by `npm run figures`."""
import math
import os
import random

import numpy as np
import torch
import torch.nn.functional as F
from matplotlib import patches, ticker
from matplotlib.colors import to_rgba

import leetllm_svg as L

HERE = os.path.dirname(os.path.abspath(__file__))
AREA, DOC = "login signup checkout search settings profile".split(), "readme changelog docs license".split()
PATS = ([("fix crash in", AREA)] * 5 + [("fix typo in", DOC)] * 4 + [("add tests for", AREA)] * 4
        + [("update", DOC)] * 3 + [("update tests for", AREA)] * 2 + [("refactor", AREA)] * 2)


def make_log(n, seed):
    """The lesson's simulated commit log, exactly as in count_models.py."""
    r, out = random.Random(seed), []
    for _ in range(n):
        head, objs = r.choice(PATS)
        tail = " page" if objs is AREA and r.random() < 0.3 else ""
        out.append(f"<s> <s> {head} {r.choice(objs)}{tail} </s>".split())
    return out


def true_logp(s):
    """log P(message) under the simulator itself (second-order Markov)."""
    w, page = s[2:-1], s[-2] == "page"
    head = " ".join(w[:-2] if page else w[:-1])
    objs = dict(PATS)[head]
    p_tail = (0.3 if page else 0.7) if objs is AREA else 1.0
    return math.log([h for h, _ in PATS].count(head) / 20 / len(objs) * p_tail)


def perplexity_vs_k():
    train, test = make_log(300, 1), make_log(100, 2)
    vocab = ["<s>"] + sorted({w for s in train for w in s} - {"<s>"})
    ix = {w: i for i, w in enumerate(vocab)}
    V = len(vocab) - 1  # output classes: every id except <s>

    def windows(log):
        return np.array([[ix[w] for w in s[t - 2:t + 1]] for s in log for t in range(2, len(s))])

    tr, te = windows(train), windows(test)
    ks = np.logspace(-4, 0.5, 46)
    curves = {}
    for n in (2, 3):
        C = np.zeros((V + 1,) * (n - 1) + (V,))
        np.add.at(C, tuple(tr[:, 3 - n:-1].T) + (tr[:, -1] - 1,), 1)
        held = []
        for k in ks:
            P = (C + k) / (C + k).sum(-1, keepdims=True)
            held.append(np.exp(-np.log(P[tuple(te[:, 3 - n:-1].T) + (te[:, -1] - 1,)]).mean()))
        curves[n] = np.array(held)
    torch.manual_seed(0)
    X, Y = torch.tensor(tr[:, :2]), torch.tensor(tr[:, 2] - 1)
    model = torch.nn.Sequential(torch.nn.Embedding(V + 1, 16), torch.nn.Flatten(),
                                torch.nn.Linear(32, 64), torch.nn.Tanh(), torch.nn.Linear(64, V))
    opt = torch.optim.Adam(model.parameters(), lr=0.01)
    for _ in range(200):
        loss = F.cross_entropy(model(X), Y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    with torch.no_grad():
        neural = math.exp(F.cross_entropy(model(torch.tensor(te[:, :2])),
                                          torch.tensor(te[:, 2] - 1)))
    floor = math.exp(-sum(true_logp(s) for s in test) / len(te))
    for n in (2, 3):
        i = int(curves[n].argmin())
        print(f"{n}-gram best k = {ks[i]:.4g}  PPL = {curves[n][i]:.3f}")
    print(f"neural {neural:.3f}  floor {floor:.3f}")

    fig, (top, bot) = L.plt.subplots(2, 1, figsize=(6.0, 6.4),
                                      gridspec_kw={"height_ratios": [1, 1.15], "hspace": 0.42})
    style = {2: (L.BLUE, "o", "bigram counts"), 3: (L.PURPLE, "s", "trigram counts")}
    for ax, lo, hi in ((top, 2.0, 4.2), (bot, 2.2, 2.55)):
        for n, (colour, marker, name) in style.items():
            ax.plot(ks, curves[n], color=colour, marker=marker, markersize=4, markevery=3,
                    linewidth=1.8, label=name)
        ax.axhline(neural, color=L.GREEN, linewidth=2, label="neural MLP, 2 tokens")
        ax.axhline(floor, color=L.INK, linewidth=1.2, linestyle=(0, (4, 3)),
                   label="true simulator (floor)")
        ax.set_xscale("log")
        ax.set_xlim(8e-5, 4)
        ax.set_ylim(lo, hi)
        ax.xaxis.set_major_locator(ticker.FixedLocator([1e-4, 1e-3, 1e-2, 1e-1, 1]))
        ax.xaxis.set_minor_locator(ticker.NullLocator())
        ax.xaxis.set_major_formatter(ticker.FixedFormatter(["0.0001", "0.001", "0.01", "0.1", "1"]))
        ax.grid(color=L.GREY, linewidth=0.5, alpha=0.35)
        ax.set_ylabel("held-out PPL")
    top.set_title("all k", fontsize=12, loc="left")
    top.legend(loc="upper left", fontsize=11, handlelength=2.0, labelspacing=0.25)
    bot.set_title("zoom: PPL 2.20 to 2.55", fontsize=12, loc="left")
    bot.set_xlabel("smoothing constant k (log scale)")
    for n, dy in ((2, 0.02), (3, 0.02)):
        i = int(curves[n].argmin())
        colour, _, name = style[n]
        bot.annotate(f"{name.split()[0]} best {curves[n][i]:.3f}", (ks[i], curves[n][i]),
                     xytext=(1.3e-4, curves[n][i] + dy), fontsize=11, color=L.INK)
    bot.text(1.3e-4, neural - 0.028, f"neural {neural:.3f}", fontsize=11, color=L.INK)
    bot.text(1.3e-4, floor + 0.008, f"floor {floor:.3f}", fontsize=11, color=L.INK)
    L.save(fig, os.path.join(HERE, "perplexity-vs-k.svg"))


def shift_and_mask():
    toks = ["<s>", "fix", "crash", "in", "login", "</s>"]
    fig, ax = L.plt.subplots(figsize=(6.4, 4.3))
    ax.set_xlim(-2.4, 6.4)
    ax.set_ylim(-6.3, 2.2)
    ax.axis("off")
    ax.text(-2.3, 1.5, "targets", fontsize=12, va="center", color=L.INK)
    ax.text(-2.3, 0.0, "inputs", fontsize=12, va="center", color=L.INK)
    for t in range(5):
        ax.add_patch(patches.FancyBboxPatch((t + 0.05, -0.35), 0.9, 0.7, boxstyle="round,pad=0.02",
                                            fill=False, edgecolor=L.INK, linewidth=1.2))
        ax.text(t + 0.5, 0.0, toks[t], ha="center", va="center", fontsize=11, color=L.INK)
        ax.add_patch(patches.FancyBboxPatch((t + 0.05, 1.15), 0.9, 0.7, boxstyle="round,pad=0.02",
                                            fill=False, edgecolor=L.ORANGE, linewidth=1.5))
        ax.text(t + 0.5, 1.5, toks[t + 1], ha="center", va="center", fontsize=11, color=L.INK)
        ax.annotate("", xy=(t + 0.5, 1.12), xytext=(t + 0.5, 0.38),
                    arrowprops=dict(arrowstyle="->", color=L.ORANGE, linewidth=1.4))
    ax.text(5.15, 0.0, "ids[:-1]", fontsize=11, va="center", color=L.INK)
    ax.text(5.15, 1.5, "ids[1:]", fontsize=11, va="center", color=L.INK)
    # causal mask: row = query position t, column = key position j; allowed iff j <= t
    top = -1.2
    ax.text(-2.3, top - 2.5, "causal\nmask", fontsize=12, va="center", color=L.INK)
    ax.text(-0.1, top + 0.25, "key j:", ha="right", va="center", fontsize=11, color=L.INK)
    for j in range(5):
        ax.text(j + 0.5, top + 0.25, f"j={j}", ha="center", va="center", fontsize=11, color=L.INK)
    for t in range(5):
        ax.text(-0.1, top - t - 0.5, f"query t={t}" if t == 0 else f"t={t}", ha="right", va="center", fontsize=11, color=L.INK)
        for j in range(5):
            ok = j <= t
            ax.add_patch(patches.Rectangle((j + 0.05, top - t - 0.95), 0.9, 0.9,
                                           facecolor=to_rgba(L.BLUE, 0.35) if ok else "none",
                                           edgecolor=L.INK, linewidth=0.8))
            ax.text(j + 0.5, top - t - 0.5, "sees" if ok else "−∞", ha="center", va="center",
                    fontsize=11, color=L.INK)
    ax.text(5.15, top - 2.0, "row t reads\ninputs 0..t,\npredicts\ntarget t", fontsize=11,
            va="center", color=L.INK)
    L.save(fig, os.path.join(HERE, "shift-and-mask.svg"))


if __name__ == "__main__":
    L.setup()
    perplexity_vs_k()
    shift_and_mask()

"""Draws this lesson's figures as SVG (matplotlib from Debian). Run by `npm run figures`.

pipeline.svg: the support bot's search pipeline, the data structure behind each step and its cost.
trie-walk.svg: the greedy longest-match walk for "passwrd" through part of the vocabulary trie.
bloom-fpr.svg: Bloom filter false-positive rate, formula against measurement, and the best k.
All text is at least 11 pt in figures about 360-520 pt wide, so it stays legible at 528 px on a phone.
"""
import hashlib
import math
import os

from matplotlib.patches import FancyArrowPatch, FancyBboxPatch

import leetllm_svg as L

HERE = os.path.dirname(os.path.abspath(__file__))


def box(ax, x, y, w, h, title, sub, cost, colour):
    ax.add_patch(FancyBboxPatch((x - w / 2, y - h / 2), w, h, boxstyle="round,pad=0.02,rounding_size=0.08",
                                fill=False, edgecolor=colour, linewidth=2))
    top = 0.24 if cost else 0.12                       # two or three lines of text
    ax.text(x, y + top, title, ha="center", va="center", fontsize=12.5, color=L.INK, weight="bold")
    ax.text(x, y + top - 0.26, sub, ha="center", va="center", fontsize=11, color=L.INK)
    if cost:
        ax.text(x, y - 0.27, cost, ha="center", va="center", fontsize=11, color=L.INK, style="italic")


def arrow(ax, a, b, colour=L.INK):
    ax.add_patch(FancyArrowPatch(a, b, arrowstyle="-|>", mutation_scale=14, color=colour, linewidth=1.5))


def pipeline():
    fig, ax = L.plt.subplots(figsize=(6.8, 5.8))
    ax.set_xlim(0, 7.0); ax.set_ylim(0.8, 6.6); ax.axis("off")
    x, w, h = 1.85, 3.5, 0.8
    steps = [(6.2, "query text", "last turns + new message", "", L.GREY),
             (4.95, "tokenize", "trie: longest match", "8 trie steps for 'passwrd'", L.BLUE),
             (3.7, "encode", "hash map: token -> id", "6 tokens x ~1.4 comparisons", L.BLUE),
             (2.45, "rank documents", "min-heap of size 5", "10,122 comparisons for 10,000", L.GREEN),
             (1.2, "answer", "5 best documents", "", L.GREY)]
    for y, t, s, c, col in steps:
        box(ax, x, y, w, h if c else 0.62, t, s, c, col)
    for (y0, *_), (y1, *r) in zip(steps, steps[1:]):
        arrow(ax, (x, y0 - 0.4), (x, y1 + 0.4))
    side_x, side_w = 5.45, 2.9
    box(ax, side_x, 6.2 - 0.55, side_w, 1.0, "chat window", "deque: last turns", "O(1) per turn, 30-word cap", L.PURPLE)
    arrow(ax, (side_x - side_w / 2, 6.2 - 0.35), (x + w / 2, 6.2 - 0.05), L.PURPLE)
    box(ax, side_x, 2.45 - 0.6, side_w, 1.0, "ingest new docs", "Bloom filter: seen?", "7 bit checks per doc", L.ORANGE)
    arrow(ax, (side_x - side_w / 2, 2.45 - 0.45), (x + w / 2, 2.45 - 0.15), L.ORANGE)
    ax.text(side_x, 6.2 - 1.3, "fixed-size context", ha="center", fontsize=11, color=L.INK)
    ax.text(side_x, 2.45 - 1.35, "index only unseen docs", ha="center", fontsize=11, color=L.INK)
    L.save(fig, os.path.join(HERE, "pipeline.svg"))


def trie_walk():
    # (label, depth, row, token ends here, parent index)
    nodes = [("root", 0, 2.0, False, None),
             ("p", 1, 0, True, 0), ("a", 2, 0, False, 1), ("s", 3, 0, False, 2), ("s", 4, 0, True, 3),
             ("w", 5, 0, False, 4), ("o", 6, 0, False, 5), ("r", 7, 0, False, 6), ("d", 8, 0, True, 7),
             ("w", 1, 1.2, True, 0), ("o", 2, 1.2, False, 9), ("r", 3, 1.2, False, 10), ("d", 4, 1.2, True, 11),
             ("r", 1, 2.8, True, 0), ("d", 2, 2.4, True, 13), ("e", 2, 3.2, True, 13),
             ("s", 3, 3.2, False, 15), ("e", 4, 3.2, False, 16), ("t", 5, 3.2, True, 17)]
    walked = {1, 2, 3, 4, 5, 9, 13, 14}         # nodes visited while tokenizing "passwrd"
    R = 0.32
    fig, ax = L.plt.subplots(figsize=(7.0, 5.6))
    ax.set_xlim(-0.5, 8.5); ax.set_ylim(5.9, -0.5); ax.axis("off"); ax.set_aspect("equal")
    for i, (lab, d, r, end, par) in enumerate(nodes):
        if par is not None:
            pd, pr = nodes[par][1], nodes[par][2]
            hot = i in walked
            dx, dy = d - pd, r - pr
            t = R / math.hypot(dx, dy)                 # stop the edge at both circles' rims
            ax.plot([pd + t * dx, d - t * dx], [pr + t * dy, r - t * dy], color=L.ORANGE if hot else L.GREY,
                    linewidth=2.6 if hot else 1.2, zorder=1)
        colour = L.ORANGE if i in walked else L.INK
        ax.add_patch(L.plt.Circle((d, r), R, fill=False, edgecolor=colour, linewidth=2.4 if end else 1.2, zorder=2))
        if end:
            ax.add_patch(L.plt.Circle((d, r), R - 0.07, fill=False, edgecolor=colour, linewidth=1.0, zorder=2))
        ax.text(d, r, lab, ha="center", va="center", fontsize=11 if lab == "root" else 13.5, color=L.INK, zorder=3)
    ax.text(5.0, -0.48, "stop: 'r' has no child here", ha="center", va="bottom", fontsize=11, color=L.INK)
    ax.text(-0.4, 4.05, "double ring = a token ends here\n"
            "orange = visited for \"passwrd\": pass (5 steps)\n"
            "+ w (1) + rd (2) = 8 steps; at w after 'pass', the next\n"
            "char 'r' has no child, so the longest token seen is \"pass\"",
            ha="left", va="top", fontsize=11.5, color=L.INK, linespacing=1.45)
    L.save(fig, os.path.join(HERE, "trie-walk.svg"))


def bloom_positions(doc, m, k):
    d = hashlib.sha256(doc.encode()).digest()
    h1, h2 = int.from_bytes(d[:8], "little"), int.from_bytes(d[8:16], "little") | 1
    return [(h1 + i * h2) % m for i in range(k)]


def measured_fpr(m, k, n, tests=20_000):
    bits = bytearray(m)
    for i in range(n):
        for p in bloom_positions(f"ticket {i}: cant reset my password", m, k):
            bits[p] = 1
    hits = sum(all(bits[p] for p in bloom_positions(f"ticket {i}: cant reset my password", m, k))
               for i in range(n, n + tests))
    return hits / tests


def bloom_fpr():
    m, design = 100_000, 10_000
    f = lambda n, k: (1 - math.exp(-k * n / m)) ** k
    fig, (a1, a2) = L.plt.subplots(2, 1, figsize=(5.2, 6.6))
    ns = list(range(1_000, 50_001, 500))
    a1.plot([n / 1000 for n in ns], [f(n, 7) for n in ns], color=L.BLUE, label="formula, k = 7")
    pts = [5_000, 10_000, 20_000, 30_000, 40_000, 50_000]
    a1.plot([n / 1000 for n in pts], [measured_fpr(m, 7, n) for n in pts], "o", color=L.ORANGE, label="measured")
    a1.axvline(design / 1000, color=L.GREY, linestyle="--", linewidth=1)
    a1.text(11.5, 0.78, "design point\nn = 10,000", fontsize=11, color=L.INK, va="top")
    a1.set_xlabel("documents inserted n, thousands (m = 100,000 bits)")
    a1.set_ylabel("false-positive rate")
    a1.legend(loc="lower right", fontsize=11)
    ks = list(range(1, 21))
    a2.plot(ks, [f(design, k) for k in ks], "o-", color=L.GREEN, markersize=4)
    a2.axvline(10 * math.log(2), color=L.GREY, linestyle="--", linewidth=1)
    a2.text(7.5, 0.085, "best k = (m/n) ln 2 = 6.93", fontsize=11, color=L.INK)
    a2.set_xlabel("hash functions k (n = 10,000, m = 100,000)")
    a2.set_ylabel("false-positive rate (formula)")
    a2.set_ylim(0, 0.1); a2.set_xticks([1, 5, 7, 10, 15, 20])
    fig.tight_layout(h_pad=1.5)
    L.save(fig, os.path.join(HERE, "bloom-fpr.svg"))


if __name__ == "__main__":
    L.setup()
    pipeline()
    trie_walk()
    bloom_fpr()

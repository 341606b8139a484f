"""Draws this lesson's scripted figure as SVG. Run by `npm run figures`.

retry-load.svg: calls per simulated second reaching the provider in the lesson's retry simulation
(retry_storm.py, seed 0): 200 requests at t = 0, 20 admitted per 1-s window, 5% of admitted calls fail
with 503, up to 12 attempts. The y-axis is symlog: linear up to 20, logarithmic above.
"""
import heapq
import math
import os
import random

import numpy as np
from matplotlib.ticker import NullLocator

import leetllm_svg as L

HERE = os.path.dirname(os.path.abspath(__file__))
CAP, P_5XX, ATTEMPTS, BASE, MAX_WAIT = 20, 0.05, 12, 0.5, 32.0


def run(strategy, n=200, seed=0):
    """Same simulation as retry_storm.py; returns the simulated time of every call."""
    rng, used, times = random.Random(seed), {}, []
    events = [(0.0, i, 0) for i in range(n)]
    heapq.heapify(events)
    while events:
        t, i, k = heapq.heappop(events)
        times.append(t)
        w = math.floor(t)
        if used.get(w, 0) >= CAP:
            status, retry_after = 429, math.ceil(w + 1 - t)
        else:
            used[w] = used.get(w, 0) + 1
            status = 503 if rng.random() < P_5XX else 200
        if status == 200 or k + 1 == ATTEMPTS:
            continue
        ceiling = min(MAX_WAIT, BASE * 2 ** k)
        jitter = rng.uniform(0, ceiling)            # drawn for every policy, as in retry_storm.py
        wait = {"backoff": ceiling, "full jitter": jitter,
                "retry-after+jitter": (retry_after if status == 429 else 0) + jitter}[strategy]
        heapq.heappush(events, (t + wait, i, k + 1))
    return np.array(times)


def retry_load():
    runs = [("backoff", "exponential backoff, no jitter", L.ORANGE),
            ("full jitter", "full jitter", L.BLUE),
            ("retry-after+jitter", "Retry-After + full jitter", L.GREEN)]
    fig, axes = L.plt.subplots(3, 1, figsize=(6.0, 6.4), sharex=True)
    edges = np.arange(0, 201)
    for ax, (key, label, colour) in zip(axes, runs):
        times = run(key)
        counts, _ = np.histogram(times, bins=edges)
        nz = counts > 0                             # skip empty seconds: keeps the SVG small
        ax.bar(edges[:-1][nz], counts[nz], width=1.0, align="edge", color=colour)
        ax.axhline(CAP, color=L.INK, linestyle="--", linewidth=1.2)
        ax.set_yscale("symlog", linthresh=20, linscale=1.0)
        ax.set_ylim(0, 700)                         # tallest bar (second 0, full jitter) is 542
        ax.set_yticks([0, 20, 100, 500])
        ax.set_yticklabels(["0", "20", "100", "500"])
        ax.yaxis.set_minor_locator(NullLocator())   # no unlabelled minor ticks
        ax.set_title(f"{label}: {len(times):,} calls in total", loc="left", fontsize=12)
        ax.set_ylabel("calls / s\n(log above 20)", fontsize=11)
    axes[1].text(120, 24, "capacity 20/s", ha="center", va="bottom", fontsize=11)
    axes[-1].set_xlabel("simulated time (s); 200 requests arrive at t = 0")
    axes[-1].set_xlim(-3, 200)                      # keep the second-0 bar off the y-axis spine
    fig.tight_layout()
    L.save(fig, os.path.join(HERE, "retry-load.svg"))


if __name__ == "__main__":
    L.setup()
    L.plt.rcParams.update({"font.size": 12})
    retry_load()

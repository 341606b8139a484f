"""Draws this lesson's figures as SVG (matplotlib from Debian). Run by `npm run figures`.

coalescing.svg: which 32-byte sectors one warp touches for a contiguous and a strided fp32 load.
async-timeline.svg: CPU and GPU timelines of three training steps, with and without a per-step sync.
memory-budget.svg: the fine-tuning memory budget (states + activations) against a 24 GiB card.
Sized for phones: about 6.6 inches wide, no text smaller than 11 pt.
"""
import os

import matplotlib.pyplot as plt
from matplotlib.colors import to_rgba
from matplotlib.patches import Rectangle

from leetllm_svg import BLUE, GREEN, GREY, INK, ORANGE, PURPLE, save, setup

HERE = os.path.dirname(os.path.abspath(__file__))
UNUSED = 0.35                                             # alpha of "moved but unused" grey


def box(ax, x, y, w, h, face, alpha=0.3, edge=INK, lw=0.8, hatch=None):
    ax.add_patch(Rectangle((x, y), w, h, facecolor=to_rgba(face, alpha), edgecolor=edge,
                           linewidth=lw, hatch=hatch))


def coalescing():
    fig, ax = plt.subplots(figsize=(6.6, 4.8))
    lane_h, mem_h = 0.8, 1.0
    rows = [("contiguous: lane k reads x[..., k], stride 4 B", 14.2, 12.4, 9.4, False),
            ("strided: lane k reads xt[..., k], stride 3,072 B", 6.9, 5.1, 2.1, True)]
    for title, y_title, y_lane, y_mem, strided in rows:
        ax.text(-0.4, y_title, title, fontsize=12, color=INK, ha="left", va="center")
        for k in range(32):                               # the warp's 32 lanes
            drawn = not strided or k < 4
            box(ax, k * 35 / 32, y_lane, 0.8, lane_h, BLUE, alpha=0.55 if drawn else 0.15, lw=0.6)
        ax.text(-0.6, y_lane + lane_h / 2, "lanes", ha="right", va="center", fontsize=11, color=INK)
        ax.text(-0.6, y_mem + mem_h / 2, "memory", ha="right", va="center", fontsize=11, color=INK)
        slot = 0.9 if strided else 8.75 / 8                # strided: narrower sectors, wide gaps
        starts = [j * 9.25 for j in range(4)] if strided else [j * 8.75 for j in range(4)]
        for j, x0 in enumerate(starts):                   # 4 sectors of 8 float slots
            for q in range(8):
                used = q == 0 if strided else True
                box(ax, x0 + q * slot, y_mem, slot, mem_h, ORANGE if used else GREY,
                    alpha=0.85 if used else UNUSED, lw=0.4)
            box(ax, x0, y_mem, 8 * slot, mem_h, "none", alpha=0.0, lw=1.6)
        for k in range(4 if strided else 32):             # lane k -> the float it reads
            tx = starts[k] + slot / 2 if strided else (k + 0.5) * slot
            ax.plot([k * 35 / 32 + 0.4, tx], [y_lane, y_mem + mem_h], color=INK, linewidth=0.7)
        if strided:
            for j in range(3):
                gap_mid = (starts[j] + 8 * slot + starts[j + 1]) / 2   # centre of the gap
                ax.text(gap_mid, y_mem + mem_h / 2, "//", ha="center", va="center",
                        fontsize=11, color=INK)
            ax.text(-0.4, y_mem - 1.9, "(lanes 4-31 each hit a sector of their own, not drawn)",
                    fontsize=11, color=INK, ha="left", va="center")
            label = "32 sectors: 1,024 B moved, 128 B used (12.5%)"
        else:
            label = "4 sectors: 128 B moved, 128 B used (100%)"
        ax.text(-0.4, y_mem - 0.9, label, fontsize=12, color=INK, ha="left", va="center")
    box(ax, 0.0, 16.0, 1.6, 0.8, ORANGE, alpha=0.85, lw=0.4)
    ax.text(2.0, 16.4, "bytes a lane asked for", fontsize=11, color=INK, va="center")
    box(ax, 17.5, 16.0, 1.6, 0.8, GREY, alpha=UNUSED, lw=0.4)
    ax.text(19.5, 16.4, "moved but unused", fontsize=11, color=INK, va="center")
    ax.set_xlim(-5.5, 35.5)
    ax.set_ylim(-0.4, 17.0)
    ax.axis("off")
    save(fig, os.path.join(HERE, "coalescing.svg"))


def simulate(mode, steps=3, host_ms=30.0, kernels=1000, gpu_ms=200.0, launch_ms=0.01, queue=1024):
    """fake_clock.py's model, recording CPU and GPU segments (ms) for the drawing.
    mode: 'sync' (item() every step), 'async' (no sync), 'workers' (sync, batch made elsewhere)."""
    cpu_t, gpu_t, pending, cpu, gpu = 0.0, 0.0, [], [], []
    for _ in range(steps):
        if mode != "workers":
            cpu.append(("host", cpu_t, cpu_t + host_ms)); cpu_t += host_ms
        first, t0 = None, cpu_t
        for k in range(kernels + 1):                      # the batch copy, then the kernels
            pending = [f for f in pending if f > cpu_t]
            if len(pending) >= queue:                     # queue full: wait for the oldest op
                cpu_t = min(pending); pending.remove(cpu_t)
            cpu_t += launch_ms
            start = max(gpu_t, cpu_t)
            gpu_t = start + (0.0105 if k == 0 else gpu_ms / kernels)
            first = start if first is None else first
            pending.append(gpu_t)
        cpu.append(("launch", t0, cpu_t))
        gpu.append(("gpu", first, gpu_t))
        if mode != "async":                               # loss.item(): CPU waits for the GPU
            cpu.append(("wait", cpu_t, gpu_t)); cpu_t = gpu_t
    return cpu, gpu


def async_timeline():
    fig, axes = plt.subplots(3, 1, figsize=(6.6, 5.6), sharex=True)
    colours = {"host": PURPLE, "launch": BLUE, "wait": GREY, "gpu": GREEN}
    panels = [("sync", "item() every step, batch made in the loop: GPU idles"),
              ("async", "no per-step sync: the CPU works ahead"),
              ("workers", "sync every step, batch made by workers: no idling")]
    for ax, (mode, title) in zip(axes, panels):
        cpu, gpu = simulate(mode)
        for kind, a, b in cpu:
            wait = kind == "wait"
            box(ax, a, 1.1, b - a, 0.7, colours[kind], alpha=UNUSED if wait else 0.6,
                hatch="//" if wait else None, lw=0.6)
        for kind, a, b in gpu:
            box(ax, a, 0.1, b - a, 0.7, colours[kind], alpha=0.6, lw=0.6)
        end = gpu[-1][2]
        ax.text(end + 10, 0.45, f"done at {end:.0f} ms", va="center", fontsize=11, color=INK)
        ax.set_yticks([0.45, 1.45])
        ax.set_yticklabels(["GPU", "CPU"], fontsize=11)
        ax.set_ylim(0, 2.0)
        ax.set_title(title, fontsize=12, color=INK, loc="left")
        ax.spines["left"].set_visible(False)
        ax.tick_params(axis="y", length=0)
    axes[-1].set_xlim(0, 820)
    axes[-1].tick_params(axis="x", labelsize=11)
    axes[-1].set_xlabel("time (ms, fake clock)", fontsize=11)
    handles = [Rectangle((0, 0), 1, 1, facecolor=to_rgba(c, a), edgecolor=INK, linewidth=0.6)
               for c, a in ((PURPLE, 0.6), (BLUE, 0.6), (GREY, UNUSED), (GREEN, 0.6))]
    fig.legend(handles, ["CPU: make batch (30 ms)", "CPU: launch (10 ms; more if queue full)",
                         "CPU: blocked in a sync", "GPU: one step (200 ms)"],
               loc="lower center", ncol=2, fontsize=11, bbox_to_anchor=(0.5, -0.08))
    fig.tight_layout()
    save(fig, os.path.join(HERE, "async-timeline.svg"))


def memory_budget():
    N, GiB = 124_649_477, 2 ** 30
    h, L, a = 768, 12, 12

    def acts(b, s, mode, ckpt=False):
        sbh, as2b = s * b * h, a * s * s * b
        per = {"fp32": 66 * sbh + 9 * as2b, "16": 34 * sbh + 5 * as2b}[mode]
        return (L * sbh * (4 if mode == "fp32" else 2) + per) if ckpt else L * per

    # autocast: softmax output (+2as^2b) and LayerNorm inputs (+4sbh) kept in fp32
    extra = lambda b, s: L * (2 * a * s * s * b + 4 * s * b * h)
    rows = [("fp32 b32 s512", acts(32, 512, "fp32"), 0),
            ("fp32 b64 s512", acts(64, 512, "fp32"), 0),
            ("16-bit b64 s512", acts(64, 512, "16"), 0),
            ("autocast b64 s512", acts(64, 512, "16"), extra(64, 512)),
            ("fp32 b64 s256", acts(64, 256, "fp32"), 0),
            ("autocast b64 s256", acts(64, 256, "16"), extra(64, 256)),
            ("fp32 ckpt b64 s512", acts(64, 512, "fp32", True), 0)]
    fig, ax = plt.subplots(figsize=(6.6, 4.4))
    ax.axvspan(22.5, 24, color=to_rgba(GREY, UNUSED), linewidth=0)
    ax.axvline(24, color=INK, linestyle="--", linewidth=1.2)
    ax.text(43.5, len(rows) - 0.55, "dashed: 24 GiB card\nshaded: 1.5 GiB reserve", fontsize=11,
            color=INK, ha="right", va="center")
    for i, (name, act, more) in enumerate(rows):
        y = len(rows) - 1 - i
        parts = [(16 * N / GiB, BLUE, None), (act / GiB, ORANGE, None), (more / GiB, ORANGE, "///")]
        left = 0.0
        for width, colour, hatch in parts:
            if width:
                ax.barh(y, width, left=left, color=to_rgba(colour, 0.35 if hatch else 0.65),
                        edgecolor=INK, linewidth=0.6, hatch=hatch, height=0.7)
            left += width
        if 19 <= left <= 24.4:                            # near the 24 GiB line: label inside
            ax.text(left - 0.4, y, f"{left:.1f}", va="center", ha="right", fontsize=11, color=INK)
        else:
            ax.text(left + 0.5, y, f"{left:.1f}", va="center", fontsize=11, color=INK)
    ax.set_yticks(range(len(rows)))
    ax.set_yticklabels([r[0] for r in rows][::-1], fontsize=11)
    ax.tick_params(axis="x", labelsize=11)
    ax.set_xlim(0, 44)
    ax.set_ylim(-0.5, len(rows) + 0.3)
    ax.set_xlabel("estimated training memory (GiB)", fontsize=11)
    handles = [Rectangle((0, 0), 1, 1, facecolor=to_rgba(c, al), edgecolor=INK, linewidth=0.6,
                         hatch=ht) for c, al, ht in ((BLUE, 0.65, None), (ORANGE, 0.65, None),
                                                     (ORANGE, 0.35, "///"))]
    fig.legend(handles, ["weights, grads, Adam state: 16N (every row)",
                         "activations (paper's count)",
                         "autocast's fp32 softmax + LayerNorm inputs"], loc="lower center", ncol=1,
               fontsize=11, bbox_to_anchor=(0.5, -0.17))
    fig.tight_layout()
    save(fig, os.path.join(HERE, "memory-budget.svg"))


if __name__ == "__main__":
    setup()
    coalescing()
    async_timeline()
    memory_budget()

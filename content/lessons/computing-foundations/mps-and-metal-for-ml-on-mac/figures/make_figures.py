"""Draws this lesson's scripted figures as SVG (matplotlib from Debian). Run by `npm run figures`.

memory-pools.svg is hand-written and is not produced here.
"""
import os

import matplotlib.patches  # noqa: F401  (L.matplotlib.patches)

import leetllm_svg as L

HERE = os.path.dirname(os.path.abspath(__file__))
GiB = 2**30

# The lesson's numbers (transfer_cost.py, activation_bytes.py, batch_budget.py).
P = 108_890_112                        # encoder parameters
PER_SEQ = 85_750_888                   # bytes autograd saves per 128-token sequence, float32
STATIC = 16 * P / GiB                  # weights + grads + AdamW m and v, float32
PER_PAIR = 2 * PER_SEQ / GiB           # query + note
MARGIN, OS_APPS, RUNTIME, RAM = 1.0, 4.0, 1.0, 16.0
REC = 16 * 2 / 3                       # recommendedMaxWorkingSetSize, e.g. on a 16 GiB Mac
CAP = 1.7 * REC                        # PyTorch's default MPS high watermark


def batch_budget():
    """MPS allocations against batch size, with the three limits that matter on a 16 GiB Mac."""
    fig, ax = L.plt.subplots(figsize=(7.4, 4.2))
    bs = list(range(0, 129))
    mps = [STATIC + MARGIN + b * PER_PAIR for b in bs]
    room = RAM - OS_APPS - RUNTIME     # what is left for MPS before macOS must swap
    ax.axhspan(0, room, color=L.GREEN, alpha=0.10, lw=0)
    ax.axhspan(room, CAP, color=L.ORANGE, alpha=0.12, lw=0)
    ax.axhspan(CAP, 24, color=L.GREY, alpha=0.15, lw=0)
    ax.plot(bs, mps, color=L.BLUE, label="MPS allocations: 16P + margin + B × 0.1597 GiB")
    ax.axhline(REC, color=L.PURPLE, ls=":", lw=1.5)
    ax.axhline(room, color=L.INK, ls="--", lw=1.2)
    ax.axhline(CAP, color=L.INK, ls="-.", lw=1.2)
    ax.text(126, REC - 0.9, f"Metal recommended {REC:.2f} GiB = cap at ratio 1.0", ha="right", color=L.INK,
            fontsize=9)
    ax.text(126, room + 0.3, f"RAM left after macOS, apps, Python: {room:.0f} GiB", ha="right", color=L.INK,
            fontsize=9)
    ax.text(2, CAP + 0.3, f"PyTorch default cap 1.7 × {REC:.2f} = {CAP:.2f} GiB", color=L.INK, fontsize=9)
    ax.text(126, 14.3, "swap zone:\nno error,\nsteps slow down", ha="right", color=L.INK, fontsize=9)
    ax.text(2, 21.6, "above the cap: 'MPS backend out of memory'", color=L.INK, fontsize=9)
    for b, tag, off in ((48, "B = 48", (12, -34)), (64, "B = 64", (-78, 8))):
        y = STATIC + MARGIN + b * PER_PAIR
        ax.plot([b], [y], "o", color=L.BLUE)
        ax.annotate(f"{tag}: {y:.2f} GiB", (b, y), xytext=off, textcoords="offset points",
                    color=L.INK, fontsize=9,
                    arrowprops=dict(arrowstyle="-", color=L.INK, lw=0.8, shrinkA=2, shrinkB=4) if b == 48 else None)
    ax.set_xlim(0, 128)
    ax.set_ylim(0, 24)
    ax.set_xlabel("batch size B: (query, note) pairs, 128 tokens each")
    ax.set_ylabel("GiB")
    ax.legend(loc="lower right")
    L.save(fig, os.path.join(HERE, "batch-budget.svg"))


def async_timeline():
    """CPU and GPU lanes for three steps: reading the loss every step versus every ten steps."""
    prep, gpu, encode = 0.3, 2.4, 0.1     # seconds: CPU batch prep, GPU work, kernel encoding per step
    fig, axes = L.plt.subplots(2, 1, figsize=(7.4, 3.6), sharex=True)
    for ax, every, title in ((axes[0], 1, "loss.item() every step"),
                             (axes[1], 10, "loss.item() every 10 steps")):
        host, gpu_free = 0.0, 0.0
        for i in range(3):
            ax.broken_barh([(host, prep)], (1.1, 0.7), color=L.GREEN, alpha=0.6)
            host += prep + encode
            start = max(gpu_free, host - encode)
            ax.broken_barh([(start, gpu)], (0.1, 0.7), color=L.BLUE, alpha=0.45)
            ax.text(start + gpu / 2, 0.45, f"step {i + 1} on GPU", ha="center", va="center", fontsize=10,
                    color=L.INK)
            gpu_free = start + gpu
            if (i + 1) % every == 0:
                ax.broken_barh([(host, gpu_free - host)], (1.1, 0.7), facecolor="none",
                               edgecolor=L.ORANGE, hatch="///", lw=1)
                host = gpu_free
        ax.set_yticks([0.45, 1.45])
        ax.set_yticklabels(["GPU", "CPU"])
        ax.set_ylim(0, 1.9)
        ax.set_title(title, fontsize=10, loc="left", color=L.INK)
    handles = [L.matplotlib.patches.Patch(color=L.GREEN, alpha=0.6, label="CPU builds next batch"),
               L.matplotlib.patches.Patch(facecolor="none", edgecolor=L.ORANGE, hatch="///",
                                          label="CPU blocked in .item()")]
    axes[1].legend(handles=handles, loc="upper right", fontsize=10)
    axes[1].set_xlabel("seconds (simulated clock: 0.3 s CPU prep, 2.4 s GPU work per step)")
    axes[1].set_xlim(0, 8.4)
    fig.tight_layout()
    L.save(fig, os.path.join(HERE, "async-timeline.svg"))


if __name__ == "__main__":
    L.setup()
    batch_budget()
    async_timeline()

"""Draws this lesson's figures as SVG (matplotlib + torch from Debian). Run by `npm run figures`.

Both figures retrain the lesson's small models with the same seeds and settings as its code blocks.
"""
import os
import re

# One BLAS/OpenMP thread, as in the sandbox that runs the code blocks: the tiny models' numbers
# (and so the figures) shift slightly with the thread count. Must be set before numpy/torch load.
os.environ["OMP_NUM_THREADS"] = os.environ["OPENBLAS_NUM_THREADS"] = "1"

import numpy as np  # noqa: E402
import torch  # noqa: E402
from torch import nn  # noqa: E402

import leetllm_svg as L  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


def pump_readings(n, seed, noise=0.01):
    """The lesson's pump readings: flow, pressure, current, motor temp, bearing temp, vibration."""
    g = torch.Generator().manual_seed(seed)
    u, t = torch.rand(n, generator=g), torch.rand(n, generator=g)
    X = torch.stack([u, 1 - 0.8 * u**2, 0.2 + 0.8 * u**3, 0.5 * t + 0.5 * u**2,
                     0.7 * t + 0.3 * u, 0.1 + 0.9 * (u - 0.5)**2], 1)
    return X + noise * torch.randn(X.shape, generator=g)


X = pump_readings(1000, seed=0)
MEAN, STD = X.mean(0), X.std(0)
XS = (X - MEAN) / STD


def train_ae(k):
    torch.manual_seed(0)
    enc = nn.Sequential(nn.Linear(6, 32), nn.Tanh(), nn.Linear(32, k))
    dec = nn.Sequential(nn.Linear(k, 32), nn.Tanh(), nn.Linear(32, 6))
    opt = torch.optim.Adam([*enc.parameters(), *dec.parameters()], lr=1e-2)
    for _ in range(600):
        loss = ((dec(enc(XS)) - XS) ** 2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
    return enc, dec


def train_vae(beta):
    torch.manual_seed(0)
    enc = nn.Sequential(nn.Linear(6, 32), nn.Tanh(), nn.Linear(32, 4))
    dec = nn.Sequential(nn.Linear(2, 32), nn.Tanh(), nn.Linear(32, 6))
    opt = torch.optim.Adam([*enc.parameters(), *dec.parameters()], lr=1e-2)
    for _ in range(350):
        mu, logvar = enc(XS).chunk(2, dim=1)
        z = mu + torch.exp(0.5 * logvar) * torch.randn_like(mu)
        recon = ((dec(z) - XS) ** 2).sum(1).mean()
        kl = (0.5 * (mu**2 + logvar.exp() - 1 - logvar)).mean(0)
        loss = recon + beta * kl.sum()
        opt.zero_grad()
        loss.backward()
        opt.step()
    return enc, dec


def save_compact(fig, name):
    """Save with the house style, then round coordinates to 0.01 to keep the file small."""
    path = os.path.join(HERE, name)
    L.save(fig, path)
    with open(path, encoding="utf-8") as f:
        svg = re.sub(r'( (?:d|x|y)=")([^"]*)"',
                     lambda m: m.group(1) + re.sub(r"(\d+\.\d{2})\d+", r"\1", m.group(2)) + '"',
                     f.read())

    def shared_style(m):  # a scatter's markers all repeat one style: state it once on their group
        styles = set(re.findall(r'<use [^>]*?( style="[^"]*")/>', m.group(3)))
        if len(styles) != 1:
            return m.group(0)
        style = styles.pop()
        return m.group(1) + style + m.group(2) + m.group(3).replace(style, "")
    svg = re.sub(r'(<g(?: clip-path="[^"]*")?)(>\s*)((?:<use [^>]*/>\s*){20,})', shared_style, svg)
    ids = sorted(set(re.findall(r'id="(m[0-9a-f]{10})"', svg)))
    prefix = "ae-" + "".join(w[0] for w in name[:-4].split("-"))  # unique per inlined figure
    for i, old in enumerate(ids):  # short marker ids: each scatter point repeats its marker's id
        svg = svg.replace(old, f"{prefix}{i}")
    svg = re.sub(r"\n +<use ", "\n<use ", svg)
    with open(path, "w", encoding="utf-8") as f:
        f.write(svg)


def error_histogram():
    val, test = pump_readings(1000, seed=1), pump_readings(1000, seed=2)
    fault = test + torch.tensor([0, 0, 0, 0, 0, 0.05])
    fig, axes = L.plt.subplots(1, 2, figsize=(7.6, 3.4), sharey=True)
    bins = np.logspace(-4.5, 0.5, 51)
    for ax, k in zip(axes, (2, 6)):
        enc, dec = train_ae(k)
        with torch.no_grad():
            def score(R):
                Rs = (R - MEAN) / STD
                return ((dec(enc(Rs)) - Rs) ** 2).mean(1).numpy()
            thr = torch.quantile(torch.from_numpy(score(val)), 0.995).item()
            healthy, faulty = score(test), score(fault)
        ax.hist(healthy, bins=bins, color=L.BLUE, histtype="stepfilled", alpha=0.35)
        ax.hist(healthy, bins=bins, color=L.BLUE, histtype="step", linewidth=1.5, label="healthy")
        ax.hist(faulty, bins=bins, color=L.ORANGE, histtype="step", linewidth=2, label="vibration +0.05")
        ax.axvline(thr, color=L.INK, linestyle="--", linewidth=1.5)
        ax.text(thr * 1.3, 285, f"threshold\n{thr:.4f}", fontsize=11, va="top")
        ax.set_xscale("log")
        ax.xaxis.set_major_formatter(L.plt.FuncFormatter(lambda v, _: f"{v:g}"))
        ax.set_title(f"k = {k}: {np.mean(faulty > thr):.1%} of faults caught", fontsize=12)
        ax.set_xlabel("reconstruction MSE per reading")
    axes[0].set_ylabel("readings (of 1,000)")
    fig.legend(*axes[0].get_legend_handles_labels(), loc="lower center", ncol=2, fontsize=11,
               bbox_to_anchor=(0.5, -0.17))
    axes[0].set_ylim(0, 300)
    save_compact(fig, "error-histogram.svg")


def latent_maps():
    g = torch.linspace(0, 1, 61)
    u, t = (a.reshape(-1) for a in torch.meshgrid(g, g, indexing="ij"))
    sheet = torch.stack([u, 1 - 0.8 * u**2, 0.2 + 0.8 * u**3, 0.5 * t + 0.5 * u**2,
                         0.7 * t + 0.3 * u, 0.1 + 0.9 * (u - 0.5)**2], 1)
    sheet = (sheet - MEAN) / STD
    fig, axes = L.plt.subplots(1, 2, figsize=(7.4, 3.6))
    enc, dec = train_ae(2)
    with torch.no_grad():
        codes = enc(XS)
        z = codes.mean(0) + codes.std(0) * torch.randn(1000, 2)
        far = torch.cdist(dec(z), sheet).min(1).values > 0.3
    panels = [("plain AE", codes, z, far)]
    enc, dec = train_vae(1.0)
    with torch.no_grad():
        codes = enc(XS).chunk(2, dim=1)[0]
        z = torch.randn(1000, 2)
        far = torch.cdist(dec(z), sheet).min(1).values > 0.3
    panels.append(("VAE β = 1, prior samples", codes, z, far))
    for ax, (title, codes, z, far) in zip(axes, panels):
        zz, ff = z[:150], far[:150]                     # the first 150 random codes, any class
        ax.plot(codes[:200, 0], codes[:200, 1], "o", markersize=4.5, color=L.BLUE, alpha=0.6, mew=0)
        ax.plot(zz[~ff, 0], zz[~ff, 1], "o", markersize=4.5, mfc="none", color=L.INK, mew=0.8)
        ax.plot(zz[ff, 0], zz[ff, 1], "x", markersize=6, color=L.ORANGE, mew=1.8)
        ax.set_title(f"{title}\n{far.float().mean():.1%} of 1,000 decode off-sheet", fontsize=11)
        ax.set_xlabel("latent z0")
        ax.set_aspect("equal", adjustable="datalim")
    axes[0].set_ylabel("latent z1")
    Line = L.plt.Line2D
    handles = [Line([], [], ls="", marker="o", markersize=7, color=L.BLUE, mew=0),
               Line([], [], ls="", marker="o", markersize=7, mfc="none", color=L.INK, mew=1.2),
               Line([], [], ls="", marker="x", markersize=8, color=L.ORANGE, mew=2)]
    fig.legend(handles, ["real codes", "random → on-sheet", "random → > 0.3 off"], ncol=3,
               loc="lower center", fontsize=11, bbox_to_anchor=(0.5, -0.14), handletextpad=0.2,
               columnspacing=0.9)
    save_compact(fig, "latent-maps.svg")


if __name__ == "__main__":
    L.setup()
    error_histogram()
    latent_maps()

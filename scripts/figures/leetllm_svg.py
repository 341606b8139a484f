"""Shared look for lesson figures: SVG whose ink follows the page theme.

Figures are inlined in the page, so ink drawn in INK is rewritten to `currentColor` and the
background is transparent: the same file reads in the light and the dark theme. Accent colours
are mid-tones chosen to keep at least 3:1 contrast on both backgrounds.
"""
import io
import re

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

INK = "#010203"  # a sentinel colour, replaced by currentColor on save
BLUE, ORANGE, GREEN, PURPLE, GREY = "#3a7bd5", "#d9622b", "#2e9e6a", "#9b5fc0", "#8a8f98"
PALETTE = [BLUE, ORANGE, GREEN, PURPLE]


def setup():
    """Apply the house style; call once before drawing."""
    plt.rcParams.update({
        "svg.fonttype": "none",          # keep text as text: it inherits the page font and is searchable
        "svg.hashsalt": "leetllm",       # stable element ids, so redrawing yields the same file
        "font.family": "sans-serif",
        "font.size": 11,
        "text.color": INK,
        "axes.edgecolor": INK,
        "axes.labelcolor": INK,
        "xtick.color": INK,
        "ytick.color": INK,
        "axes.facecolor": "none",
        "figure.facecolor": "none",
        "savefig.facecolor": "none",
        "axes.prop_cycle": matplotlib.cycler(color=PALETTE),
        "axes.spines.top": False,
        "axes.spines.right": False,
        "legend.frameon": False,
        "lines.linewidth": 2,
    })


def save(fig, path):
    """Write `fig` as a theme-following, reproducible SVG (no dates, no fixed pixel size)."""
    buf = io.StringIO()
    fig.savefig(buf, format="svg", bbox_inches="tight", metadata={"Date": None, "Creator": None})
    plt.close(fig)
    svg = buf.getvalue().replace(INK, "currentColor")
    svg = re.sub(r"<\?xml[^>]*>\s*", "", svg)
    svg = re.sub(r"<!DOCTYPE[^>]*>\s*", "", svg)
    svg = re.sub(r"<metadata>.*?</metadata>\s*", "", svg, flags=re.S)
    # Let CSS size the figure: drop the fixed width/height, keep the viewBox.
    svg = re.sub(r'(<svg[^>]*?)\s+width="[^"]*"\s+height="[^"]*"', r"\1", svg, count=1)
    with open(path, "w", encoding="utf-8") as f:
        f.write(svg)

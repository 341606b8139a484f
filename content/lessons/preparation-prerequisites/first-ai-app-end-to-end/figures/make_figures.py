"""Draws this lesson's figures as SVG with the shared house style. Run by `npm run figures`.

request-path.svg: the request path of the handbook assistant, with what each stage logs.
threshold-tradeoff.svg: precision and recall of answering as the refusal threshold moves.
"""
import os
import re

import numpy as np
from matplotlib.patches import FancyBboxPatch

import leetllm_svg as L

HERE = os.path.dirname(os.path.abspath(__file__))

DOCS = {
    "pto": "Full-time employees accrue 1.5 days of paid time off per month, or 18 days per year. "
           "Up to 5 unused days carry over into the next calendar year. Your manager approves time "
           "off in Workday.",
    "expenses": "Submit expense reports in Concur within 30 days of the purchase, with itemized "
                "receipts attached. Meals while travelling are reimbursed up to 60 dollars per day. "
                "Book economy class for flights shorter than 6 hours; business class needs approval "
                "from a director.",
    "laptop": "Laptops are replaced every 3 years. Report a lost or stolen laptop to the IT service "
              "desk within 24 hours.",
    "security": "Passwords need at least 14 characters. Multi-factor authentication is mandatory for "
                "email and the VPN. Use the VPN on public wifi.",
}
STOP = set(("a an and the of to in is are for on with per be by at it or from "
            "your you can do how what when i my may must").split())
# The labelled questions of the lesson's threshold.py: 8 answerable (with answer phrase), 3 not.
QS = [("How many days of paid time off do I get per year?", "18 days per year"),
      ("How many unused days carry over into next year?", "5 unused days carry over"),
      ("What happens to vacation I do not use?", "5 unused days carry over"),
      ("What is the deadline for submitting expense reports?", "within 30 days"),
      ("What is the daily meal allowance when travelling?", "60 dollars per day"),
      ("Who approves business class flights?", "approval from a director"),
      ("My laptop was stolen, what should I do?", "IT service desk within 24 hours"),
      ("Is 2FA required when I log in?", "Multi-factor authentication is mandatory"),
      ("What is the dress code?", None), ("Can I expense a new phone?", None),
      ("How many paid days off do I get for parental leave?", None)]
N_ANSWERABLE = 8
# A natural wording of the parental-leave question (the lesson's paraphrases.py): 0.342.
NATURAL_PARENTAL = "How many days of parental leave do I get?"


def toks(s):
    return [t for t in re.findall(r"[a-z0-9]+", s.lower()) if t not in STOP]


def chunk(d, s, size=24, lap=8):
    w = s.split()
    starts = range(0, max(len(w) - lap, 1), size - lap)
    return [(f"{d}#{k}", " ".join(w[i:i + size])) for k, i in enumerate(starts)]


def build_index():
    ids, texts = zip(*[c for d, s in DOCS.items() for c in chunk(d, s)])
    vocab = {t: i for i, t in enumerate(sorted({t for s in texts for t in toks(s)}))}
    vec = lambda s: np.bincount([vocab[t] for t in toks(s) if t in vocab], minlength=len(vocab)) + 0.0
    tf = np.array([vec(s) for s in texts])
    idf = np.log(len(texts) / (tf > 0).sum(0))
    unit = lambda m: m / np.maximum(np.linalg.norm(m, axis=-1, keepdims=True), 1e-12)
    return texts, lambda q: unit(tf * idf) @ unit(vec(q) * idf)


def top_and_grounded():
    texts, score = build_index()
    top, grounded = [], []
    for q, gold in QS:
        s = score(q)
        order = np.argsort(-s, kind="stable")[:3]
        top.append(s[order[0]])
        grounded.append(gold is not None and any(gold in texts[i] and s[i] > 0 for i in order))
    return np.array(top), np.array(grounded)


def curves(top, grounded, taus):
    prec, rec = [], []
    for t in taus:
        ans = top >= t
        good = (ans & grounded).sum()
        prec.append(good / ans.sum() if ans.sum() else np.nan)
        rec.append(good / N_ANSWERABLE)
    return np.array(prec), np.array(rec)


def threshold_tradeoff():
    top, grounded = top_and_grounded()
    natural = float(build_index()[1](NATURAL_PARENTAL).max())  # 0.342, not in the labelled set
    fig, (ax, zoom) = L.plt.subplots(2, 1, figsize=(7.4, 7.4),
                                     gridspec_kw={"height_ratios": [2.3, 1], "hspace": 0.55})
    taus = np.arange(1, 701) / 1000  # from 0.001: a score of exactly 0 is always refused
    prec, rec = curves(top, grounded, taus)
    ax.plot(taus, prec, color=L.BLUE, drawstyle="steps-post", linewidth=3.2,
            label="precision (grounded / answered)")
    ax.plot(taus, rec, color=L.ORANGE, drawstyle="steps-post", linestyle="--",
            label="recall (grounded / 8 answerable)")
    ax.axvline(0.35, color=L.INK, linestyle=":", linewidth=1.4)
    ax.text(0.345, 0.93, "τ = 0.35: P = 0.833, R = 0.625", fontsize=11, ha="right")
    oos = top[N_ANSWERABLE:]  # dress code (0), phone (0.280), parental leave (0.410)
    ax.plot(oos, np.full(len(oos), 0.03), "x", color=L.PURPLE, markersize=9, mew=2, clip_on=False,
            label="out-of-scope question")
    ax.plot([natural], [0.03], "+", color=L.PURPLE, markersize=11, mew=2, clip_on=False,
            label="natural parental-leave wording")
    missed = top[[2, 7]]  # answerable, but retrieval missed: vacation (0.243), 2FA (0)
    ax.plot(missed, np.full(2, 0.03), "o", color=L.GREEN, markersize=9, fillstyle="none", mew=2,
            clip_on=False, label="answerable, missed by retrieval")
    notes = [(0.0, "dress code, 2FA: 0", (0.01, 0.15), "left"),
             (0.243, "vacation 0.243", (0.03, 0.29), "left"),
             (0.280, "phone 0.280", (0.06, 0.43), "left"),
             (natural, "natural wording 0.342", (0.09, 0.57), "left"),
             (oos[2], "parental leave,\nour wording: 0.410", (0.44, 0.50), "left")]
    for x, text, xy, ha in notes:
        ax.annotate(text, xy=(x, 0.06), xytext=xy, fontsize=11, ha=ha, va="center",
                    arrowprops=dict(arrowstyle="-", color=L.INK, linewidth=0.8, shrinkA=2))
    ax.set_xlim(-0.01, 0.70)
    ax.set_ylim(0, 1.05)
    ax.set_xlabel("refusal threshold τ on the top cosine score")
    ax.set_ylabel("fraction")
    ax.legend(loc="lower left", bbox_to_anchor=(0.0, 1.0), fontsize=11, ncol=2)
    ax.grid(color=L.GREY, linewidth=0.5, alpha=0.35)
    lo, hi = 0.393, 0.413  # the zoom: four questions refused within 0.014
    zt = np.linspace(lo, hi, 2201)
    zp, zr = curves(top, grounded, zt)
    zoom.plot(zt, zp, color=L.BLUE, drawstyle="steps-post", linewidth=3.2)
    zoom.plot(zt, zr, color=L.ORANGE, drawstyle="steps-post", linestyle="--")
    edges = [lo, 0.396, 0.398, 0.401, 0.410, hi]
    for a, b in zip(edges, edges[1:]):
        p, r = curves(top, grounded, [(a + b) / 2])
        p_label = "1.0" if p[0] == 1 else f"{p[0]:.3g}"
        zoom.text((a + b) / 2, p[0] + 0.06, p_label, ha="center", fontsize=11, color=L.BLUE)
        zoom.text((a + b) / 2, r[0] - 0.2, f"{r[0]:.3g}", ha="center", fontsize=11, color=L.ORANGE)
    for x in edges[1:-1]:
        zoom.axvline(x, color=L.GREY, linewidth=0.8)
    zoom.set_xticks(edges[1:-1])
    zoom.set_xticklabels(["0.396\ndeadline", "0.398\n\nlaptop", "0.401\nbusiness", "0.410\nparental"])
    zoom.set_xlim(lo, hi)
    zoom.set_ylim(0, 1.2)
    zoom.set_yticks([0, 0.5, 1.0])
    zoom.set_title("zoom on τ from 0.393 to 0.413: past each tick, that question is refused",
                   fontsize=11)
    L.save(fig, os.path.join(HERE, "threshold-tradeoff.svg"))


def box(ax, x, y, w, h, title, sub, colour):
    ax.add_patch(FancyBboxPatch((x, y), w, h, boxstyle="round,pad=0.4,rounding_size=1.2",
                                fill=False, edgecolor=colour, linewidth=1.8))
    ax.text(x + w / 2, y + h - 3.2, title, ha="center", va="center", fontsize=12, fontweight="bold")
    ax.text(x + w / 2, y + h / 2 - 2.6, sub, ha="center", va="center", fontsize=11, linespacing=1.3)


def arrow(ax, a, b, text=None, colour=L.INK, offset=(0, 1.8)):
    ax.annotate("", xy=b, xytext=a, arrowprops=dict(arrowstyle="->", color=colour, linewidth=1.5))
    if text:
        ax.text((a[0] + b[0]) / 2 + offset[0], (a[1] + b[1]) / 2 + offset[1], text, ha="center",
                fontsize=11, color=colour)


def request_path():
    fig, ax = L.plt.subplots(figsize=(8.4, 5.6))
    ax.set_xlim(0, 100)
    ax.set_ylim(0, 76)
    ax.axis("off")
    w, h = 20.5, 13
    row1, row2 = 60, 36
    x0, x1, x2, x3 = 1, 26.5, 52, 77.5
    box(ax, x0, row1, w, h, "question", "employee asks\nin chat", L.INK)
    box(ax, x1, row1, w, h, "retrieve", "TF-IDF cosine,\ntop 3 of 7 chunks", L.BLUE)
    box(ax, x2, row1, w, h, "score gate", "top cosine ≥ τ?\n(τ = 0.35)", L.PURPLE)
    box(ax, x3, row1, w, h, "refuse", "\"can't find that\"\n+ link to HR", L.ORANGE)
    box(ax, x2, row2, w, h, "prompt", "rules + chunks,\n≤ 160 tokens", L.BLUE)
    box(ax, x1, row2, w, h, "generate()", "LLM API call\n(stand-in offline)", L.GREEN)
    box(ax, x0, row2, w, h, "validate", "refusal, or cites\nonly prompt ids?", L.PURPLE)
    mid1, mid2 = row1 + h / 2, row2 + h / 2
    arrow(ax, (x0 + w + 0.7, mid1), (x1 - 0.7, mid1))
    arrow(ax, (x1 + w + 0.7, mid1), (x2 - 0.7, mid1))
    arrow(ax, (x2 + w + 0.7, mid1), (x3 - 0.7, mid1), "no", L.ORANGE, offset=(0, 4.5))
    arrow(ax, (x2 + w / 2, row1 - 0.7), (x2 + w / 2, row2 + h + 0.7), "yes", L.INK, offset=(3, 0))
    arrow(ax, (x2 - 0.7, mid2), (x1 + w + 0.7, mid2))
    arrow(ax, (x1 - 0.7, mid2), (x0 + w + 0.7, mid2))
    arrow(ax, (x0 + w / 2, row2 - 0.7), (x0 + w / 2, 26.7),
          "ok: answer + [chunk id]; model refused: its refusal;\nrejected: refuse", L.GREEN,
          offset=(35, -2.2))
    arrow(ax, (x3 + w / 2, row1 - 0.7), (x3 + w / 2, 26.7), colour=L.ORANGE)
    ax.add_patch(FancyBboxPatch((1, 18), 98, 8, boxstyle="round,pad=0.4,rounding_size=1.2",
                                fill=False, edgecolor=L.INK, linewidth=1.5))
    ax.text(50, 22, "reply to user", ha="center", va="center", fontsize=12, fontweight="bold")
    ax.annotate("", xy=(50, 13.2), xytext=(50, 17.3), arrowprops=dict(
        arrowstyle="->", color=L.GREY, linewidth=1.3, linestyle="--"))
    ax.text(51.5, 14.4, "every request is logged", fontsize=11)
    ax.add_patch(FancyBboxPatch((1, 1), 98, 11.5, boxstyle="round,pad=0.4,rounding_size=1.2",
                                fill=False, edgecolor=L.GREY, linewidth=1.5, linestyle="--"))
    ax.text(50, 9.6, "SQLite log, one row per request", ha="center", fontsize=12, fontweight="bold")
    ax.text(50, 4.6, "question · ranked chunk ids and scores · top score · status\n"
            "cited id · answer · prompt and output tokens · latency · model · feedback",
            ha="center", va="center", fontsize=11, linespacing=1.4)
    L.save(fig, os.path.join(HERE, "request-path.svg"))


if __name__ == "__main__":
    L.setup()
    threshold_tradeoff()
    request_path()

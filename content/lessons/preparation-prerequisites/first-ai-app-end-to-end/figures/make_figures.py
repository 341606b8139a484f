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

DOCS = {"pto": "Full-time employees accrue 1.5 days of paid time off per month, which is 18 days per year. Up to 5 unused days carry over into the next calendar year and the rest expire on December 31. Request time off in Workday at least two weeks ahead for any absence longer than three days. Your manager approves the request.",
        "sick": "Sick leave is separate from paid time off. You may take up to 10 sick days per year without a doctor's note. From the fourth consecutive sick day, send a doctor's note to your manager and to HR.",
        "expenses": "Submit expense reports in Concur within 30 days of the purchase, with itemized receipts attached. Meals while travelling are reimbursed up to 60 dollars per day. Book economy class for flights shorter than 6 hours; business class needs approval from a director.",
        "laptop": "New hires receive a company laptop on their first day. Laptops are replaced every 3 years. If your laptop is lost or stolen, report it to the IT service desk within 24 hours so the disk can be wiped remotely.",
        "security": "Passwords must be at least 14 characters long. Multi-factor authentication is mandatory for email and for the VPN. Always connect through the VPN when you use public wifi in a cafe, hotel or airport.",
        "remote": "Employees may work remotely up to 3 days per week with approval from their manager. Working from another country for more than 2 weeks needs approval from HR because of tax and payroll rules."}
STOP = set("a an and the of to in is are for on with per be by at it or from your you can do how what when i my may must".split())
QS = [("How many days of paid time off do I get per year?", "18 days per year"), ("How many unused days carry over into next year?", "5 unused days carry over"),
      ("What happens to vacation I do not use?", "5 unused days carry over"), ("How far ahead must I request time off for a long absence?", "at least two weeks ahead"),
      ("How many sick days can I take without a doctor's note?", "10 sick days per year"), ("When do I need a doctor's note?", "fourth consecutive sick day"),
      ("What is the deadline for submitting expense reports?", "within 30 days of the purchase"), ("What is the daily meal allowance when travelling?", "60 dollars per day"),
      ("How much can I spend on dinner on a business trip?", "60 dollars per day"), ("Who approves business class flights?", "approval from a director"),
      ("How often are laptops replaced?", "replaced every 3 years"), ("My laptop was stolen, what should I do?", "report it to the IT service desk"),
      ("How long must my password be?", "at least 14 characters"), ("Is 2FA required when I log in?", "Multi-factor authentication is mandatory"),
      ("How many days a week can I work from home?", "up to 3 days per week"), ("Can I work from another country for a month?", "needs approval from HR"),
      ("What is the dress code?", None), ("Can I expense a new phone?", None),
      ("How many days of parental leave do I get?", None), ("Who approves my promotion?", None)]


def toks(s):
    return [t for t in re.findall(r"[a-z0-9]+", s.lower()) if t not in STOP]


def chunk(d, s, size=24, lap=8):
    w = s.split()
    return [(f"{d}#{k}", " ".join(w[i:i + size])) for k, i in enumerate(range(0, len(w) - lap, size - lap))]


def top_and_grounded():
    ids, texts = zip(*[c for d, s in DOCS.items() for c in chunk(d, s)])
    vocab = {t: i for i, t in enumerate(sorted({t for s in texts for t in toks(s)}))}
    vec = lambda s: np.bincount([vocab[t] for t in toks(s) if t in vocab], minlength=len(vocab)) + 0.0
    tf = np.array([vec(s) for s in texts])
    idf = np.log(len(texts) / (tf > 0).sum(0))
    unit = lambda m: m / np.maximum(np.linalg.norm(m, axis=-1, keepdims=True), 1e-12)
    top, grounded = [], []
    for q, gold in QS:
        s = unit(tf * idf) @ unit(vec(q) * idf)
        order = np.argsort(-s, kind="stable")[:3]
        top.append(s[order[0]])
        grounded.append(gold is not None and any(gold in texts[i] and s[i] > 0 for i in order))
    return np.array(top), np.array(grounded)


def threshold_tradeoff():
    top, grounded = top_and_grounded()
    taus = np.arange(1, 751) / 1000  # from 0.001: a score of exactly 0 is always refused
    prec, rec = [], []
    for t in taus:
        ans = top >= t
        good = (ans & grounded).sum()
        prec.append(good / ans.sum() if ans.sum() else np.nan)
        rec.append(good / 16)
    fig, ax = L.plt.subplots(figsize=(6.0, 3.6))
    ax.plot(taus, prec, color=L.BLUE, drawstyle="steps-post", label="precision: answered and grounded / answered")
    ax.plot(taus, rec, color=L.ORANGE, drawstyle="steps-post", label="recall: answered and grounded / 16 answerable")
    ax.axvline(0.35, color=L.INK, linestyle=":", linewidth=1.4)
    ax.annotate("τ = 0.35\nP = 0.923, R = 0.750", xy=(0.35, 0.75), xytext=(0.47, 0.62), fontsize=11,
                arrowprops=dict(arrowstyle="->", color=L.INK, linewidth=1))
    oos = top[16:]
    ax.plot(oos, np.full(len(oos), 0.03), "x", color=L.PURPLE, markersize=8, mew=2,
            clip_on=False, label="top score of the 4 out-of-scope questions")
    missed = top[[2, 13]]  # answerable, but retrieval missed: vacation (0.318), 2FA (0)
    ax.plot(missed, np.full(2, 0.09), "o", color=L.GREEN, markersize=7, fillstyle="none", mew=2,
            clip_on=False, label="top score of the 2 answerable questions retrieval missed")
    ax.set_xlim(-0.01, 0.75)
    ax.set_ylim(0, 1.05)
    ax.set_xlabel("refusal threshold τ on the top cosine score")
    ax.set_ylabel("fraction")
    ax.legend(loc="lower left", bbox_to_anchor=(0.0, 1.0), fontsize=11)
    ax.grid(color=L.GREY, linewidth=0.5, alpha=0.35)
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
    box(ax, x0, row1, w, h, "1. question", "employee asks\nin chat", L.INK)
    box(ax, x1, row1, w, h, "2. retrieve", "TF-IDF cosine,\ntop 3 of 15 chunks", L.BLUE)
    box(ax, x2, row1, w, h, "3. score gate", "top cosine ≥ τ?\n(τ = 0.35)", L.PURPLE)
    box(ax, x3, row1, w, h, "refuse", "\"can't find that\"\n+ link to HR", L.ORANGE)
    box(ax, x2, row2, w, h, "4. prompt", "rules + chunks,\n≤ 160 tokens", L.BLUE)
    box(ax, x1, row2, w, h, "5. generate()", "LLM API call\n(stand-in offline)", L.GREEN)
    box(ax, x0, row2, w, h, "6. validate", "refusal, or cites\nonly prompt ids?", L.PURPLE)
    mid1, mid2 = row1 + h / 2, row2 + h / 2
    arrow(ax, (x0 + w + 0.7, mid1), (x1 - 0.7, mid1))
    arrow(ax, (x1 + w + 0.7, mid1), (x2 - 0.7, mid1))
    arrow(ax, (x2 + w + 0.7, mid1), (x3 - 0.7, mid1), "no", L.ORANGE, offset=(0, 4.5))
    arrow(ax, (x2 + w / 2, row1 - 0.7), (x2 + w / 2, row2 + h + 0.7), "yes", L.INK, offset=(3, 0))
    arrow(ax, (x2 - 0.7, mid2), (x1 + w + 0.7, mid2))
    arrow(ax, (x1 - 0.7, mid2), (x0 + w + 0.7, mid2))
    arrow(ax, (x0 + w / 2, row2 - 0.7), (x0 + w / 2, 26.7),
          "ok: answer + [chunk id]; model refused: its refusal;\nrejected: refuse", L.GREEN,
          offset=(24, -2.2))
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

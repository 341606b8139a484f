"""Draws this lesson's figures as SVG (matplotlib from Debian). Run by `npm run figures`.

Every figure is drawn in data units equal to points (1/72 inch), so a font size in points is also its
size in the SVG's viewBox units; the widths stay near 500 so that text of 11-13 units reads on a phone.
"""
import os

import leetllm_svg as L
from matplotlib.patches import FancyBboxPatch, Rectangle

HERE = os.path.dirname(os.path.abspath(__file__))
ROW = 21     # height of one row, in points
BOX = 168    # width of a table box in the schema diagram


def canvas(width, height):
    """A figure whose data coordinates are points: x in [0, width], y in [0, height]."""
    fig = L.plt.figure(figsize=(width / 72, height / 72))
    ax = fig.add_axes([0, 0, 1, 1])
    ax.set_xlim(0, width); ax.set_ylim(0, height); ax.axis("off")
    return fig, ax


def table(ax, x, top, name, cols, colour):
    """A table box: a tinted title bar, then one row per column. Returns {column: y of its row}."""
    height = ROW * (len(cols) + 1)
    ax.add_patch(FancyBboxPatch((x, top - height), BOX, height, boxstyle="round,pad=0,rounding_size=4",
                                facecolor="none", edgecolor=L.INK, linewidth=1.2))
    ax.add_patch(Rectangle((x, top - ROW), BOX, ROW, facecolor=colour, alpha=0.25, edgecolor="none"))
    ax.text(x + BOX / 2, top - ROW / 2, name, ha="center", va="center", fontsize=13,
            fontweight="bold", color=L.INK)
    rows = {}
    for i, (col, note) in enumerate(cols):
        y = top - ROW * (i + 1.5)
        ax.text(x + 7, y, col, ha="left", va="center", fontsize=12.5, color=L.INK)
        ax.text(x + BOX - 7, y, note, ha="right", va="center", fontsize=11.5, color=L.INK)
        rows[col] = y
    return rows


def link(ax, points, colour, labels):
    """A foreign-key line through `points`, from the child's column row to the parent's key row.
    `labels` holds (x, y, text) cardinality marks."""
    xs, ys = zip(*points)
    ax.plot(xs[:-1], ys[:-1], color=colour, linewidth=1.6, solid_capstyle="butt")
    ax.annotate("", xy=points[-1], xytext=points[-2],
                arrowprops=dict(arrowstyle="-|>", color=colour, linewidth=1.6, shrinkA=0, shrinkB=0,
                                mutation_scale=14))
    for x, y, text in labels:
        ax.text(x, y, text, fontsize=12, color=L.INK, ha="center", va="center", fontweight="bold")


def schema_diagram():
    fig, ax = canvas(512, 398)
    ax_, bx = 8, 300                  # left edges of the two columns of tables
    top = 390
    users = table(ax, ax_, top, "users", [("user_id", "PK"), ("email", "UNIQUE"), ("plan", "CHECK")], L.BLUE)
    mv = table(ax, ax_, top - 109, "model_versions", [("model_id", "PK"), ("name", "UNIQUE")], L.PURPLE)
    tags = table(ax, ax_, top - 197, "tags", [("tag_id", "PK"), ("name", "UNIQUE")], L.BLUE)
    fb = table(ax, ax_, top - 285, "feedback", [("msg_id", "PK, FK"), ("rating", "CHECK ±1")], L.ORANGE)
    conv = table(ax, bx, top, "conversations", [("conv_id", "PK"), ("user_id", "FK"), ("model_id", "FK"),
                                                 ("started", "NOT NULL")], L.GREEN)
    ct = table(ax, bx, top - 140, "conversation_tags", [("conv_id", "PK, FK"), ("tag_id", "PK, FK")], L.GREEN)
    msgs = table(ax, bx, top - 238, "messages", [("msg_id", "PK"), ("conv_id", "FK"),
                                                ("turn", "UNIQUE w/ conv"), ("role", "CHECK"),
                                                ("content", "NOT NULL"), ("tokens", "CHECK > 0")], L.ORANGE)
    ar, bl, br = ax_ + BOX, bx, bx + BOX   # right edge of the left column; edges of the right column
    # Between the columns: child column row (right column) -> parent key row (left column), and back.
    # Each N sits on the outer side of its own line (user_id above, model_id below), never between two.
    link(ax, [(bl, conv["user_id"]), (ar, users["user_id"])], L.BLUE,
         [(bl - 14, conv["user_id"] + 11, "N"), (ar + 14, users["user_id"] + 11, "1")])
    link(ax, [(bl, conv["model_id"]), (ar, mv["model_id"])], L.PURPLE,
         [(bl - 10, conv["model_id"] - 19, "N"), (ar + 14, mv["model_id"] - 12, "1")])
    link(ax, [(bl, ct["tag_id"]), (ar, tags["tag_id"])], L.BLUE,
         [(bl - 14, ct["tag_id"] + 11, "N"), (ar + 14, tags["tag_id"] - 12, "1")])
    link(ax, [(ar, fb["msg_id"]), (bl, msgs["msg_id"])], L.ORANGE,
         [(ar + 22, fb["msg_id"] - 12, "0..1"), (bl - 14, msgs["msg_id"] + 12, "1")])
    # Inside the right column: two children of conversations, routed around its right side.
    link(ax, [(br, ct["conv_id"]), (br + 12, ct["conv_id"]), (br + 12, conv["conv_id"]),
              (br, conv["conv_id"])], L.GREEN, [(br + 6, ct["conv_id"] - 11, "N")])
    link(ax, [(br, msgs["conv_id"]), (br + 30, msgs["conv_id"]), (br + 30, conv["conv_id"]),
              (br, conv["conv_id"])], L.GREEN,
         [(br + 8, msgs["conv_id"] - 11, "N"), (br + 22, conv["conv_id"] + 11, "1")])
    L.save(fig, os.path.join(HERE, "schema.svg"))


def grid(ax, x, top, title, cols, rows, colour):
    """A small table: a title, a tinted header row, then one cell per column in every row.
    `cols` is a list of (header, width)."""
    total = sum(w for _, w in cols)
    ax.text(x + total / 2, top + 10, title, ha="center", va="center", fontsize=13, fontweight="bold",
            color=L.INK)
    for i, row in enumerate([[h for h, _ in cols]] + rows):
        y, left = top - ROW * (i + 1), x
        for value, (_, w) in zip(row, cols):
            ax.add_patch(Rectangle((left, y), w, ROW, facecolor=colour if i == 0 else "none",
                                   alpha=0.25 if i == 0 else 1, edgecolor="none"))
            ax.add_patch(Rectangle((left, y), w, ROW, facecolor="none", edgecolor=L.INK, linewidth=0.8))
            ax.text(left + w / 2, y + ROW / 2, value, ha="center", va="center", fontsize=12.5, color=L.INK,
                    fontweight="bold" if i == 0 else "normal")
            left += w


def fanout_diagram():
    fig, ax = canvas(436, 300)
    grid(ax, 4, 278, "ratings of conversation 1", [("conv_id", 70), ("msg_id", 70), ("rating", 70)],
         [("1", "2", "-1"), ("1", "4", "-1")], L.ORANGE)
    grid(ax, 262, 278, "its tags", [("conv_id", 70), ("tag", 100)], [("1", "billing"), ("1", "refund")],
         L.GREEN)
    ax.text(238, 246, "×", fontsize=20, ha="center", va="center", color=L.INK)
    ax.annotate("", xy=(218, 164), xytext=(218, 206),
                arrowprops=dict(arrowstyle="-|>", color=L.INK, linewidth=1.4, mutation_scale=14))
    ax.text(229, 185, "JOIN ON conv_id", fontsize=12.5, ha="left", va="center", color=L.INK)
    grid(ax, 98, 140, "joined rows", [("msg_id", 70), ("tag", 100), ("rating", 70)],
         [("2", "billing", "-1"), ("2", "refund", "-1"), ("4", "billing", "-1"), ("4", "refund", "-1")],
         L.PURPLE)
    ax.text(218, 14, "COUNT(*) = 4 rows, but only 2 ratings exist", ha="center", va="center", fontsize=13,
            color=L.INK, fontweight="bold")
    L.save(fig, os.path.join(HERE, "fanout.svg"))


def leakage_curve():
    fig, ax = L.plt.subplots(figsize=(6.6, 3.8))
    ns = list(range(1, 11))
    # At n = 1 all three curves sit at 0: nested markers (square, ring, dot) keep each one visible.
    ax.plot(ns, [0] * len(ns), marker="s", markersize=11, markerfacecolor="none", color=L.GREEN,
            label="split by user (any q)", zorder=2)
    for q, colour, size, face in [(0.2, L.ORANGE, 8, "none"), (0.5, L.PURPLE, 4, None)]:
        ax.plot(ns, [1 - q ** (n - 1) for n in ns], marker="o", markersize=size, color=colour,
                markerfacecolor=face if face else colour, zorder=3,
                label=f"split by conversation, eval share q = {q}")
    ax.set_xticks(ns)
    ax.set_ylim(-0.06, 1.06)
    ax.set_xlabel("conversations n by the same user", fontsize=12)
    ax.set_ylabel("P(eval conversation leaks)", fontsize=12)
    ax.tick_params(labelsize=12)
    handles, labels = ax.get_legend_handles_labels()
    ax.legend(handles[1:] + handles[:1], labels[1:] + labels[:1], loc="center right", fontsize=11.5)
    L.save(fig, os.path.join(HERE, "leakage.svg"))


if __name__ == "__main__":
    L.setup()
    schema_diagram()
    fanout_diagram()
    leakage_curve()

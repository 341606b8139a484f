"""Draws this lesson's figures as SVG. Run by `npm run figures` (PYTHONPATH includes scripts/figures)."""
import os

import matplotlib.pyplot as plt
from leetllm_svg import BLUE, save, setup

HERE = os.path.dirname(os.path.abspath(__file__))

setup()
fig, ax = plt.subplots(figsize=(6, 3.2))
ax.plot([0, 1, 2], [0, 1, 4], color=BLUE)
ax.set_xlabel("PLACEHOLDER")
save(fig, os.path.join(HERE, "first.svg"))

"""Draws this lesson's scripted figures as SVG (matplotlib from Debian). Run by `npm run figures`.

computation-graph.svg is hand-written and is not produced here.
"""
import os

import numpy as np

import leetllm_svg as L

HERE = os.path.dirname(os.path.abspath(__file__))


def eta_data():
    """The lesson's 64 past delivery orders: (km, items) -> minutes."""
    rng = np.random.default_rng(0)
    dist, items = rng.uniform(0.5, 6.0, 64), rng.integers(1, 9, 64).astype(float)
    X = np.stack([dist, items], axis=1)
    Y = (3 + 3 * dist + items + rng.normal(0, 1.5, 64))[:, None]
    return X, Y


def train(X, Y, lr, steps=500):
    """Full-batch gradient descent on the 2-2-1 ReLU MLP from the worked example."""
    W1 = np.array([[1.0, -1.0], [0.5, 0.5]]); b1 = np.array([0.5, 0.0])
    W2 = np.array([[2.0], [1.0]]); b2 = np.array([1.0])
    losses = []
    for _ in range(steps):
        z1 = X @ W1 + b1; h = np.maximum(z1, 0.0); y_hat = h @ W2 + b2
        losses.append(np.mean((y_hat - Y) ** 2))
        dy = 2 * (y_hat - Y) / len(Y)
        dW2, db2 = h.T @ dy, dy.sum(0)
        dz1 = np.where(z1 > 0, dy @ W2.T, 0.0)
        dW1, db1 = X.T @ dz1, dz1.sum(0)
        W1 -= lr * dW1; b1 -= lr * db1; W2 -= lr * dW2; b2 -= lr * db2
    return np.array(losses)


def learning_rate_curves():
    X, Y = eta_data()
    fig, ax = L.plt.subplots(figsize=(7.2, 4.0))
    runs = [(1e-4, "lr = 0.0001 (crawls)", L.BLUE),
            (1e-3, "lr = 0.001 (converges)", L.GREEN),
            (1e-2, "lr = 0.01 (blows up, then dead ReLUs)", L.ORANGE)]
    for lr, label, colour in runs:
        ax.plot(train(X, Y, lr), label=label, color=colour)
    ax.axhline(Y.var(), color=L.GREY, linestyle="--", linewidth=1.2)
    ax.text(500, Y.var() * 1.12, "predict-the-mean baseline (28.7)", ha="right",
            color=L.GREY, fontsize=9)
    ax.set_yscale("log")
    ax.set_xlim(0, 500)
    ax.set_xlabel("gradient step")
    ax.set_ylabel("training MSE (minutes²), log scale")
    ax.legend(loc="upper right")
    L.save(fig, os.path.join(HERE, "learning-rates.svg"))


if __name__ == "__main__":
    L.setup()
    learning_rate_curves()

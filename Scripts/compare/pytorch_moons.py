"""W2 in vectorized PyTorch: the moons step of micrograd-bench, as tensors.

The same 100 points (Benchmarks/moons-100.csv), the same initial parameters (read as
JSON from `micrograd-bench --json --workload moons-parameters`, on standard input or
from the file named on the command line), MLP(2, [16, 16, 1]) with ReLU hidden
layers, hinge loss plus 1e-4 * sum(p^2), SGD with lr = 1.0 - 0.9 k / 100. float64,
one thread. Prints one JSON line: the median over runs of each
run's median ms per step (forward, backward, SGD
update), the final accuracy, and the largest difference between its losses and the
Swift hand-written losses.

Usage: python pytorch_moons.py [--quick] [parameters.json]
"""

import csv
import json
import os
import sys
import time
import warnings

warnings.filterwarnings("ignore", message="Failed to initialize NumPy")  # not needed here
import torch  # noqa: E402

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
QUICK = "--quick" in sys.argv
SIZES = [2, 16, 16, 1]


def load_points():
    with open(os.path.join(ROOT, "Benchmarks", "moons-100.csv")) as f:
        rows = list(csv.DictReader(f))
    x = torch.tensor([[float(r["x"]), float(r["y"])] for r in rows], dtype=torch.float64)
    y = torch.tensor([float(r["label"]) for r in rows], dtype=torch.float64)
    return x, y


def layers_from(flat):
    """Weights (out x in) and biases from micrograd's order: per neuron, weights then bias."""
    layers, at = [], 0
    for fan_in, width in zip(SIZES, SIZES[1:]):
        block = torch.tensor(flat[at:at + width * (fan_in + 1)], dtype=torch.float64)
        block = block.reshape(width, fan_in + 1)
        layers.append((block[:, :fan_in].clone().requires_grad_(),
                       block[:, fan_in].clone().requires_grad_()))
        at += width * (fan_in + 1)
    assert at == len(flat), f"expected {at} parameters, got {len(flat)}"
    return layers


def train(flat, x, y, steps):
    layers = layers_from(flat)
    params = [p for layer in layers for p in layer]
    losses, times = [], []
    scores = None
    for k in range(steps):
        start = time.perf_counter()
        h = x
        for i, (w, b) in enumerate(layers):
            h = h @ w.T + b
            if i < len(layers) - 1:
                h = torch.relu(h)
        scores = h[:, 0]
        loss = torch.relu(1 - y * scores).mean() + 1e-4 * sum((p * p).sum() for p in params)
        for p in params:
            p.grad = None
        loss.backward()
        lr = 1.0 - 0.9 * k / 100
        with torch.no_grad():
            for p in params:
                p -= lr * p.grad
        times.append(time.perf_counter() - start)
        losses.append(loss.item())
    with torch.no_grad():
        h = x
        for i, (w, b) in enumerate(layers):
            h = h @ w.T + b
            if i < len(layers) - 1:
                h = torch.relu(h)
        accuracy = ((h[:, 0] > 0) == (y > 0)).double().mean().item()
    return sorted(times)[len(times) // 2], losses, accuracy


def main():
    torch.set_num_threads(1)
    args = [a for a in sys.argv[1:] if a != "--quick"]
    text = open(args[0]).read() if args else sys.stdin.read()
    record = next(r for r in map(json.loads, text.splitlines() if text.strip() else [])
                  if r.get("workload") == "moons-parameters")
    x, y = load_points()
    steps = len(record["losses"])
    runs = [train(record["parameters"], x, y, steps) for _ in range(2 if QUICK else 5)]
    timed = sorted(runs[1:] or runs, key=lambda r: r[0])  # the first run warms up
    seconds, losses, accuracy = timed[len(timed) // 2]
    difference = max(abs(a - b) for a, b in zip(losses, record["losses"]))
    print(json.dumps({"workload": "W2-pytorch", "ms_per_step": seconds * 1e3,
                      "final_accuracy": accuracy, "steps": steps,
                      "max_loss_difference": difference, "torch": torch.__version__,
                      "threads": torch.get_num_threads()}))


if __name__ == "__main__":
    main()

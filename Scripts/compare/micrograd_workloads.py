#!/usr/bin/env python3
"""The standard workloads (W1-W4) in micrograd 0.1.0, for Scripts/compare-micrograd.sh.

Prints one JSON object per workload, in the same shape as `micrograd-bench --json`.
The moons points are read from Benchmarks/moons-100.csv, the file the Swift benchmark
was generated from, so both sides train on the same 100 points.

Garbage collection is turned off while timing (micrograd's graphs are full of
reference cycles, and the cyclic collector otherwise dominates W2: DESIGN.md measured
260 ms per step with GC off and 1954 ms with it on).
"""
import csv
import gc
import json
import math
import os
import random
import statistics
import sys
import time

from micrograd.engine import Value
from micrograd.nn import MLP



def _tanh(self):
    """tanh exactly as the lecture adds it to Value (micrograd 0.1.0 ships only relu)."""
    x = self.data
    t = (math.exp(2 * x) - 1) / (math.exp(2 * x) + 1)
    out = Value(t, (self,), "tanh")

    def _backward():
        self.grad += (1 - t**2) * out.grad

    out._backward = _backward
    return out


Value.tanh = _tanh

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
QUICK = "--quick" in sys.argv


def median_seconds(body, repetitions, warmups=1):
    for _ in range(warmups):
        body()
    samples = []
    for _ in range(repetitions):
        start = time.perf_counter()
        body()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def readme():
    a = Value(-4.0)
    b = Value(2.0)
    c = a + b
    d = a * b + b**3
    c += c + 1
    c += 1 + c + (-a)
    d += d * 2 + (b + a).relu()
    d += 3 * d + (b - a).relu()
    e = c - d
    f = e**2
    g = f / 2.0
    g += 10.0 / f
    g.backward()
    return g.data, a.grad, b.grad


def deep_chain(n):
    x = Value(0.5)
    y = x
    for _ in range(n):
        y = (y * 0.5).tanh() * 2.0
    y.backward()
    return x.grad


def wide_sum(ws, xs):
    s = ws[0] * xs[0]
    for w, x in zip(ws[1:], xs[1:]):
        s = s + w * x
    s.backward()
    return ws[1].grad


def deepest_chain():
    """The largest W3 n (in steps of 10) that micrograd survives."""
    n = 10
    while True:
        try:
            deep_chain(n + 10)
        except RecursionError:
            return n
        n += 10


def moons_step_ms(steps):
    with open(os.path.join(ROOT, "Benchmarks", "moons-100.csv")) as f:
        rows = list(csv.DictReader(f))
    X = [(float(r["x"]), float(r["y"])) for r in rows]
    Y = [float(r["label"]) for r in rows]
    random.seed(1337)
    model = MLP(2, [16, 16, 1])
    times = []
    accuracy = 0.0
    for k in range(steps):
        start = time.perf_counter()
        inputs = [list(map(Value, xrow)) for xrow in X]
        scores = list(map(model, inputs))
        losses = [(1 + -yi * scorei).relu() for yi, scorei in zip(Y, scores)]
        data_loss = sum(losses) * (1.0 / len(losses))
        reg_loss = 1e-4 * sum((p * p for p in model.parameters()))
        total_loss = data_loss + reg_loss
        accuracy = sum((yi > 0) == (s.data > 0) for yi, s in zip(Y, scores)) / len(Y)
        model.zero_grad()
        total_loss.backward()
        learning_rate = 1.0 - 0.9 * k / 100
        for p in model.parameters():
            p.data -= learning_rate * p.grad
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1e3, accuracy


def main():
    sys.setrecursionlimit(1000)  # Python's default, stated so the depth figure means it
    gc.disable()
    reps = 3 if QUICK else 9
    g, da, db = readme()
    iterations = 2000
    w1 = median_seconds(lambda: [readme() for _ in range(iterations)], reps) / iterations
    print(json.dumps({"workload": "W1", "us_per_iter": w1 * 1e6, "ok": abs(g - 24.7041) < 1e-4}))

    ms, accuracy = moons_step_ms(20 if QUICK else 100)
    print(json.dumps({"workload": "W2", "ms_per_step": ms, "final_accuracy": accuracy}))

    # Chains deeper than about 330 repetitions die in micrograd's recursive sort,
    # so W3 and W4 run at sizes it survives.
    n3 = 100
    w3 = median_seconds(lambda: deep_chain(n3), reps)
    print(json.dumps({"workload": "W3", "ns_per_node": w3 / (3 * n3) * 1e9, "n": n3}))

    n4 = 300
    ws = [Value((i % 7) * 0.1 - 0.3) for i in range(n4)]
    xs = [Value((i % 5) * 0.2 - 0.4) for i in range(n4)]
    w4 = median_seconds(lambda: wide_sum(ws, xs), reps)
    print(json.dumps({"workload": "W4", "ns_per_node": w4 / (2 * n4 - 1) * 1e9, "n": n4}))

    print(json.dumps({"workload": "W3-deep", "deepest_n": deepest_chain()}))


if __name__ == "__main__":
    main()

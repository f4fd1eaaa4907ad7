#!/usr/bin/env python3
"""Prints the PyTorch reference values that Tests/MicrogradNNTests/PyTorchReferenceTests.swift
checks: cross_entropy, huber_loss, Adam, AdamW, SGD (Nesterov, weight decay) and
clip_grad_norm_.

Run once, with PyTorch installed (`pip install torch`):

    python3 Scripts/pytorch-references.py

and copy the numbers into the tests. Everything is in float64, so the Swift code (in
Double) must agree to about 1e-12. The values in the tests were made with torch 2.15.0.
"""
import torch

torch.set_default_dtype(torch.float64)
torch.set_printoptions(precision=17)


def show(name, tensor):
    values = tensor.detach().reshape(-1).tolist()
    print(f"{name} = [{', '.join(repr(v) for v in values)}]")


print("# cross_entropy, mean over 3 examples; the third has huge logits")
logits = torch.tensor(
    [[1.0, 2.0, 0.5], [-1.0, 0.0, 3.0], [1000.0, 0.0, -1000.0]], requires_grad=True)
labels = torch.tensor([1, 0, 2])
loss = torch.nn.functional.cross_entropy(logits, labels)
loss.backward()
show("crossEntropy", loss)
show("crossEntropyGrad", logits.grad)

print("# huber_loss, mean, delta 1 and delta 0.5")
predictions = [0.5, 2.0, -3.0, 0.1, 1.25]
targets = torch.tensor([0.0, 0.0, 0.0, 1.5, 1.0])
for delta in (1.0, 0.5):
    p = torch.tensor(predictions, requires_grad=True)
    loss = torch.nn.functional.huber_loss(p, targets, delta=delta)
    loss.backward()
    show(f"huber{delta}", loss)
    show(f"huber{delta}Grad", p.grad)


def objective(p):
    """(p0·p1 − 1)² + 0.5·p2² + sin(p0): the same expression in the Swift tests."""
    return (p[0] * p[1] - 1) ** 2 + 0.5 * p[2] ** 2 + torch.sin(p[0])


def run(make, steps=3):
    p = torch.tensor([1.0, -2.0, 0.5], requires_grad=True)
    optimizer = make([p])
    for k in range(steps):
        optimizer.zero_grad()
        objective(p).backward()
        optimizer.step()
        show(f"  after step {k + 1}", p)
    return optimizer, p


print("# Adam(lr=0.1), 3 steps")
optimizer, p = run(lambda ps: torch.optim.Adam(ps, lr=0.1))
show("adamExpAvg", optimizer.state[p]["exp_avg"])
show("adamExpAvgSq", optimizer.state[p]["exp_avg_sq"])

print("# AdamW(lr=0.1, weight_decay=0.1), 3 steps")
optimizer, p = run(lambda ps: torch.optim.AdamW(ps, lr=0.1, weight_decay=0.1))
show("adamWExpAvg", optimizer.state[p]["exp_avg"])
show("adamWExpAvgSq", optimizer.state[p]["exp_avg_sq"])

print("# SGD(lr=0.1, momentum=0.9, nesterov=True, weight_decay=0.05), 3 steps")
optimizer, p = run(
    lambda ps: torch.optim.SGD(ps, lr=0.1, momentum=0.9, nesterov=True, weight_decay=0.05))
show("sgdMomentumBuffer", optimizer.state[p]["momentum_buffer"])

print("# clip_grad_norm_(max_norm=5) of gradients (3, 4, 12) in two tensors, and of (0.3, 0.4)")
a = torch.tensor([1.0, 1.0], requires_grad=True)
b = torch.tensor([1.0], requires_grad=True)
a.grad = torch.tensor([3.0, 4.0])
b.grad = torch.tensor([12.0])
norm = torch.nn.utils.clip_grad_norm_([a, b], max_norm=5.0)
show("clipNorm", norm)
show("clipGrads", torch.cat([a.grad, b.grad]))
c = torch.tensor([1.0, 1.0], requires_grad=True)
c.grad = torch.tensor([0.3, 0.4])
norm = torch.nn.utils.clip_grad_norm_([c], max_norm=5.0)
show("smallNorm", norm)
show("smallGrads", c.grad)

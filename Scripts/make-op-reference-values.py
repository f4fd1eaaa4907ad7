#!/usr/bin/env python3
"""Prints Tests/MicrogradTests/OpReferenceValues.swift: every op's value and gradient at
edge inputs (±0, ±1, tiny, large, ±inf, NaN, kinks, poles, domain edges), as PyTorch
computes them in float64 and in float32, for OpReferenceTests.swift to compare with.

    python3 Scripts/make-op-reference-values.py > Tests/MicrogradTests/OpReferenceValues.swift

Each op is the PyTorch function a learner would reach for, called on 0-d tensors with
requires_grad, and differentiated by torch.autograd (backward of the scalar output).
PyTorch has no gamma function and no exp10: gamma's value is Python's math.gamma (C's
tgamma; inf or NaN where it raises, as C's tgamma returns) and its derivative is that
value times torch.digamma; exp10 is torch.pow(10, x).

Where PyTorch's own formula cancels and loses most of its digits (sigmoid's σ(1 - σ),
gelu's ½(1 + erf(x/√2)) for negative x, 1 - x² near ±1, softsign composed from abs and
division), the package computes the function more accurately, and
the row holds instead the value and derivative from mpmath at 40 digits, rounded to the
type, and is marked `mpmath` in a fifth field. Those points are listed in EXACT below.
"""

import math
import sys

import mpmath
import torch

inf, nan = math.inf, math.nan

# Edge inputs common to every one-input op; each op adds its own kinks, poles and edges.
COMMON = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -3.0, 10.0, -10.0, 100.0, -100.0,
          1000.0, -1000.0, 1e-8, -1e-8, 1e-300, 1e300, -1e300, inf, -inf, nan]

F = torch.nn.functional


def gamma_ref(t):
    # The value by C's tgamma semantics; the derivative Γ·ψ through torch.digamma.
    x = t.item()
    try:
        g = math.gamma(x)
    except (ValueError, OverflowError):
        if x == 0:
            g = math.copysign(inf, x)
        elif x == inf or (x > 0):
            g = inf
        else:
            g = nan
    return GammaValue(g, t)


class GammaValue:
    def __init__(self, g, t):
        self.g, self.t = g, t


UNARY = {
    # old ops
    "exp": (torch.exp, [709.0, 710.0, 88.0, 89.0]),
    "log": (torch.log, [1e-320]),
    "sqrt": (torch.sqrt, [4.0]),
    "tanh": (torch.tanh, [19.0, 20.0]),
    "sigmoid": (torch.sigmoid, [40.0, -40.0, 800.0]),
    "relu": (torch.relu, []),
    "softplus": (F.softplus, [40.0, -40.0, 800.0]),
    "abs": (torch.abs, []),
    "sin": (torch.sin, [math.pi]),
    "cos": (torch.cos, [math.pi]),
    "-x": (lambda t: -t, []),
    "x + 2.5": (lambda t: t + 2.5, []),
    "x - 2.5": (lambda t: t - 2.5, []),
    "2.5 - x": (lambda t: 2.5 - t, []),
    "x * 2.5": (lambda t: t * 2.5, []),
    "x / 2.5": (lambda t: t / 2.5, []),
    "2.5 / x": (lambda t: 2.5 / t, []),
    "x.pow(2)": (lambda t: t ** 2.0, []),
    "x.pow(3)": (lambda t: t ** 3.0, []),
    "x.pow(0)": (lambda t: t ** 0.0, []),
    "x.pow(0.5)": (lambda t: t ** 0.5, []),
    "x.pow(-1)": (lambda t: t ** -1.0, []),
    "x.pow(-2.5)": (lambda t: t ** -2.5, []),
    # new ops
    "expm1": (torch.expm1, [710.0]),
    "exp2": (torch.exp2, [1024.0, 128.0, -1075.0]),
    "exp10": (lambda t: torch.pow(10.0, t), [308.0, 309.0, 38.0, 39.0, -3.0]),
    "log1p": (torch.log1p, [-0.999999, -2.0, -1.0 - 1e-9]),
    "log2": (torch.log2, [8.0, 1e-320]),
    "log10": (torch.log10, [1000.0]),
    "tan": (torch.tan, [math.pi / 2, math.pi / 4]),
    "asin": (torch.asin, [1.0 - 1e-9, 1.0 + 1e-9]),
    "acos": (torch.acos, [1.0 - 1e-9, 1.0 + 1e-9]),
    "atan": (torch.atan, []),
    "sinh": (torch.sinh, [710.0, 711.0, 89.0, 90.0]),
    "cosh": (torch.cosh, [710.0, 711.0, 89.0, 90.0]),
    "asinh": (torch.asinh, [1e200]),
    "acosh": (torch.acosh, [1.0 + 1e-9, 0.999]),
    "atanh": (torch.atanh, [1.0 - 1e-9, 0.999]),
    "erf": (torch.erf, [3.0, 6.0, -6.0, 27.0]),
    "erfc": (torch.erfc, [3.0, 6.0, 27.0, 30.0]),
    "gamma": (gamma_ref, [3.0, 4.5, -2.5, -2.0, -0.5, 171.0, 172.0, 35.0, 36.0, 1e-10]),
    "logGamma": (torch.lgamma, [-2.0, -2.5, -0.5, 1e-10, 1e10, 3.0, 4.5]),
    "leakyReLU(slope: 0.2)": (lambda t: F.leaky_relu(t, 0.2), []),
    "elu(alpha: 1.5)": (lambda t: F.elu(t, 1.5), [-40.0]),
    "gelu": (F.gelu, [-40.0, 40.0, -5.0]),
    "silu": (F.silu, [-40.0, 40.0, -800.0, 800.0]),
    "softsign": (F.softsign, []),
    "clamp(-1, 2)": (lambda t: torch.clamp(t, -1.0, 2.0), [1.5, -1.5, 2.5]),
}

BINARY_POINTS = [0.0, -0.0, 1.0, -1.0, 2.0, -2.5, 1e-300, 1e300, inf, -inf, nan]
BINARY = {
    "x + y": lambda a, b: a + b,
    "x - y": lambda a, b: a - b,
    "x * y": lambda a, b: a * b,
    "x / y": lambda a, b: a / b,
    "x.pow(y)": torch.pow,
    "atan2(y, x)": torch.atan2,
    "hypot": torch.hypot,
    "maximum": torch.maximum,
    "minimum": torch.minimum,
}

LISTS = [[1.0, 2.0, 3.0], [3.0, 3.0, 1.0], [2.0], [0.0, -0.0], [nan, 1.0, nan],
         [1.0, nan, 3.0], [inf, 1.0], [1.0, inf, -inf], [-inf, -inf], [1000.0, 1000.0],
         [-1000.0, 0.0], [1e300, 1e300], [-2.0, 0.5, -2.0, 7.0]]
NARY = {
    "sum": lambda t: t.sum(),
    "mean": lambda t: t.mean(),
    "max": lambda t: t.max(),
    "min": lambda t: t.min(),
    "logSumExp": lambda t: torch.logsumexp(t, 0),
    "dot": lambda t: torch.dot(t[: len(t) // 2], t[len(t) // 2:]),
}


mp = mpmath.mp
mp.dps = 40


def _sigmoid(x):
    return 1 / (1 + mp.exp(-x))


def _cdf(x):
    return mp.erfc(-x / mp.sqrt(2)) / 2


def _pdf(x):
    return mp.exp(-x * x / 2) / mp.sqrt(2 * mp.pi)


# op: (where PyTorch cancels, exact value, exact derivative), for |x| ≤ 10⁴.
EXACT = {
    "sigmoid": (lambda x: 5 <= abs(x), _sigmoid, lambda x: _sigmoid(x) * _sigmoid(-x)),
    "gelu": (lambda x: x <= -3, lambda x: x * _cdf(x), lambda x: _cdf(x) + x * _pdf(x)),
    "silu": (lambda x: x <= -20, lambda x: x * _sigmoid(x),
             lambda x: _sigmoid(x) * (1 + x * _sigmoid(-x))),
    "softsign": (lambda x: 10 <= abs(x), lambda x: x / (1 + abs(x)),
                 lambda x: 1 / (1 + abs(x)) ** 2),
    "asin": (lambda x: 0.99 <= abs(x) < 1, mp.asin, lambda x: 1 / mp.sqrt(1 - x * x)),
    "acos": (lambda x: 0.99 <= abs(x) < 1, mp.acos, lambda x: -1 / mp.sqrt(1 - x * x)),
    "acosh": (lambda x: 1 < x <= 1.01, mp.acosh, lambda x: 1 / mp.sqrt(x * x - 1)),
    "atanh": (lambda x: 0.99 <= abs(x) < 1, mp.atanh, lambda x: 1 / (1 - x * x)),
}


def number(x):
    if math.isnan(x):
        return "nan"
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    return repr(float(x))


def rows(dtype):
    out = []

    def emit(op, inputs, value, grads, source=None):
        fields = [op, " ".join(map(number, inputs)), number(value), " ".join(map(number, grads))]
        out.append(" | ".join(fields + ([source] if source else [])))

    def rounded(x):
        return torch.tensor(float(x), dtype=dtype).item()

    def leaf(x):
        return torch.tensor(x, dtype=dtype, requires_grad=True)

    for op, (f, extra) in UNARY.items():
        seen = set()
        for x in COMMON + extra:
            t = leaf(x)
            key = (t.item(), math.copysign(1, t.item()) if not math.isnan(t.item()) else 0)
            if key in seen:
                continue
            seen.add(key)
            x = t.item()
            if op in EXACT and abs(x) <= 1e4 and EXACT[op][0](x):
                _, value, derivative = EXACT[op]
                exact = mpmath.mpf(x)
                emit(op, [x], rounded(value(exact)), [rounded(derivative(exact))], "mpmath")
                continue
            y = f(t)
            if isinstance(y, GammaValue):
                g = torch.tensor(y.g, dtype=dtype).item()  # rounds to the dtype
                d = (torch.tensor(g, dtype=dtype) * torch.digamma(t.detach())).item()
                emit(op, [t.item()], g, [d])
                continue
            y.backward()
            emit(op, [t.item()], y.item(), [t.grad.item()])
    for op, f in BINARY.items():
        for x in BINARY_POINTS:
            for y in BINARY_POINTS:
                a, b = leaf(x), leaf(y)
                z = f(a, b)
                z.backward()
                emit(op, [a.item(), b.item()], z.item(), [a.grad.item(), b.grad.item()])
    for op, f in NARY.items():
        for values in LISTS:
            if op == "dot" and len(values) % 2:
                continue
            t = leaf(values)
            y = f(t)
            y.backward()
            emit(op, t.tolist(), y.item(), t.grad.tolist())
    return out


def main():
    w = sys.stdout.write
    w("// Generated by Scripts/make-op-reference-values.py with PyTorch "
      f"{torch.__version__.split('+')[0]}: do not edit.\n")
    w("//\n// One op per line: the op, its inputs, PyTorch's value and gradient (one partial\n"
      "// per input), separated by ` | `; the numbers of a list are separated by spaces. A fifth\n"
      "// field `mpmath` marks a row whose values come from mpmath, not PyTorch (see the script).\n\n")
    for name, dtype in [("double", torch.float64), ("float", torch.float32)]:
        w(f"/// PyTorch's values and gradients in {dtype}.\n")
        w(f"let opReferenceValues{name.capitalize()} = \"\"\"\n")
        for line in rows(dtype):
            w("  " + line + "\n")
        w("  \"\"\"\n")
        if name == "double":
            w("\n")


main()

#!/usr/bin/env bash
# Runs the standard workloads in swift-micrograd and in Karpathy's micrograd 0.1.0 on
# this machine, and prints a table with both sides and the speed-up.
#
# For people, not CI: it makes a virtual environment in .build-compare/venv and
# installs micrograd==0.1.0 from PyPI. Both sides train W2 on the same 100 points
# (Benchmarks/moons-100.csv, written once by Scripts/make-moons-data.py).
#
# It also installs torch (the CPU wheel from PyPI) in the same environment and runs
# W2 as vectorized PyTorch (Scripts/compare/pytorch_moons.py): float64, one thread,
# from the same initial parameters, which micrograd-bench prints
# (--workload moons-parameters). Skip it with --no-torch.
#
# Usage: Scripts/compare-micrograd.sh [--quick] [--no-torch]
set -euo pipefail
cd "$(dirname "$0")/.."
quick=""
torch=1
for argument in "$@"; do
  case "$argument" in
    --quick) quick="--quick" ;;
    --no-torch) torch=0 ;;
    *) echo "usage: Scripts/compare-micrograd.sh [--quick] [--no-torch]" >&2; exit 2 ;;
  esac
done

venv=.build-compare/venv
if [ ! -x "$venv/bin/python" ]; then
  echo "==> making $venv and installing micrograd==0.1.0" >&2
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet micrograd==0.1.0
fi
if [ "$torch" = 1 ] && ! "$venv/bin/python" -c "import torch" 2>/dev/null; then
  echo "==> installing torch in $venv" >&2
  "$venv/bin/pip" install --quiet torch
fi

echo "==> building micrograd-bench (release)" >&2
swift build -c release --product micrograd-bench >&2
echo "==> running Swift" >&2
.build/release/micrograd-bench --json $quick --workload W1,W2,W2-compiled,W3,W4 \
  > .build-compare/swift.jsonl
echo "==> running Python (micrograd 0.1.0, GC off)" >&2
"$venv/bin/python" Scripts/compare/micrograd_workloads.py $quick > .build-compare/python.jsonl
: > .build-compare/pytorch.jsonl
if [ "$torch" = 1 ]; then
  echo "==> running PyTorch (vectorized W2, float64, one thread)" >&2
  .build/release/micrograd-bench --json $quick --workload moons-parameters \
    > .build-compare/moons-parameters.jsonl
  "$venv/bin/python" Scripts/compare/pytorch_moons.py $quick \
    .build-compare/moons-parameters.jsonl > .build-compare/pytorch.jsonl
fi

python3 - .build-compare/swift.jsonl .build-compare/python.jsonl .build-compare/pytorch.jsonl <<'PY'
import json, sys
swift = {r["workload"]: r for r in map(json.loads, open(sys.argv[1]))}
python = {r["workload"]: r for r in map(json.loads, open(sys.argv[2]))}
pytorch = {r["workload"]: r for r in map(json.loads, open(sys.argv[3]))}
rows = [("W1", "us_per_iter", "µs per build+backward"),
        ("W2", "ms_per_step", "ms per moons step"),
        ("W3", "ns_per_node", "ns per node, deep chain"),
        ("W4", "ns_per_node", "ns per node, wide sum")]
print(f"| workload | measure | micrograd 0.1.0 (Python) | swift-micrograd | speed-up |")
print(f"|---|---|---|---|---|")
for name, key, label in rows:
    p, s = python[name][key], swift[name][key]
    print(f"| {name} | {label} | {p:,.4g} | {s:,.4g} | {p / s:,.0f}× |")
deep = python["W3-deep"]["deepest_n"]
print(f"| W3-deep | deepest chain | dies past n = {deep} ({3 * deep} nodes, RecursionError) | n = 1e7 (3e7 nodes) survives | |")
print()
print(f"Swift W2 is {swift['W2']['ratio_to_handwritten']:.0f}× the handwritten baseline "
      f"({swift['W2']['handwritten_ms_per_step']:.4f} ms per step) in the same process.")
compiled = swift["W2-compiled"]
print(f"Swift W2 from a compiled tape: {compiled['ms_per_step']:.4f} ms per step, "
      f"{compiled['ratio_to_handwritten']:.1f}× the handwritten baseline.")
if "W2-pytorch" in pytorch:
    t = pytorch["W2-pytorch"]
    print()
    print("| W2, ms per moons step | vectorized PyTorch (float64, 1 thread) | swift-micrograd eager | swift-micrograd compiled | handwritten Swift |")
    print("|---|---|---|---|---|")
    print(f"| {swift['W2']['steps']} steps | {t['ms_per_step']:.4f} | {swift['W2']['ms_per_step']:.4f} | "
          f"{compiled['ms_per_step']:.4f} | {compiled['handwritten_ms_per_step']:.4f} |")
    print()
    print(f"PyTorch {t['torch']}: final accuracy {t['final_accuracy']:.2f} "
          f"(Swift {compiled['final_accuracy']:.2f}); its losses are within "
          f"{t['max_loss_difference']:.1e} of Swift's handwritten ones. Compiled Swift is "
          f"{t['ms_per_step'] / compiled['ms_per_step']:.1f}× as fast as PyTorch here.")
PY

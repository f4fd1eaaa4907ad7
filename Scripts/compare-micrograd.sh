#!/usr/bin/env bash
# Runs the standard workloads in swift-micrograd and in Karpathy's micrograd 0.1.0 on
# this machine, and prints a table with both sides and the speed-up.
#
# For people, not CI: it makes a virtual environment in .build-compare/venv and
# installs micrograd==0.1.0 from PyPI. Both sides train W2 on the same 100 points
# (Benchmarks/moons-100.csv, written once by Scripts/make-moons-data.py).
#
# Usage: Scripts/compare-micrograd.sh [--quick]
set -euo pipefail
cd "$(dirname "$0")/.."
quick=""
[ "${1:-}" = "--quick" ] && quick="--quick"

venv=.build-compare/venv
if [ ! -x "$venv/bin/python" ]; then
  echo "==> making $venv and installing micrograd==0.1.0" >&2
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet micrograd==0.1.0
fi

echo "==> building micrograd-bench (release)" >&2
swift build -c release --product micrograd-bench >&2
echo "==> running Swift" >&2
.build/release/micrograd-bench --json $quick --workload W1,W2,W3,W4 > .build-compare/swift.jsonl
echo "==> running Python (micrograd 0.1.0, GC off)" >&2
"$venv/bin/python" Scripts/compare/micrograd_workloads.py $quick > .build-compare/python.jsonl

python3 - .build-compare/swift.jsonl .build-compare/python.jsonl <<'PY'
import json, sys
swift = {r["workload"]: r for r in map(json.loads, open(sys.argv[1]))}
python = {r["workload"]: r for r in map(json.loads, open(sys.argv[2]))}
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
PY

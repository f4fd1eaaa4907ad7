#!/usr/bin/env bash
# Swift's own `_Differentiation` against swift-micrograd on the small functions R and F
# and on W1, each as a multiple of the same hand-written derivative timed in the same
# process (DESIGN.md's workloads; Benchmarks.md defines the rows).
#
# The `_Differentiation` side (Scripts/compare/differentiation.swift) is compiled with
# `swiftc -O` outside the package: the package does not import the module, which
# Xcode's default toolchain lacks. For people, not CI.
#
# Usage: Scripts/compare-differentiation.sh [--quick]
set -euo pipefail
cd "$(dirname "$0")/.."
quick=""
case "${1:-}" in
  --quick) quick="--quick" ;;
  "") ;;
  *) echo "usage: Scripts/compare-differentiation.sh [--quick]" >&2; exit 2 ;;
esac

out=.build-compare/differentiation
mkdir -p "$out"
echo "==> compiling Scripts/compare/differentiation.swift with swiftc -O" >&2
swiftc -O -module-name CompareDifferentiation \
  Scripts/compare/differentiation.swift -o "$out/compare" 2>&1 | grep -v '^$' >&2 || true
echo "==> building micrograd-bench (release)" >&2
swift build -c release --product micrograd-bench >&2

echo
echo "Swift _Differentiation (gradient(at:of:)):"
"$out/compare" $quick
echo
echo "swift-micrograd (micrograd-bench, the same hand-written baselines):"
.build/release/micrograd-bench $quick --workload R,F,W1,W1-compiled

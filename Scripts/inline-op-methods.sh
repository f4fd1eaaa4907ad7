#!/usr/bin/env bash
# Marks every public method and operator that an op file declares in an extension of
# `DifferentiableScalar` (or `Differentiable`) `@inline(__always)`: the tracers' `apply`
# is large (SIMD lanes), and without this the optimiser keeps `x - y` as a call that
# passes 100-byte values through memory (measured: F's gradient 6.9x -> 2.0x).
set -euo pipefail
cd "$(dirname "$0")/.."
for file in Sources/Micrograd/Ops/*.swift; do
  [ "$(basename "$file")" = LocalGradient.swift ] && continue
  perl -0pi -e 's/^  \@inlinable\n  public (static (?:prefix )?func|func)/  \@inlinable \@inline(__always)\n  public $1/mg' "$file"
done

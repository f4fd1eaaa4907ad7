#!/usr/bin/env bash
# Sets the two attributes every built-in op needs for speed, idempotently; run it after
# adding an op (CONTRIBUTING.md's checklist says so).
#
# 1. `@inline(__always)` on the public methods and operators an op file declares in an
#    extension of `DifferentiableScalar`: the tracers' `apply` is large (SIMD lanes), and
#    without it the optimiser keeps `x - y` as a call that passes 100-byte values
#    through memory (measured: F's gradient 6.9x -> 2.0x hand-written).
# 2. `@_specialize` for Double and Float on each op struct's one-value `forward` (on the
#    line of its `@inlinable`, so that every op carries one line of ceremony): a
#    compiled tape reaches an op without a kernel of its own through a box, a generic
#    class whose methods run unspecialized; the generic `forward` then jumps to these
#    (measured: W1-compiled, whose pow and divisions go through boxes).
# 3. `@_transparent` instead on the arithmetic operators (`+ - * /` and their compound
#    assignments): `@inline(__always)` did not get `x * y` inlined into a generic loss
#    run on `HessianTracer`, whose `apply` is larger still; transparent functions are
#    inlined before specialization (measured with callgrind: the fit's Hessian 241,227
#    -> 179,845 instructions per call).
set -euo pipefail
cd "$(dirname "$0")/.."
for file in Sources/Micrograd/Ops/*.swift; do
  [ "$(basename "$file")" = LocalGradient.swift ] && continue
  perl -0pi -e 's/^  \@inlinable\n  public (static (?:prefix )?func|func)/  \@inlinable \@inline(__always)\n  public $1/mg' "$file"
  perl -0pi -e 's/^  \@inlinable \@inline\(__always\)\n  public static func ([-+*\/]=?) \(/  \@_transparent\n  public static func $1 (/mg' "$file"
  perl -0pi -e 's/^    \@inlinable\n    public func forward\(_ x: Scalar(, _ y: Scalar)?\)/    \@inlinable \@_specialize(where Scalar == Double) \@_specialize(where Scalar == Float)\n    public func forward(_ x: Scalar$1)/mg' "$file"
done

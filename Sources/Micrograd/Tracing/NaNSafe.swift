// The NaN-safe products of forward mode (ForwardDiff.jl's `NANSAFE_MODE`): a tangent
// lane that is 0 means the lane's input does not reach the value, so it stays 0 even
// when the op's partial is infinite or NaN, as the same function gives in reverse mode
// (√x + y at x = 0 has ∂/∂y = 1, not NaN).

/// `tangents · partial`, keeping the lanes whose tangent is 0 at 0.
@inlinable @inline(__always)
func nanSafeScaled<Lanes: SIMD>(_ tangents: Lanes, by partial: Lanes.Scalar) -> Lanes
where Lanes.Scalar: BinaryFloatingPoint {
  if partial.isFinite { return tangents * partial }
  return (tangents * partial).replacing(with: 0, where: tangents .== 0)
}

/// `a · b`, or 0 where `b` is 0, even if `a` is infinite or NaN.
@inlinable @inline(__always)
func nanSafeProduct<T: BinaryFloatingPoint>(_ a: T, _ b: T) -> T { b == 0 ? 0 : a * b }

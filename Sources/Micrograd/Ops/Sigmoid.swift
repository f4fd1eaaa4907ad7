extension Ops {
  /// The logistic sigmoid, σ(x) = 1/(1 + e⁻ˣ): d/dx = σ(x)(1 − σ(x)).
  ///
  /// Only e^−|x| is ever formed, so nothing overflows: σ saturates to 0 or 1 and
  /// its derivative underflows to 0 for large |x|, never NaN. It is formed as e⁻ˣ for
  /// x ≥ 0 and eˣ below, not through |x|, whose derivative at 0 is 0: so the second
  /// derivative at 0 is right too (in `hessian` and nested `Dual`s).
  @frozen
  public struct Sigmoid<Scalar: ScalarMath>: UnaryLocalGradient {
    /// Creates the op.
    @inlinable public init() {}
    /// The name `"sigmoid"`.
    @inlinable public static var name: String { "sigmoid" }
    /// Returns σ(x) and its derivative.
    @inlinable @_specialize(where Scalar == Double) @_specialize(where Scalar == Float)
    public func forward(_ x: Scalar) -> (value: Scalar, dx: Scalar) {
      let z = Scalar.exp(x >= 0 ? -x : x)  // e^−|x|, in (0, 1]
      let s = x >= 0 ? 1 / (1 + z) : z / (1 + z)
      return (s, z / ((1 + z) * (1 + z)))  // = σ(1 − σ), without cancellation
    }
  }
}

extension DifferentiableScalar where Scalar: ScalarMath {
  /// The logistic sigmoid of this value, 1/(1 + e⁻ˣ).
  ///
  /// d/dx = σ(x)(1 − σ(x)). Saturates to 0 or 1, with derivative 0, for large |x|,
  /// without overflow. See ``Ops/Sigmoid``.
  @inlinable @inline(__always)
  public func sigmoid() -> Self { Self.apply(Ops.Sigmoid(), self) }
}

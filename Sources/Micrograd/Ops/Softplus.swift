extension Ops {
  /// The softplus, ln(1 + eˣ), a smooth ReLU: d/dx = σ(x).
  ///
  /// Computed as max(x, 0) + ln(1 + e^−|x|), which neither overflows for large x
  /// nor loses precision for very negative x: x + ln(1 + e⁻ˣ) for x ≥ 0 and ln(1 + eˣ)
  /// below, each smooth through 0, so that the second derivative there is σ′(0) = ¼.
  @frozen
  public struct Softplus<Scalar: ScalarMath>: UnaryLocalGradient {
    /// Creates the op.
    @inlinable public init() {}
    /// The name `"softplus"`.
    @inlinable public static var name: String { "softplus" }
    /// Returns ln(1 + eˣ) and its derivative σ(x).
    @inlinable @_specialize(where Scalar == Double) @_specialize(where Scalar == Float)
    public func forward(_ x: Scalar) -> (value: Scalar, dx: Scalar) {
      let z = Scalar.exp(x >= 0 ? -x : x)  // e^−|x|, without |x|'s derivative 0 at 0
      let value = (x >= 0 ? x : 0) + Scalar.log1p(z)
      let sigmoid = x >= 0 ? 1 / (1 + z) : z / (1 + z)
      return (x.isNaN ? x : value, sigmoid)
    }
  }
}

extension DifferentiableScalar where Scalar: ScalarMath {
  /// The softplus of this value, ln(1 + eˣ).
  ///
  /// A smooth ReLU, with d/dx = σ(x). It neither overflows for large x nor loses
  /// precision for very negative x. See ``Ops/Softplus``.
  @inlinable @inline(__always)
  public func softplus() -> Self { Self.apply(Ops.Softplus(), self) }
}

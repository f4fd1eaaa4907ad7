extension Ops {
  /// The hyperbolic tangent, y = tanh x: d/dx = 1 − y².
  ///
  /// Computed by the C library, which saturates to ±1 for large |x| instead of
  /// forming (e²ˣ − 1)/(e²ˣ + 1) = inf/inf = NaN; the derivative then goes to 0.
  @frozen
  public struct Tanh<Scalar: ScalarMath>: UnaryLocalGradient {
    /// Creates the op.
    @inlinable public init() {}
    /// The name `"tanh"`.
    @inlinable public static var name: String { "tanh" }
    /// Returns tanh x and its derivative 1 − tanh² x.
    @inlinable @_specialize(where Scalar == Double) @_specialize(where Scalar == Float)
    public func forward(_ x: Scalar) -> (value: Scalar, dx: Scalar) {
      let y = Scalar.tanh(x)
      return (y, 1 - y * y)
    }
  }
}

extension DifferentiableScalar where Scalar: ScalarMath {
  /// The hyperbolic tangent of this value.
  ///
  /// d/dx = 1 − tanh² x. Saturates to ±1, with derivative 0, for large |x|.
  /// See ``Ops/Tanh``.
  @inlinable @inline(__always)
  public func tanh() -> Self { Self.apply(Ops.Tanh(), self) }
}

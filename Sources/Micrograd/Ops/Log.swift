extension Ops {
  /// The natural logarithm, ln x: d/dx = 1/x. ln 0 = −inf (with derivative +inf);
  /// ln of a negative number is NaN.
  @frozen
  public struct Log<Scalar: ScalarMath>: UnaryLocalGradient {
    /// Creates the op.
    @inlinable public init() {}
    /// The name `"log"`.
    @inlinable public static var name: String { "log" }
    /// Returns ln x and its derivative 1/x.
    @inlinable @_specialize(where Scalar == Double) @_specialize(where Scalar == Float)
    public func forward(_ x: Scalar) -> (value: Scalar, dx: Scalar) { (Scalar.log(x), 1 / x) }
  }

  /// ln(1 + x), accurate near 0: d/dx = 1/(1 + x).
  ///
  /// −inf at −1, with derivative +inf; NaN below −1, where the derivative 1/(1 + x) is
  /// still returned (negative), as in PyTorch.
  @frozen
  public struct LogOnePlus<Scalar: ScalarMath>: UnaryLocalGradient {
    /// Creates the op.
    @inlinable public init() {}
    /// The name `"log1p"`.
    @inlinable public static var name: String { "log1p" }
    /// Returns ln(1 + x) and its derivative 1/(1 + x).
    @inlinable @_specialize(where Scalar == Double) @_specialize(where Scalar == Float)
    public func forward(_ x: Scalar) -> (value: Scalar, dx: Scalar) {
      (Scalar.log1p(x), 1 / (1 + x))
    }
  }
}

extension DifferentiableScalar where Scalar: ScalarMath {
  /// The natural logarithm of this value.
  ///
  /// d/dx = 1/x. ln 0 = −inf, and the logarithm of a negative number is NaN.
  /// See ``Ops/Log``.
  @inlinable @inline(__always)
  public func log() -> Self { Self.apply(Ops.Log(), self) }
}

extension Ops {
  /// The absolute value, |x|: d/dx = sign(x), with sign(0) = 0 as in PyTorch.
  @frozen
  public struct Abs<Scalar: BinaryFloatingPoint>: UnaryLocalGradient {
    /// Creates the op.
    @inlinable public init() {}
    /// The name `"abs"`.
    @inlinable public static var name: String { "abs" }
    /// Returns |x| and its derivative.
    @inlinable @_specialize(where Scalar == Double) @_specialize(where Scalar == Float)
    public func forward(_ x: Scalar) -> (value: Scalar, dx: Scalar) {
      if x > 0 { return (x, 1) }
      if x < 0 { return (-x, -1) }
      return (x.magnitude, x.isNaN ? x : 0)
    }
  }
}

extension DifferentiableScalar {
  /// The absolute value of this value.
  ///
  /// d/dx = sign(x), with sign(0) = 0 as in PyTorch. See ``Ops/Abs``.
  @inlinable @inline(__always)
  public func abs() -> Self { Self.apply(Ops.Abs(), self) }
}

extension Ops {
  /// The rectified linear unit, max(0, x): d/dx = 1 for x > 0, else 0.
  ///
  /// relu′(0) = 0, as in PyTorch. NaN stays NaN, in the value and the derivative:
  /// a NaN input is never silently turned into 0.
  @frozen
  public struct ReLU<Scalar: BinaryFloatingPoint>: UnaryLocalGradient {
    /// Creates the op.
    @inlinable public init() {}
    /// The name `"ReLU"`, as micrograd draws it.
    @inlinable public static var name: String { "ReLU" }
    /// Returns max(0, x) and its derivative.
    @inlinable @_specialize(where Scalar == Double) @_specialize(where Scalar == Float)
    public func forward(_ x: Scalar) -> (value: Scalar, dx: Scalar) {
      // x > 0: (x, 1); NaN: (x, x); otherwise (0, 0). Written as two selects rather than
      // branches: the sign of a pre-activation is a coin toss that a branch mispredicts.
      let value = x <= 0 ? 0 : x  // NaN compares false, and stays
      return (value, x > 0 ? 1 : value)
    }
  }
}

extension DifferentiableScalar {
  /// The rectified linear unit of this value, max(0, x).
  ///
  /// d/dx is 1 for x > 0 and 0 otherwise, including at 0, as in PyTorch; NaN stays
  /// NaN. See ``Ops/ReLU``.
  @inlinable @inline(__always)
  public func relu() -> Self { Self.apply(Ops.ReLU(), self) }
}

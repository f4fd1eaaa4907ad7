extension Ops {
  /// The square root, √x: d/dx = 1/(2√x). √0 has derivative +inf; √ of a negative
  /// number is NaN.
  @frozen
  public struct SquareRoot<Scalar: BinaryFloatingPoint>: UnaryLocalGradient {
    /// Creates the op.
    @inlinable public init() {}
    /// The name `"sqrt"`.
    @inlinable public static var name: String { "sqrt" }
    /// Returns √x and its derivative.
    @inlinable @_specialize(where Scalar == Double) @_specialize(where Scalar == Float)
    public func forward(_ x: Scalar) -> (value: Scalar, dx: Scalar) {
      let y = x.squareRoot()
      return (y, 1 / (2 * y))
    }
  }
}

extension DifferentiableScalar {
  /// The square root of this value.
  ///
  /// d/dx = 1/(2√x), which is +inf at 0. The square root of a negative number is NaN.
  /// See ``Ops/SquareRoot``.
  @inlinable @inline(__always)
  public func sqrt() -> Self { Self.apply(Ops.SquareRoot(), self) }
}

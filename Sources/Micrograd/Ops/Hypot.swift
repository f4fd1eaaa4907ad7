extension Ops {
  /// The length of the vector (x, y), h = √(x² + y²): ∂/∂x = x/h, ∂/∂y = y/h.
  ///
  /// The value is computed without overflow in the squares. At the origin the partials
  /// are 0/0 = NaN, as in PyTorch's `hypot` (unlike `atan2`, PyTorch does not mask
  /// them). If one input is infinite, the value is +inf (even if the other is NaN) and
  /// the partials are NaN for that input and 0 for a finite other, as in PyTorch.
  @frozen
  public struct Hypot<Scalar: ScalarMath>: BinaryLocalGradient {
    /// Creates the op.
    @inlinable public init() {}
    /// The name `"hypot"`.
    @inlinable public static var name: String { "hypot" }
    /// Returns √(x² + y²) and its partials (x/h, y/h).
    @inlinable @_specialize(where Scalar == Double) @_specialize(where Scalar == Float)
    public func forward(_ x: Scalar, _ y: Scalar) -> (value: Scalar, dx: Scalar, dy: Scalar) {
      let h = Scalar.hypot(x, y)
      return (h, x / h, y / h)
    }
  }
}

extension DifferentiableScalar where Scalar: ScalarMath {
  /// The length √(x² + y²) of the vector (`x`, `y`), without overflow in the squares.
  ///
  /// ∂/∂x = x/h and ∂/∂y = y/h, which are NaN at the origin, as in PyTorch's `hypot`.
  /// See ``Ops/Hypot``.
  @inlinable @inline(__always)
  public static func hypot(_ x: Self, _ y: Self) -> Self { apply(Ops.Hypot(), x, y) }
}

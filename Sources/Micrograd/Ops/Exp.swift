extension Ops {
  /// The exponential, eˣ: d/dx = eˣ. It overflows to +inf past about 709.78 (Double)
  /// or 88.72 (Float), and then so does its derivative.
  @frozen
  public struct Exp<Scalar: ScalarMath>: UnaryLocalGradient {
    /// Creates the op.
    @inlinable public init() {}
    /// The name `"exp"`.
    @inlinable public static var name: String { "exp" }
    /// Returns eˣ and its derivative eˣ.
    @inlinable @_specialize(where Scalar == Double) @_specialize(where Scalar == Float)
    public func forward(_ x: Scalar) -> (value: Scalar, dx: Scalar) {
      let y = Scalar.exp(x)
      return (y, y)
    }
  }

  /// eˣ − 1, accurate near 0: d/dx = eˣ.
  ///
  /// The derivative is formed as y + 1, as in PyTorch: +inf at +inf, 0 at −inf.
  @frozen
  public struct ExpMinusOne<Scalar: ScalarMath>: UnaryLocalGradient {
    /// Creates the op.
    @inlinable public init() {}
    /// The name `"expm1"`.
    @inlinable public static var name: String { "expm1" }
    /// Returns eˣ − 1 and its derivative eˣ (computed as (eˣ − 1) + 1).
    @inlinable @_specialize(where Scalar == Double) @_specialize(where Scalar == Float)
    public func forward(_ x: Scalar) -> (value: Scalar, dx: Scalar) {
      let y = Scalar.expm1(x)
      return (y, y + 1)
    }
  }
}

extension DifferentiableScalar where Scalar: ScalarMath {
  /// e raised to this value.
  ///
  /// d/dx = eˣ. The value and its derivative overflow to +inf past about 709.78
  /// (Double) or 88.72 (Float). See ``Ops/Exp``.
  @inlinable @inline(__always)
  public func exp() -> Self { Self.apply(Ops.Exp(), self) }
}

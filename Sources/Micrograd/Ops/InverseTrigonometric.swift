extension Ops {
  /// The arcsine, asin x: d/dx = 1/√(1 − x²).
  ///
  /// At ±1 the derivative is +inf; outside [−1, 1] the value and derivative are NaN,
  /// as in PyTorch.
  @frozen
  public struct Asin<Scalar: ScalarMath>: UnaryLocalGradient {
    /// Creates the op.
    @inlinable public init() {}
    /// The name `"asin"`.
    @inlinable public static var name: String { "asin" }
    /// Returns asin x and its derivative 1/√(1 − x²).
    @inlinable @_specialize(where Scalar == Double) @_specialize(where Scalar == Float)
    public func forward(_ x: Scalar) -> (value: Scalar, dx: Scalar) {
      // (1 − x)(1 + x) rather than 1 − x², which loses digits near ±1.
      (Scalar.asin(x), 1 / Scalar.sqrt((1 - x) * (1 + x)))
    }
  }

  /// The arccosine, acos x: d/dx = −1/√(1 − x²).
  ///
  /// At ±1 the derivative is −inf; outside [−1, 1] the value and derivative are NaN,
  /// as in PyTorch.
  @frozen
  public struct Acos<Scalar: ScalarMath>: UnaryLocalGradient {
    /// Creates the op.
    @inlinable public init() {}
    /// The name `"acos"`.
    @inlinable public static var name: String { "acos" }
    /// Returns acos x and its derivative −1/√(1 − x²).
    @inlinable @_specialize(where Scalar == Double) @_specialize(where Scalar == Float)
    public func forward(_ x: Scalar) -> (value: Scalar, dx: Scalar) {
      (Scalar.acos(x), -1 / Scalar.sqrt((1 - x) * (1 + x)))
    }
  }

  /// The arctangent, atan x: d/dx = 1/(1 + x²).
  ///
  /// ±π/2 at ±inf, with derivative 0.
  @frozen
  public struct Atan<Scalar: ScalarMath>: UnaryLocalGradient {
    /// Creates the op.
    @inlinable public init() {}
    /// The name `"atan"`.
    @inlinable public static var name: String { "atan" }
    /// Returns atan x and its derivative 1/(1 + x²).
    @inlinable @_specialize(where Scalar == Double) @_specialize(where Scalar == Float)
    public func forward(_ x: Scalar) -> (value: Scalar, dx: Scalar) {
      (Scalar.atan(x), 1 / (1 + x * x))
    }
  }

  /// The angle of the point (x, y), atan2(y, x): ∂/∂y = x/(x² + y²),
  /// ∂/∂x = −y/(x² + y²).
  ///
  /// The inputs are y, then x, as in C and PyTorch. At the origin, where the angle is
  /// undefined, both partials are 0, as in PyTorch (which masks the infinite 1/(x² + y²)
  /// there); the value is ±0 or ±π by the signs of the zeros. The mask is on x² + y² = 0,
  /// so where x² + y² underflows to 0 (|x| and |y| below about 1.5e−162 in `Double`,
  /// 2.6e−23 in `Float`) the partials are 0 too, though the true ones are huge, and where
  /// 1/(x² + y²) overflows (below about 7.5e−155, `Float`: 5.4e−20) they are ±inf; PyTorch
  /// gives the same. Where x² + y² overflows the partials are 0, and at an infinite input
  /// the other partial is NaN, as in PyTorch.
  @frozen
  public struct Atan2<Scalar: ScalarMath>: BinaryLocalGradient {
    /// Creates the op.
    @inlinable public init() {}
    /// The name `"atan2"`.
    @inlinable public static var name: String { "atan2" }
    /// Returns atan2(y, x) and its partials (∂/∂y, ∂/∂x) = (x, −y)/(x² + y²).
    @inlinable
    public func forward(_ y: Scalar, _ x: Scalar) -> (value: Scalar, dx: Scalar, dy: Scalar) {
      let r = x * x + y * y
      let reciprocal = r == 0 ? 0 : 1 / r
      return (Scalar.atan2(y: y, x: x), x * reciprocal, -y * reciprocal)
    }
  }
}

extension DifferentiableScalar where Scalar: ScalarMath {
  /// The arcsine of this value, in radians in [−π/2, π/2].
  ///
  /// d/dx = 1/√(1 − x²), +inf at ±1; NaN outside [−1, 1]. See ``Ops/Asin``.
  @inlinable @inline(__always)
  public func asin() -> Self { Self.apply(Ops.Asin(), self) }

  /// The arccosine of this value, in radians in [0, π].
  ///
  /// d/dx = −1/√(1 − x²), −inf at ±1; NaN outside [−1, 1]. See ``Ops/Acos``.
  @inlinable @inline(__always)
  public func acos() -> Self { Self.apply(Ops.Acos(), self) }

  /// The arctangent of this value, in radians in (−π/2, π/2).
  ///
  /// d/dx = 1/(1 + x²). See ``Ops/Atan``.
  @inlinable @inline(__always)
  public func atan() -> Self { Self.apply(Ops.Atan(), self) }

  /// The angle of the point (`x`, `y`) from the positive x-axis, in radians in [−π, π].
  ///
  /// ∂/∂y = x/(x² + y²) and ∂/∂x = −y/(x² + y²); both are 0 at the origin, and where
  /// x² + y² underflows to 0, as in PyTorch's `atan2`. See ``Ops/Atan2``.
  @inlinable @inline(__always)
  public static func atan2(y: Self, x: Self) -> Self { apply(Ops.Atan2(), y, x) }
}

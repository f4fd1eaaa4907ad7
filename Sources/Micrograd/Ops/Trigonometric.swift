extension Ops {
  /// The sine, sin x: d/dx = cos x.
  @frozen
  public struct Sin<Scalar: ScalarMath>: UnaryLocalGradient {
    /// Creates the op.
    @inlinable public init() {}
    /// The name `"sin"`.
    @inlinable public static var name: String { "sin" }
    /// Returns sin x and its derivative cos x.
    @inlinable @_specialize(where Scalar == Double) @_specialize(where Scalar == Float)
    public func forward(_ x: Scalar) -> (value: Scalar, dx: Scalar) {
      (Scalar.sin(x), Scalar.cos(x))
    }
  }

  /// The cosine, cos x: d/dx = −sin x.
  @frozen
  public struct Cos<Scalar: ScalarMath>: UnaryLocalGradient {
    /// Creates the op.
    @inlinable public init() {}
    /// The name `"cos"`.
    @inlinable public static var name: String { "cos" }
    /// Returns cos x and its derivative −sin x.
    @inlinable @_specialize(where Scalar == Double) @_specialize(where Scalar == Float)
    public func forward(_ x: Scalar) -> (value: Scalar, dx: Scalar) {
      (Scalar.cos(x), -Scalar.sin(x))
    }
  }

  /// The tangent, tan x: d/dx = 1 + tan² x.
  ///
  /// Near the poles at π/2 + kπ the value is large but finite (π/2 is not exact in
  /// floating point); at ±inf the value and derivative are NaN.
  @frozen
  public struct Tan<Scalar: ScalarMath>: UnaryLocalGradient {
    /// Creates the op.
    @inlinable public init() {}
    /// The name `"tan"`.
    @inlinable public static var name: String { "tan" }
    /// Returns tan x and its derivative 1 + tan² x.
    @inlinable @_specialize(where Scalar == Double) @_specialize(where Scalar == Float)
    public func forward(_ x: Scalar) -> (value: Scalar, dx: Scalar) {
      let y = Scalar.tan(x)
      return (y, 1 + y * y)
    }
  }
}

extension DifferentiableScalar where Scalar: ScalarMath {
  /// The sine of this value, in radians.
  ///
  /// d/dx = cos x. See ``Ops/Sin``.
  @inlinable @inline(__always)
  public func sin() -> Self { Self.apply(Ops.Sin(), self) }

  /// The cosine of this value, in radians.
  ///
  /// d/dx = −sin x. See ``Ops/Cos``.
  @inlinable @inline(__always)
  public func cos() -> Self { Self.apply(Ops.Cos(), self) }

  /// The tangent of this value, in radians.
  ///
  /// d/dx = 1 + tan² x. See ``Ops/Tan``.
  @inlinable @inline(__always)
  public func tan() -> Self { Self.apply(Ops.Tan(), self) }
}

// The hyperbolic functions besides tanh (Tanh.swift), and their inverses.

extension Ops {
  /// The hyperbolic sine, sinh x: d/dx = cosh x.
  ///
  /// Overflows to ±inf past about 710.5 (`Double`) or 89.4 (`Float`), and its derivative
  /// to +inf.
  @frozen
  public struct Sinh<Scalar: ScalarMath>: UnaryLocalGradient {
    /// Creates the op.
    @inlinable public init() {}
    /// The name `"sinh"`.
    @inlinable public static var name: String { "sinh" }
    /// Returns sinh x and its derivative cosh x.
    @inlinable @_specialize(where Scalar == Double) @_specialize(where Scalar == Float)
    public func forward(_ x: Scalar) -> (value: Scalar, dx: Scalar) {
      (Scalar.sinh(x), Scalar.cosh(x))
    }
  }

  /// The hyperbolic cosine, cosh x: d/dx = sinh x.
  ///
  /// Overflows to +inf past about |x| = 710.5 (`Double`) or 89.4 (`Float`), and its
  /// derivative to ±inf.
  @frozen
  public struct Cosh<Scalar: ScalarMath>: UnaryLocalGradient {
    /// Creates the op.
    @inlinable public init() {}
    /// The name `"cosh"`.
    @inlinable public static var name: String { "cosh" }
    /// Returns cosh x and its derivative sinh x.
    @inlinable @_specialize(where Scalar == Double) @_specialize(where Scalar == Float)
    public func forward(_ x: Scalar) -> (value: Scalar, dx: Scalar) {
      (Scalar.cosh(x), Scalar.sinh(x))
    }
  }

  /// The inverse hyperbolic sine, asinh x: d/dx = 1/√(x² + 1).
  ///
  /// The derivative is formed as PyTorch forms it, so it is 0 once x² overflows.
  @frozen
  public struct Asinh<Scalar: ScalarMath>: UnaryLocalGradient {
    /// Creates the op.
    @inlinable public init() {}
    /// The name `"asinh"`.
    @inlinable public static var name: String { "asinh" }
    /// Returns asinh x and its derivative 1/√(x² + 1).
    @inlinable @_specialize(where Scalar == Double) @_specialize(where Scalar == Float)
    public func forward(_ x: Scalar) -> (value: Scalar, dx: Scalar) {
      (Scalar.asinh(x), 1 / Scalar.sqrt(x * x + 1))
    }
  }

  /// The inverse hyperbolic cosine, acosh x: d/dx = 1/√(x² − 1).
  ///
  /// 0 at 1, with derivative +inf. Below 1 the value is NaN; the derivative is
  /// 1/√((x − 1)(x + 1)) wherever that is defined, as in PyTorch: +inf at −1, a number
  /// below −1, and NaN in (−1, 1).
  @frozen
  public struct Acosh<Scalar: ScalarMath>: UnaryLocalGradient {
    /// Creates the op.
    @inlinable public init() {}
    /// The name `"acosh"`.
    @inlinable public static var name: String { "acosh" }
    /// Returns acosh x and its derivative 1/√((x − 1)(x + 1)).
    @inlinable @_specialize(where Scalar == Double) @_specialize(where Scalar == Float)
    public func forward(_ x: Scalar) -> (value: Scalar, dx: Scalar) {
      // (x − 1)(x + 1) rather than x² − 1, which loses digits near 1; + 0 turns the
      // −0 at x = −1 into +0, so that the derivative there is +inf, as PyTorch's.
      (Scalar.acosh(x), 1 / Scalar.sqrt((x - 1) * (x + 1) + 0))
    }
  }

  /// The inverse hyperbolic tangent, atanh x: d/dx = 1/(1 − x²).
  ///
  /// ±inf at ±1, with derivative +inf. Outside [−1, 1] the value is NaN and the
  /// derivative is still 1/(1 − x²), negative, as in PyTorch.
  @frozen
  public struct Atanh<Scalar: ScalarMath>: UnaryLocalGradient {
    /// Creates the op.
    @inlinable public init() {}
    /// The name `"atanh"`.
    @inlinable public static var name: String { "atanh" }
    /// Returns atanh x and its derivative 1/((1 − x)(1 + x)).
    @inlinable @_specialize(where Scalar == Double) @_specialize(where Scalar == Float)
    public func forward(_ x: Scalar) -> (value: Scalar, dx: Scalar) {
      (Scalar.atanh(x), 1 / ((1 - x) * (1 + x)))
    }
  }
}

extension DifferentiableScalar where Scalar: ScalarMath {
  /// The hyperbolic sine of this value.
  ///
  /// d/dx = cosh x. See ``Ops/Sinh``.
  @inlinable @inline(__always)
  public func sinh() -> Self { Self.apply(Ops.Sinh(), self) }

  /// The hyperbolic cosine of this value.
  ///
  /// d/dx = sinh x. See ``Ops/Cosh``.
  @inlinable @inline(__always)
  public func cosh() -> Self { Self.apply(Ops.Cosh(), self) }

  /// The inverse hyperbolic sine of this value.
  ///
  /// d/dx = 1/√(x² + 1). See ``Ops/Asinh``.
  @inlinable @inline(__always)
  public func asinh() -> Self { Self.apply(Ops.Asinh(), self) }

  /// The inverse hyperbolic cosine of this value, defined from 1 up.
  ///
  /// d/dx = 1/√(x² − 1), +inf at ±1; the value is NaN below 1. See ``Ops/Acosh``.
  @inlinable @inline(__always)
  public func acosh() -> Self { Self.apply(Ops.Acosh(), self) }

  /// The inverse hyperbolic tangent of this value, defined in (−1, 1).
  ///
  /// d/dx = 1/(1 − x²); ±inf at ±1, NaN outside. See ``Ops/Atanh``.
  @inlinable @inline(__always)
  public func atanh() -> Self { Self.apply(Ops.Atanh(), self) }
}

// The exponentials and logarithms besides eˣ, eˣ − 1, ln x and ln(1 + x) (Exp.swift,
// Log.swift).

extension Ops {
  /// The base-2 exponential, 2ˣ: d/dx = 2ˣ · ln 2.
  @frozen
  public struct Exp2<Scalar: ScalarMath>: UnaryLocalGradient {
    /// Creates the op.
    @inlinable public init() {}
    /// The name `"exp2"`.
    @inlinable public static var name: String { "exp2" }
    /// Returns 2ˣ and its derivative 2ˣ · ln 2.
    @inlinable @_specialize(where Scalar == Double) @_specialize(where Scalar == Float)
    public func forward(_ x: Scalar) -> (value: Scalar, dx: Scalar) {
      let y = Scalar.exp2(x)
      return (y, y * Scalar.ln2)
    }
  }

  /// The base-10 exponential, 10ˣ: d/dx = 10ˣ · ln 10.
  ///
  /// Computed as `pow(10, x)` (see ``ScalarMath/exp10(_:)``); PyTorch has no such op.
  @frozen
  public struct Exp10<Scalar: ScalarMath>: UnaryLocalGradient {
    /// Creates the op.
    @inlinable public init() {}
    /// The name `"exp10"`.
    @inlinable public static var name: String { "exp10" }
    /// Returns 10ˣ and its derivative 10ˣ · ln 10.
    @inlinable @_specialize(where Scalar == Double) @_specialize(where Scalar == Float)
    public func forward(_ x: Scalar) -> (value: Scalar, dx: Scalar) {
      let y = Scalar.exp10(x)
      return (y, y * Scalar.ln10)
    }
  }

  /// The base-2 logarithm, log₂ x: d/dx = 1/(x · ln 2).
  ///
  /// −inf at 0, with derivative +inf; NaN below 0 (with derivative 1/(x · ln 2)).
  @frozen
  public struct Log2<Scalar: ScalarMath>: UnaryLocalGradient {
    /// Creates the op.
    @inlinable public init() {}
    /// The name `"log2"`.
    @inlinable public static var name: String { "log2" }
    /// Returns log₂ x and its derivative 1/(x · ln 2).
    @inlinable @_specialize(where Scalar == Double) @_specialize(where Scalar == Float)
    public func forward(_ x: Scalar) -> (value: Scalar, dx: Scalar) {
      (Scalar.log2(x), 1 / (x * Scalar.ln2))
    }
  }

  /// The base-10 logarithm, log₁₀ x: d/dx = 1/(x · ln 10).
  ///
  /// −inf at 0, with derivative +inf; NaN below 0 (with derivative 1/(x · ln 10)).
  @frozen
  public struct Log10<Scalar: ScalarMath>: UnaryLocalGradient {
    /// Creates the op.
    @inlinable public init() {}
    /// The name `"log10"`.
    @inlinable public static var name: String { "log10" }
    /// Returns log₁₀ x and its derivative 1/(x · ln 10).
    @inlinable @_specialize(where Scalar == Double) @_specialize(where Scalar == Float)
    public func forward(_ x: Scalar) -> (value: Scalar, dx: Scalar) {
      (Scalar.log10(x), 1 / (x * Scalar.ln10))
    }
  }
}

extension BinaryFloatingPoint {
  // The constants of the ops, to beyond Float80's precision; the literal rounds once.
  /// ln 2.
  @usableFromInline static var ln2: Self { 0.693_147_180_559_945_309_417_232_121_458_18 }
  /// ln 10.
  @usableFromInline static var ln10: Self { 2.302_585_092_994_045_684_017_991_454_684_36 }
}

extension DifferentiableScalar where Scalar: ScalarMath {
  /// eˣ − 1 for this value x, accurate where eˣ is near 1 (PyTorch's `expm1`).
  ///
  /// d/dx = eˣ. See ``Ops/ExpMinusOne``.
  @inlinable @inline(__always)
  public func expm1() -> Self { Self.apply(Ops.ExpMinusOne(), self) }

  /// 2 raised to this value.
  ///
  /// d/dx = 2ˣ · ln 2. See ``Ops/Exp2``.
  @inlinable @inline(__always)
  public func exp2() -> Self { Self.apply(Ops.Exp2(), self) }

  /// 10 raised to this value.
  ///
  /// d/dx = 10ˣ · ln 10. See ``Ops/Exp10``.
  @inlinable @inline(__always)
  public func exp10() -> Self { Self.apply(Ops.Exp10(), self) }

  /// ln(1 + x) for this value x, accurate near 0 (PyTorch's `log1p`).
  ///
  /// d/dx = 1/(1 + x). −inf at −1, NaN below. See ``Ops/LogOnePlus``.
  @inlinable @inline(__always)
  public func log1p() -> Self { Self.apply(Ops.LogOnePlus(), self) }

  /// The base-2 logarithm of this value.
  ///
  /// d/dx = 1/(x · ln 2). −inf at 0, NaN below. See ``Ops/Log2``.
  @inlinable @inline(__always)
  public func log2() -> Self { Self.apply(Ops.Log2(), self) }

  /// The base-10 logarithm of this value.
  ///
  /// d/dx = 1/(x · ln 10). −inf at 0, NaN below. See ``Ops/Log10``.
  @inlinable @inline(__always)
  public func log10() -> Self { Self.apply(Ops.Log10(), self) }
}

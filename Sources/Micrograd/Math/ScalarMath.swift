/// A binary floating-point type with the elementary functions that the ops need.
///
/// `Var` itself only asks for `BinaryFloatingPoint`, which is enough for `+ - * /`,
/// `relu()`, `abs()` and `sqrt()`. Ops such as `tanh()`, `exp()` and `pow(_:)` call
/// into the platform's math library through this protocol. `Float` and `Double`
/// conform everywhere; `Float16` and `Float80` conform where the platform has them.
///
/// The requirements are the elementary functions of swift-numerics' `RealModule`
/// (`ElementaryFunctions` and `RealFunctions`), with its spellings: `expm1` and `log1p`
/// (not `exp(minusOneThan:)`), `atan2(y:x:)`, `logGamma`. Each one forwards to the C
/// math library of the platform, one file per scalar type (`Double+ScalarMath.swift`,
/// `Float+ScalarMath.swift`, …); `Float16` computes in `Float` and rounds once. Special
/// values are the C library's: `pow(0, 0)` is 1, `log(0)` is −inf, `sqrt(-1)` is NaN.
/// Results may differ in the last digit between platforms.
public protocol ScalarMath: BinaryFloatingPoint {
  // MARK: Exponentials and logarithms

  /// The exponential function, eˣ.
  ///
  /// See also ``expm1(_:)``, ``exp2(_:)``, ``exp10(_:)`` and ``log(_:)``.
  static func exp(_ x: Self) -> Self
  /// eˣ − 1, accurate for `x` near zero where `exp(x) - 1` would cancel.
  ///
  /// See also ``exp(_:)`` and ``log1p(_:)``.
  static func expm1(_ x: Self) -> Self
  /// Two raised to the power `x`, 2ˣ.
  ///
  /// See also ``exp(_:)`` and ``log2(_:)``.
  static func exp2(_ x: Self) -> Self
  /// Ten raised to the power `x`, 10ˣ.
  ///
  /// The C library has no `exp10` on every platform (glibc declares it only as a GNU
  /// extension, which Swift does not import), so the conforming types compute
  /// `pow(10, x)`. See also ``exp(_:)`` and ``log10(_:)``.
  static func exp10(_ x: Self) -> Self
  /// The natural logarithm, ln x: −inf at 0, NaN below 0.
  ///
  /// See also ``log1p(_:)``, ``log2(_:)``, ``log10(_:)`` and ``exp(_:)``.
  static func log(_ x: Self) -> Self
  /// ln(1 + x), accurate for `x` near zero where `log(1 + x)` would round.
  ///
  /// −inf at −1, NaN below −1. See also ``log(_:)`` and ``expm1(_:)``.
  static func log1p(_ x: Self) -> Self
  /// The base-2 logarithm, log₂ x.
  ///
  /// See also ``log(_:)`` and ``exp2(_:)``.
  static func log2(_ x: Self) -> Self
  /// The base-10 logarithm, log₁₀ x.
  ///
  /// See also ``log(_:)`` and ``exp10(_:)``.
  static func log10(_ x: Self) -> Self
  /// `x` raised to the power `y`, xʸ, with the C library's semantics for special
  /// values: `pow(x, 0)` is 1 for every x, 0 and NaN included, and a negative base
  /// with a non-integer exponent gives NaN.
  ///
  /// See also ``exp(_:)`` and ``sqrt(_:)``.
  static func pow(_ x: Self, _ y: Self) -> Self
  /// The square root, √x: NaN below 0, −0 at −0.
  ///
  /// The same as `x.squareRoot()`. See also ``hypot(_:_:)`` and ``pow(_:_:)``.
  static func sqrt(_ x: Self) -> Self
  /// √(x² + y²), without overflow or underflow in the squares.
  ///
  /// +inf if either argument is infinite, even if the other is NaN. See also
  /// ``sqrt(_:)`` and ``atan2(y:x:)``.
  static func hypot(_ x: Self, _ y: Self) -> Self

  // MARK: Trigonometric functions

  /// The sine of `x` radians.
  ///
  /// See also ``cos(_:)``, ``tan(_:)`` and ``asin(_:)``.
  static func sin(_ x: Self) -> Self
  /// The cosine of `x` radians.
  ///
  /// See also ``sin(_:)``, ``tan(_:)`` and ``acos(_:)``.
  static func cos(_ x: Self) -> Self
  /// The tangent of `x` radians, sin x / cos x.
  ///
  /// See also ``sin(_:)``, ``cos(_:)`` and ``atan(_:)``.
  static func tan(_ x: Self) -> Self
  /// The arcsine, in radians in [−π/2, π/2]: NaN outside [−1, 1].
  ///
  /// See also ``sin(_:)`` and ``acos(_:)``.
  static func asin(_ x: Self) -> Self
  /// The arccosine, in radians in [0, π]: NaN outside [−1, 1].
  ///
  /// See also ``cos(_:)`` and ``asin(_:)``.
  static func acos(_ x: Self) -> Self
  /// The arctangent, in radians in (−π/2, π/2).
  ///
  /// See also ``tan(_:)`` and ``atan2(y:x:)``.
  static func atan(_ x: Self) -> Self
  /// The angle of the point (x, y) from the positive x-axis, in radians in [−π, π].
  ///
  /// The argument order is C's: `y` first. The sign of a zero decides the quadrant:
  /// `atan2(y: 0, x: -0)` is π and `atan2(y: -0, x: -0)` is −π. See also
  /// ``atan(_:)`` and ``hypot(_:_:)``.
  static func atan2(y: Self, x: Self) -> Self

  // MARK: Hyperbolic functions

  /// The hyperbolic sine, (eˣ − e⁻ˣ)/2.
  ///
  /// See also ``cosh(_:)``, ``tanh(_:)`` and ``asinh(_:)``.
  static func sinh(_ x: Self) -> Self
  /// The hyperbolic cosine, (eˣ + e⁻ˣ)/2.
  ///
  /// See also ``sinh(_:)``, ``tanh(_:)`` and ``acosh(_:)``.
  static func cosh(_ x: Self) -> Self
  /// The hyperbolic tangent, sinh x / cosh x, which is ±1 for large |x|.
  ///
  /// See also ``sinh(_:)``, ``cosh(_:)`` and ``atanh(_:)``.
  static func tanh(_ x: Self) -> Self
  /// The inverse hyperbolic sine, ln(x + √(x² + 1)).
  ///
  /// See also ``sinh(_:)``.
  static func asinh(_ x: Self) -> Self
  /// The inverse hyperbolic cosine, ln(x + √(x² − 1)): NaN below 1.
  ///
  /// See also ``cosh(_:)``.
  static func acosh(_ x: Self) -> Self
  /// The inverse hyperbolic tangent, ½ ln((1 + x)/(1 − x)): ±inf at ±1, NaN outside
  /// [−1, 1].
  ///
  /// See also ``tanh(_:)``.
  static func atanh(_ x: Self) -> Self

  // MARK: Special functions

  /// The error function, erf x = (2/√π) ∫₀ˣ e^(−t²) dt.
  ///
  /// See also ``erfc(_:)``.
  static func erf(_ x: Self) -> Self
  /// The complementary error function, erfc x = 1 − erf x, accurate where erf x is
  /// near 1.
  ///
  /// See also ``erf(_:)``.
  static func erfc(_ x: Self) -> Self
  /// The gamma function, Γ(x) = ∫₀^∞ tˣ⁻¹ e⁻ᵗ dt, with Γ(n) = (n − 1)! (C's `tgamma`).
  ///
  /// ±inf at ±0, NaN at the negative integers and at −inf; it overflows to +inf past
  /// about 171.6 (`Double`) or 35.04 (`Float`). See also ``logGamma(_:)``.
  static func gamma(_ x: Self) -> Self
  /// The logarithm of the magnitude of the gamma function, ln |Γ(x)| (C's `lgamma`).
  ///
  /// +inf at 0 and at the negative integers. See also ``gamma(_:)``.
  static func logGamma(_ x: Self) -> Self
}

/// A binary floating-point type with the elementary functions that the ops need.
///
/// `Var` itself only asks for `BinaryFloatingPoint`, which is enough for `+ - * /`,
/// `relu()`, `abs()` and `sqrt()`. Ops such as `tanh()`, `exp()` and `pow(_:)` call
/// into the platform's math library through this protocol. `Float` and `Double`
/// conform everywhere; `Float16` and `Float80` conform where the platform has them.
///
/// Each requirement forwards to the C math library of the platform, one file per
/// scalar type (`Double+ScalarMath.swift`, `Float+ScalarMath.swift`, …), in the
/// manner of swift-numerics' `RealModule`.
public protocol ScalarMath: BinaryFloatingPoint {
  /// The exponential function, `eˣ`.
  static func exp(_ x: Self) -> Self
  /// `eˣ − 1`, accurate for `x` near zero.
  static func expm1(_ x: Self) -> Self
  /// The natural logarithm, `ln x`.
  static func log(_ x: Self) -> Self
  /// `ln(1 + x)`, accurate for `x` near zero.
  static func log1p(_ x: Self) -> Self
  /// The hyperbolic tangent.
  static func tanh(_ x: Self) -> Self
  /// The sine of `x` radians.
  static func sin(_ x: Self) -> Self
  /// The cosine of `x` radians.
  static func cos(_ x: Self) -> Self
  /// `x` raised to the power `y`, with the C library's semantics for special values.
  static func pow(_ x: Self, _ y: Self) -> Self
}

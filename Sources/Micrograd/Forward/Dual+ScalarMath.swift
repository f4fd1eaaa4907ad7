// The elementary functions of a dual number, each by applying its op: the derivative
// is the op's own, so no function's math is written twice. This is what lets an op
// written generically over its `Scalar` run at `Scalar == Dual<T>`, which gives second
// derivatives (`Var<Dual<T>>`) and nested derivatives (`Dual<Dual<T>>`).

extension Dual: ScalarMath where T: ScalarMath {
  /// `exp` of a dual number, by its op.
  @inlinable public static func exp(_ x: Self) -> Self { apply(Ops.Exp(), x) }
  /// `expm1` of a dual number, by its op.
  @inlinable public static func expm1(_ x: Self) -> Self { apply(Ops.ExpMinusOne(), x) }
  /// `log` of a dual number, by its op.
  @inlinable public static func log(_ x: Self) -> Self { apply(Ops.Log(), x) }
  /// `log1p` of a dual number, by its op.
  @inlinable public static func log1p(_ x: Self) -> Self { apply(Ops.LogOnePlus(), x) }
  /// `tanh` of a dual number, by its op.
  @inlinable public static func tanh(_ x: Self) -> Self { apply(Ops.Tanh(), x) }
  /// `sin` of a dual number, by its op.
  @inlinable public static func sin(_ x: Self) -> Self { apply(Ops.Sin(), x) }
  /// `cos` of a dual number, by its op.
  @inlinable public static func cos(_ x: Self) -> Self { apply(Ops.Cos(), x) }
  /// `pow` of a dual number, by its op: ``Ops/Power`` if the exponent carries no
  /// perturbation, ``Ops/PowerOfVariable`` otherwise.
  ///
  /// A constant exponent is the common case: ``Ops/Power`` itself calls `pow` at
  /// `Scalar == Dual<T>` for every exponent other than 0 and 2. Its derivative with
  /// respect to the exponent, xⁿ·ln x, is NaN for a negative base, and NaN times a zero
  /// tangent is still NaN: `(-2).pow(3)` would have a NaN second derivative.
  @inlinable public static func pow(_ x: Self, _ y: Self) -> Self {
    if isExactlyZero(y.tangent) {
      let result = apply(Ops.Power(y.data), x)
      return Dual(result.data, tangent: result.tangent, tag: tag(result.tag, y.tag))
    }
    return apply(Ops.PowerOfVariable(), x, y)
  }
  /// `exp2` of a dual number, by its op.
  @inlinable public static func exp2(_ x: Self) -> Self { apply(Ops.Exp2(), x) }
  /// `exp10` of a dual number, by its op.
  @inlinable public static func exp10(_ x: Self) -> Self { apply(Ops.Exp10(), x) }
  /// `log2` of a dual number, by its op.
  @inlinable public static func log2(_ x: Self) -> Self { apply(Ops.Log2(), x) }
  /// `log10` of a dual number, by its op.
  @inlinable public static func log10(_ x: Self) -> Self { apply(Ops.Log10(), x) }
  /// `sqrt` of a dual number, by its op.
  @inlinable public static func sqrt(_ x: Self) -> Self { apply(Ops.SquareRoot(), x) }
  /// `hypot` of dual numbers, by its op.
  @inlinable public static func hypot(_ x: Self, _ y: Self) -> Self { apply(Ops.Hypot(), x, y) }
  /// `tan` of a dual number, by its op.
  @inlinable public static func tan(_ x: Self) -> Self { apply(Ops.Tan(), x) }
  /// `asin` of a dual number, by its op.
  @inlinable public static func asin(_ x: Self) -> Self { apply(Ops.Asin(), x) }
  /// `acos` of a dual number, by its op.
  @inlinable public static func acos(_ x: Self) -> Self { apply(Ops.Acos(), x) }
  /// `atan` of a dual number, by its op.
  @inlinable public static func atan(_ x: Self) -> Self { apply(Ops.Atan(), x) }
  /// `atan2` of dual numbers, by its op.
  @inlinable public static func atan2(y: Self, x: Self) -> Self { apply(Ops.Atan2(), y, x) }
  /// `sinh` of a dual number, by its op.
  @inlinable public static func sinh(_ x: Self) -> Self { apply(Ops.Sinh(), x) }
  /// `cosh` of a dual number, by its op.
  @inlinable public static func cosh(_ x: Self) -> Self { apply(Ops.Cosh(), x) }
  /// `asinh` of a dual number, by its op.
  @inlinable public static func asinh(_ x: Self) -> Self { apply(Ops.Asinh(), x) }
  /// `acosh` of a dual number, by its op.
  @inlinable public static func acosh(_ x: Self) -> Self { apply(Ops.Acosh(), x) }
  /// `atanh` of a dual number, by its op.
  @inlinable public static func atanh(_ x: Self) -> Self { apply(Ops.Atanh(), x) }
  /// `erf` of a dual number, by its op.
  @inlinable public static func erf(_ x: Self) -> Self { apply(Ops.Erf(), x) }
  /// `erfc` of a dual number, by its op.
  @inlinable public static func erfc(_ x: Self) -> Self { apply(Ops.Erfc(), x) }
  /// `gamma` of a dual number, by its op.
  @inlinable public static func gamma(_ x: Self) -> Self { apply(Ops.Gamma(), x) }
  /// `logGamma` of a dual number, by its op.
  @inlinable public static func logGamma(_ x: Self) -> Self { apply(Ops.LogGamma(), x) }
}

/// A dual number of any level, so that a tangent that is itself a dual number can be
/// checked for being exactly zero (its `==` compares values only).
@usableFromInline
protocol DualNumber {
  /// Whether the value and the tangent are zero, at every level.
  var isExactlyZero: Bool { get }

  /// The value as a constant: the tangent dropped, `Dual(data)`.
  var constantPart: Self { get }
}

extension Dual: DualNumber {
  @inlinable
  var constantPart: Self { Dual(data) }

  @inlinable
  var isExactlyZero: Bool { Self.isExactlyZero(data) && Self.isExactlyZero(tangent) }

  /// Whether `x` is zero, and so is every part of it if it is a dual number.
  @inlinable @inline(__always)
  static func isExactlyZero(_ x: T) -> Bool {
    guard x == 0 else { return false }
    if let dual = x as? any DualNumber { return dual.isExactlyZero }
    return true
  }
}

extension Dual where T: ScalarMath {
  /// This value raised to a constant power, by ``Ops/Power``.
  ///
  /// The same as ``DifferentiableScalar/pow(_:)-(Scalar)``; declared on `Dual` itself so
  /// that `x.pow(3)` is not ambiguous (`Dual` is also expressible by a literal, which
  /// would make `3` fit ``DifferentiableScalar/pow(_:)-(Self)`` too).
  @inlinable
  public func pow(_ exponent: T) -> Self { Self.apply(Ops.Power(exponent), self) }
}

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
  /// `pow` of a dual number, by its op.
  @inlinable public static func pow(_ x: Self, _ y: Self) -> Self {
    apply(Ops.PowerOfVariable(), x, y)
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

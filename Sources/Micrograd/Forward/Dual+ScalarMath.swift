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
}

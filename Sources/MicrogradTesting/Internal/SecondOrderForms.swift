import Micrograd

/// A function under test written in the two second-order modes: a graph of dual numbers
/// (forward over reverse, `Var<Dual<T>>`) and nested dual numbers (forward over
/// forward, `Dual<Dual<T>>`).
struct SecondOrderForms<T: ScalarMath> {
  var reverse: (Inputs<Var<Dual<T>>>) -> Var<Dual<T>>
  var forward: (Inputs<Dual<Dual<T>>>) -> Dual<Dual<T>>
}

extension SecondOrderForms {
  /// The forms of a generic function.
  init<F: DifferentiableFunction>(generic f: F) {
    reverse = { f($0) }
    forward = { f($0) }
  }

  /// The forms of an op that can be rebuilt in dual numbers (``SecondOrderCheckable``),
  /// or `nil` for one that cannot.
  init?<Op: LocalGradient>(op: Op) {
    guard let checkable = op as? any SecondOrderCheckable,
      let forms = Self.forms(of: checkable)
    else { return nil }
    self = forms
  }

  private static func forms<C: SecondOrderCheckable>(of op: C) -> Self? {
    forms(atDual: op.atDual)
  }

  /// The forms of an op at some `Dual` type, if it is `Dual<T>`. The casts are identities
  /// once the type is checked; they stand in for a same-type constraint that Swift cannot
  /// state through an existential.
  private static func forms<D: LocalGradient>(atDual op: D) -> Self? {
    switch op {
    case let op as any UnaryLocalGradient: unary(op)
    case let op as any BinaryLocalGradient: binary(op)
    case let op as any NaryLocalGradient: nary(op)
    default: nil
    }
  }

  private static func unary<Op: UnaryLocalGradient>(_ op: Op) -> Self? {
    guard Op.Scalar.self == Dual<T>.self else { return nil }
    return Self(
      reverse: { Var.apply(op, $0[0] as! Var<Op.Scalar>) as! Var<Dual<T>> },
      forward: { Dual.apply(op, $0[0] as! Dual<Op.Scalar>) as! Dual<Dual<T>> })
  }

  private static func binary<Op: BinaryLocalGradient>(_ op: Op) -> Self? {
    guard Op.Scalar.self == Dual<T>.self else { return nil }
    return Self(
      reverse: {
        Var.apply(op, $0[0] as! Var<Op.Scalar>, $0[1] as! Var<Op.Scalar>) as! Var<Dual<T>>
      },
      forward: {
        Dual.apply(op, $0[0] as! Dual<Op.Scalar>, $0[1] as! Dual<Op.Scalar>)
          as! Dual<Dual<T>>
      })
  }

  private static func nary<Op: NaryLocalGradient>(_ op: Op) -> Self? {
    guard Op.Scalar.self == Dual<T>.self else { return nil }
    return Self(
      reverse: { Var.apply(op, $0.map { $0 as! Var<Op.Scalar> }) as! Var<Dual<T>> },
      forward: { Dual.apply(op, $0.map { $0 as! Dual<Op.Scalar> }) as! Dual<Dual<T>> })
  }
}

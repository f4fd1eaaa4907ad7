import Micrograd

// The functions under test that the entry points build: from a generic
// `DifferentiableFunction` (reverse mode, forward mode and a Double reference), from a
// closure of `Var`s (reverse mode only), and from ops.

extension FunctionUnderTest {
  init<F: DifferentiableFunction>(name: String, generic f: F, compareWithDouble: Bool) {
    self.name = name
    reverse = { f($0) }
    let narrower = T.significandBitCount < Double.significandBitCount
    reference = compareWithDouble && narrower ? { f($0) } : nil
    tangents = forwardTangents { f($0) }
    secondOrder = SecondOrderForms(generic: f)
  }

  init(name: String, closure: @escaping (Inputs<Var<T>>) -> Var<T>) {
    self.name = name
    reverse = closure
    reference = nil
    tangents = nil
    secondOrder = nil
  }

  init(
    name: String, reverse: @escaping (Inputs<Var<T>>) -> Var<T>,
    reference: ((Inputs<Var<Double>>) -> Var<Double>)?,
    forward: ((Inputs<Dual<T>>) -> Dual<T>)?, secondOrder: SecondOrderForms<T>?
  ) {
    self.name = name
    self.reverse = reverse
    self.reference = reference
    tangents = forward.map(forwardTangents)
    self.secondOrder = secondOrder
  }
}

extension FunctionUnderTest {
  init<Op: UnaryLocalGradient, R: UnaryLocalGradient>(name: String, unary op: Op, reference: R?)
  where Op.Scalar == T, R.Scalar == Double {
    self.init(
      name: name, reverse: { Var.apply(op, $0[0]) },
      reference: reference.map { r in { Var.apply(r, $0[0]) } },
      forward: { Dual.apply(op, $0[0]) }, secondOrder: SecondOrderForms(op: op))
  }

  init<Op: BinaryLocalGradient, R: BinaryLocalGradient>(
    name: String, binary op: Op, reference: R?
  ) where Op.Scalar == T, R.Scalar == Double {
    self.init(
      name: name, reverse: { Var.apply(op, $0[0], $0[1]) },
      reference: reference.map { r in { Var.apply(r, $0[0], $0[1]) } },
      forward: { Dual.apply(op, $0[0], $0[1]) }, secondOrder: SecondOrderForms(op: op))
  }

  init<Op: NaryLocalGradient, R: NaryLocalGradient>(name: String, nary op: Op, reference: R?)
  where Op.Scalar == T, R.Scalar == Double {
    self.init(
      name: name, reverse: { Var.apply(op, Array($0)) },
      reference: reference.map { r in { Var.apply(r, Array($0)) } },
      forward: { Dual.apply(op, Array($0)) }, secondOrder: SecondOrderForms(op: op))
  }
}

/// The reference of an op checked without one: the type `checkOp`'s default
/// `reference`, `NoReference?.none`, infers. Never applied.
@usableFromInline
struct NoReference: UnaryLocalGradient, BinaryLocalGradient, NaryLocalGradient {
  @usableFromInline
  func forward(_ x: Double) -> (value: Double, dx: Double) { (.nan, .nan) }
  @usableFromInline
  func forward(_ x: Double, _ y: Double) -> (value: Double, dx: Double, dy: Double) {
    (.nan, .nan, .nan)
  }
  @usableFromInline
  func forward(_ x: [Double]) -> (value: Double, partials: [Double]) {
    (.nan, x.map { _ in .nan })
  }
}

/// The forward-mode derivative of `f` along each input: one pass per input, with that
/// input's tangent seeded to 1 and the others to 0.
func forwardTangents<T: BinaryFloatingPoint>(
  _ f: @escaping (Inputs<Dual<T>>) -> Dual<T>
) -> ([T], OutOfRangeProbe) -> [T] {
  { point, probe in
    point.indices.map { i in
      let seeded = point.indices.map { Dual(point[$0], tangent: $0 == i ? 1 : 0) }
      return f(Inputs(seeded, probe: probe)).tangent
    }
  }
}

import Micrograd

// Every built-in op, rebuilt in dual numbers with its constants, so that `checkOp`
// checks its second derivatives by default (see `SecondOrderCheckable`).

extension Ops.Abs: SecondOrderCheckable {
  /// The op in dual numbers.
  public var atDual: Ops.Abs<Dual<Scalar>> { .init() }
}

extension Ops.LeakyReLU: SecondOrderCheckable {
  /// The op in dual numbers.
  public var atDual: Ops.LeakyReLU<Dual<Scalar>> { .init(slope: Dual(slope)) }
}

extension Ops.ELU: SecondOrderCheckable {
  /// The op in dual numbers.
  public var atDual: Ops.ELU<Dual<Scalar>> { .init(alpha: Dual(alpha)) }
}

extension Ops.GELU: SecondOrderCheckable {
  /// The op in dual numbers.
  public var atDual: Ops.GELU<Dual<Scalar>> { .init() }
}

extension Ops.SiLU: SecondOrderCheckable {
  /// The op in dual numbers.
  public var atDual: Ops.SiLU<Dual<Scalar>> { .init() }
}

extension Ops.Softsign: SecondOrderCheckable {
  /// The op in dual numbers.
  public var atDual: Ops.Softsign<Dual<Scalar>> { .init() }
}

extension Ops.Add: SecondOrderCheckable {
  /// The op in dual numbers.
  public var atDual: Ops.Add<Dual<Scalar>> { .init() }
}

extension Ops.AddConstant: SecondOrderCheckable {
  /// The op in dual numbers.
  public var atDual: Ops.AddConstant<Dual<Scalar>> { .init(Dual(constant)) }
}

extension Ops.Divide: SecondOrderCheckable {
  /// The op in dual numbers.
  public var atDual: Ops.Divide<Dual<Scalar>> { .init() }
}

extension Ops.DivideByConstant: SecondOrderCheckable {
  /// The op in dual numbers.
  public var atDual: Ops.DivideByConstant<Dual<Scalar>> { .init(Dual(divisor)) }
}

extension Ops.DivideConstant: SecondOrderCheckable {
  /// The op in dual numbers.
  public var atDual: Ops.DivideConstant<Dual<Scalar>> { .init(Dual(dividend)) }
}

extension Ops.Dot: SecondOrderCheckable {
  /// The op in dual numbers.
  public var atDual: Ops.Dot<Dual<Scalar>> { .init() }
}

extension Ops.Exp: SecondOrderCheckable {
  /// The op in dual numbers.
  public var atDual: Ops.Exp<Dual<Scalar>> { .init() }
}

extension Ops.ExpMinusOne: SecondOrderCheckable {
  /// The op in dual numbers.
  public var atDual: Ops.ExpMinusOne<Dual<Scalar>> { .init() }
}

extension Ops.Exp2: SecondOrderCheckable {
  /// The op in dual numbers.
  public var atDual: Ops.Exp2<Dual<Scalar>> { .init() }
}

extension Ops.Exp10: SecondOrderCheckable {
  /// The op in dual numbers.
  public var atDual: Ops.Exp10<Dual<Scalar>> { .init() }
}

extension Ops.Log2: SecondOrderCheckable {
  /// The op in dual numbers.
  public var atDual: Ops.Log2<Dual<Scalar>> { .init() }
}

extension Ops.Log10: SecondOrderCheckable {
  /// The op in dual numbers.
  public var atDual: Ops.Log10<Dual<Scalar>> { .init() }
}

extension Ops.Maximum: SecondOrderCheckable {
  /// The op in dual numbers.
  public var atDual: Ops.Maximum<Dual<Scalar>> { .init() }
}

extension Ops.Minimum: SecondOrderCheckable {
  /// The op in dual numbers.
  public var atDual: Ops.Minimum<Dual<Scalar>> { .init() }
}

extension Ops.Max: SecondOrderCheckable {
  /// The op in dual numbers.
  public var atDual: Ops.Max<Dual<Scalar>> { .init() }
}

extension Ops.Min: SecondOrderCheckable {
  /// The op in dual numbers.
  public var atDual: Ops.Min<Dual<Scalar>> { .init() }
}

extension Ops.Clamp: SecondOrderCheckable {
  /// The op in dual numbers.
  public var atDual: Ops.Clamp<Dual<Scalar>> { .init(Dual(lower), Dual(upper)) }
}

extension Ops.Sinh: SecondOrderCheckable {
  /// The op in dual numbers.
  public var atDual: Ops.Sinh<Dual<Scalar>> { .init() }
}

extension Ops.Cosh: SecondOrderCheckable {
  /// The op in dual numbers.
  public var atDual: Ops.Cosh<Dual<Scalar>> { .init() }
}

extension Ops.Asinh: SecondOrderCheckable {
  /// The op in dual numbers.
  public var atDual: Ops.Asinh<Dual<Scalar>> { .init() }
}

extension Ops.Acosh: SecondOrderCheckable {
  /// The op in dual numbers.
  public var atDual: Ops.Acosh<Dual<Scalar>> { .init() }
}

extension Ops.Atanh: SecondOrderCheckable {
  /// The op in dual numbers.
  public var atDual: Ops.Atanh<Dual<Scalar>> { .init() }
}

extension Ops.Hypot: SecondOrderCheckable {
  /// The op in dual numbers.
  public var atDual: Ops.Hypot<Dual<Scalar>> { .init() }
}

extension Ops.Asin: SecondOrderCheckable {
  /// The op in dual numbers.
  public var atDual: Ops.Asin<Dual<Scalar>> { .init() }
}

extension Ops.Acos: SecondOrderCheckable {
  /// The op in dual numbers.
  public var atDual: Ops.Acos<Dual<Scalar>> { .init() }
}

extension Ops.Atan: SecondOrderCheckable {
  /// The op in dual numbers.
  public var atDual: Ops.Atan<Dual<Scalar>> { .init() }
}

extension Ops.Atan2: SecondOrderCheckable {
  /// The op in dual numbers.
  public var atDual: Ops.Atan2<Dual<Scalar>> { .init() }
}

extension Ops.Log: SecondOrderCheckable {
  /// The op in dual numbers.
  public var atDual: Ops.Log<Dual<Scalar>> { .init() }
}

extension Ops.LogOnePlus: SecondOrderCheckable {
  /// The op in dual numbers.
  public var atDual: Ops.LogOnePlus<Dual<Scalar>> { .init() }
}

extension Ops.Multiply: SecondOrderCheckable {
  /// The op in dual numbers.
  public var atDual: Ops.Multiply<Dual<Scalar>> { .init() }
}

extension Ops.Scale: SecondOrderCheckable {
  /// The op in dual numbers.
  public var atDual: Ops.Scale<Dual<Scalar>> { .init(by: Dual(factor)) }
}

extension Ops.Power: SecondOrderCheckable {
  /// The op in dual numbers.
  public var atDual: Ops.Power<Dual<Scalar>> { .init(Dual(exponent)) }
}

extension Ops.PowerOfVariable: SecondOrderCheckable {
  /// The op in dual numbers.
  public var atDual: Ops.PowerOfVariable<Dual<Scalar>> { .init() }
}

extension Ops.ReLU: SecondOrderCheckable {
  /// The op in dual numbers.
  public var atDual: Ops.ReLU<Dual<Scalar>> { .init() }
}

extension Ops.Mean: SecondOrderCheckable {
  /// The op in dual numbers.
  public var atDual: Ops.Mean<Dual<Scalar>> { .init() }
}

extension Ops.LogSumExp: SecondOrderCheckable {
  /// The op in dual numbers.
  public var atDual: Ops.LogSumExp<Dual<Scalar>> { .init() }
}

extension Ops.Select: SecondOrderCheckable {
  /// The op in dual numbers.
  public var atDual: Ops.Select<Dual<Scalar>> { .init(comparison) }
}

extension Ops.Sigmoid: SecondOrderCheckable {
  /// The op in dual numbers.
  public var atDual: Ops.Sigmoid<Dual<Scalar>> { .init() }
}

extension Ops.SoftmaxCrossEntropy: SecondOrderCheckable {
  /// The op in dual numbers.
  public var atDual: Ops.SoftmaxCrossEntropy<Dual<Scalar>> { .init(target: target) }
}

extension Ops.Softplus: SecondOrderCheckable {
  /// The op in dual numbers.
  public var atDual: Ops.Softplus<Dual<Scalar>> { .init() }
}

extension Ops.Erf: SecondOrderCheckable {
  /// The op in dual numbers.
  public var atDual: Ops.Erf<Dual<Scalar>> { .init() }
}

extension Ops.Erfc: SecondOrderCheckable {
  /// The op in dual numbers.
  public var atDual: Ops.Erfc<Dual<Scalar>> { .init() }
}

extension Ops.Gamma: SecondOrderCheckable {
  /// The op in dual numbers.
  public var atDual: Ops.Gamma<Dual<Scalar>> { .init() }
}

extension Ops.LogGamma: SecondOrderCheckable {
  /// The op in dual numbers.
  public var atDual: Ops.LogGamma<Dual<Scalar>> { .init() }
}

extension Ops.SquareRoot: SecondOrderCheckable {
  /// The op in dual numbers.
  public var atDual: Ops.SquareRoot<Dual<Scalar>> { .init() }
}

extension Ops.Subtract: SecondOrderCheckable {
  /// The op in dual numbers.
  public var atDual: Ops.Subtract<Dual<Scalar>> { .init() }
}

extension Ops.SubtractConstant: SecondOrderCheckable {
  /// The op in dual numbers.
  public var atDual: Ops.SubtractConstant<Dual<Scalar>> { .init(Dual(constant)) }
}

extension Ops.SubtractFromConstant: SecondOrderCheckable {
  /// The op in dual numbers.
  public var atDual: Ops.SubtractFromConstant<Dual<Scalar>> { .init(Dual(constant)) }
}

extension Ops.Negate: SecondOrderCheckable {
  /// The op in dual numbers.
  public var atDual: Ops.Negate<Dual<Scalar>> { .init() }
}

extension Ops.Sum: SecondOrderCheckable {
  /// The op in dual numbers.
  public var atDual: Ops.Sum<Dual<Scalar>> { .init() }
}

extension Ops.Tanh: SecondOrderCheckable {
  /// The op in dual numbers.
  public var atDual: Ops.Tanh<Dual<Scalar>> { .init() }
}

extension Ops.Sin: SecondOrderCheckable {
  /// The op in dual numbers.
  public var atDual: Ops.Sin<Dual<Scalar>> { .init() }
}

extension Ops.Cos: SecondOrderCheckable {
  /// The op in dual numbers.
  public var atDual: Ops.Cos<Dual<Scalar>> { .init() }
}

extension Ops.Tan: SecondOrderCheckable {
  /// The op in dual numbers.
  public var atDual: Ops.Tan<Dual<Scalar>> { .init() }
}

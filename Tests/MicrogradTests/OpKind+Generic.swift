import Micrograd

// Every op of `OpKind`, applied through `DifferentiableScalar` rather than `Var`, so that
// one table runs in every mode: `Dual<T>` (forward), `Var<T>` (reverse) and
// `Var<Dual<T>>` (forward over reverse, second derivatives).
//
// Adding an op to the engine is one line here (the switch below is exhaustive, so the
// compiler asks for it); the tests of every mode then cover it.

extension OpKind {
  /// Applies the op to `x`, with constant `c`, in any mode.
  func apply<V: DifferentiableScalar>(generic x: [V], constant c: Double) -> V
  where V.Scalar: ScalarMath {
    let k = V.Scalar(c)
    let half = x.count / 2
    switch self {
    case .negate: return -x[0]
    case .exp: return x[0].exp()
    case .log: return x[0].log()
    case .tanh: return x[0].tanh()
    case .sigmoid: return x[0].sigmoid()
    case .relu: return x[0].relu()
    case .softplus: return x[0].softplus()
    case .sqrt: return x[0].sqrt()
    case .abs: return x[0].abs()
    case .sin: return x[0].sin()
    case .cos: return x[0].cos()
    case .power: return x[0].pow(k)
    case .plusConstant: return x[0] + k
    case .constantPlus: return k + x[0]
    case .minusConstant: return x[0] - k
    case .constantMinus: return k - x[0]
    case .timesConstant: return x[0] * k
    case .constantTimes: return k * x[0]
    case .overConstant: return x[0] / k
    case .constantOver: return k / x[0]
    case .add: return x[0] + x[1]
    case .subtract: return x[0] - x[1]
    case .multiply: return x[0] * x[1]
    case .divide: return x[0] / x[1]
    case .powerOfVariable: return x[0].pow(x[1])
    case .sum: return V.sum(x)
    case .dot: return V.dot(Array(x[..<half]), Array(x[half...]))
    case .legendreP3: return V.apply(LegendreP3(), x[0])
    case .hypot: return V.apply(Hypot(), x[0], x[1])
    case .mean: return V.apply(Mean(), x)
    case .product: return V.apply(Product(), x)
    case .wrongCube: return V.apply(WrongCube(), x[0])
    }
  }
}

extension ExpressionGraph {
  /// The function this graph computes, in any mode: the generic counterpart of
  /// ``function(_:)``, which is written for `Var` only.
  func generic<V: DifferentiableScalar>(_ inputs: [V]) -> V where V.Scalar: ScalarMath {
    var values: [V] = []
    values.reserveCapacity(nodes.count)
    var nextInput = 0
    for node in nodes {
      switch node {
      case .input:
        values.append(inputs[nextInput])
        nextInput += 1
      case .apply(let kind, let constant, let operands):
        values.append(kind.apply(generic: operands.map { values[$0] }, constant: constant))
      }
    }
    return values[output]
  }

  /// Every partial derivative of the graph at `x` by forward mode: one
  /// `directionalDerivative` per input, along its basis vector.
  func forwardGradient<T: ScalarMath>(at x: [T]) -> [T] {
    x.indices.map { j in
      directionalDerivative(
        of: { self.generic($0) }, at: x, along: x.indices.map { $0 == j ? 1 : 0 })
    }
  }
}

/// A forward-mode scalar whose tangent sums the magnitudes of the terms, Σ |∂f/∂xᵢ · ẋᵢ|:
/// seeded with 1 on one input, it gives the size of the products that the two modes sum
/// (in different orders) to get that input's derivative, which is what their rounding
/// errors are proportional to.
struct TermMagnitude<T: BinaryFloatingPoint>: DifferentiableScalar {
  var data: T
  var tangent: T

  init(_ data: T) { self.init(data, tangent: 0) }
  init(_ data: T, tangent: T) {
    self.data = data
    self.tangent = tangent
  }

  static func apply<Op: UnaryLocalGradient>(_ op: Op, _ x: Self) -> Self where Op.Scalar == T {
    let (value, dx) = op.forward(x.data)
    return Self(value, tangent: dx.magnitude * x.tangent)
  }

  static func apply<Op: BinaryLocalGradient>(_ op: Op, _ x: Self, _ y: Self) -> Self
  where Op.Scalar == T {
    let (value, dx, dy) = op.forward(x.data, y.data)
    return Self(value, tangent: dx.magnitude * x.tangent + dy.magnitude * y.tangent)
  }

  static func apply<Op: NaryLocalGradient>(_ op: Op, _ inputs: [Self]) -> Self
  where Op.Scalar == T {
    let (value, partials) = op.forward(inputs.map(\.data))
    let tangent = zip(partials, inputs).reduce(T(0)) { $0 + $1.0.magnitude * $1.1.tangent }
    return Self(value, tangent: tangent)
  }
}

extension ExpressionGraph {
  /// For each input, the size of the terms summed to get its derivative (see
  /// ``TermMagnitude``).
  func termMagnitudes<T: ScalarMath>(at x: [T]) -> [T] {
    x.indices.map { j in
      generic(x.indices.map { TermMagnitude(x[$0], tangent: $0 == j ? 1 : 0) }).tangent
    }
  }
}

/// Whether `a` and `b` agree to `ulps` units in the last place of `scale` (the size of
/// the terms that were summed to get them, at least 1).
func agree<T: BinaryFloatingPoint>(_ a: T, _ b: T, ulps: T, scale: T = 1) -> Bool {
  if a == b { return true }
  let size = Swift.max(a.magnitude, b.magnitude, scale, 1)
  return (a - b).magnitude <= ulps * size.ulp
}

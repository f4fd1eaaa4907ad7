import Micrograd
import Testing

/// Every op of the engine that a random test can apply: each unary op, each form
/// with a constant operand, each binary and n-ary op, and the custom ops of
/// `CustomOps.swift`.
enum OpKind: String, CaseIterable, Sendable, CustomTestStringConvertible {
  // Unary.
  case negate, exp, log, tanh, sigmoid, relu, softplus, sqrt, abs, sin, cos
  case power  // x.pow(c)
  // One constant operand, on either side.
  case plusConstant, constantPlus, minusConstant, constantMinus
  case timesConstant, constantTimes, overConstant, constantOver
  // Binary.
  case add, subtract, multiply, divide, powerOfVariable
  // N-ary.
  case sum, dot
  // Custom ops, defined by the tests.
  case legendreP3, hypot, mean, product
  /// The deliberately wrong op; never chosen at random unless asked for.
  case wrongCube

  var testDescription: String { rawValue }

  /// The ops whose gradients must be right.
  static let correct = allCases.filter { $0 != .wrongCube }

  /// The operand count: fixed, or `nil` for the n-ary ops.
  var fixedArity: Int? {
    switch self {
    case .add, .subtract, .multiply, .divide, .powerOfVariable, .hypot: 2
    case .sum, .dot, .mean, .product: nil
    default: 1
    }
  }

  /// Whether the op carries a constant (the exponent of `power`, the c of `x + c`).
  var hasConstant: Bool {
    switch self {
    case .power, .plusConstant, .constantPlus, .minusConstant, .constantMinus,
      .timesConstant, .constantTimes, .overConstant, .constantOver:
      true
    default: false
    }
  }

  /// A random operand count: the fixed arity, 1–4 terms for the n-ary ops, 1–3
  /// pairs (so 2–6 operands) for `dot`.
  func randomArity(using rng: inout SplitMix64) -> Int {
    if let arity = fixedArity { return arity }
    return self == .dot
      ? 2 * Int.random(in: 1...3, using: &rng) : Int.random(in: 1...4, using: &rng)
  }

  /// A random constant: exponents from a list of interesting ones or uniform in
  /// [−2.5, 2.5]; other constants uniform in [−3, 3], and at least 0.25 in magnitude
  /// for a divisor.
  func randomConstant(using rng: inout SplitMix64) -> Double {
    switch self {
    case .power:
      let special: [Double] = [0, 1, 2, 3, -1, -2, 0.5, 1.5, -0.5]
      return rng.chance(0.5)
        ? special.randomElement(using: &rng)! : rng.rounded(in: -2.5...2.5, decimals: 2)
    case .overConstant:
      let c = rng.rounded(in: 0.25...3, decimals: 2)
      return rng.chance(0.5) ? c : -c
    default:
      return hasConstant ? rng.rounded(in: -3...3, decimals: 2) : 0
    }
  }

  /// Applies the op to `x`, with constant `c`, through the public API.
  func apply<V: DifferentiableScalar>(_ x: [V], constant c: Double) -> V
  where V.Scalar: ScalarMath {
    let k = V.Scalar(c)
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
    case .dot: return V.dot(Array(x[..<(x.count / 2)]), Array(x[(x.count / 2)...]))
    case .legendreP3: return x[0].legendreP3()
    case .hypot: return x[0].hypot(x[1])
    case .mean: return V.mean(x)
    case .product: return V.product(x)
    case .wrongCube: return x[0].wrongCube()
    }
  }

  /// The closest an operand may come to a singularity of the op: a finite difference
  /// taken there would measure the curvature, not the derivative.
  static let margin = 0.2

  /// Whether the op is smooth, with moderate curvature, around operands `x`:
  /// log, sqrt, non-integer powers and a variable power need x ≥ 0.2 (no negative
  /// base, whose power is NaN, and no pole at 0); divisors and negative powers need
  /// |x| ≥ 0.2; hypot needs r ≥ 0.2. Kinks (relu, abs at 0) are handled by
  /// ``region(_:)`` instead.
  func isSmooth(at x: [Double], constant c: Double) -> Bool {
    let m = Self.margin
    switch self {
    case .log, .sqrt: return x[0] >= m
    case .power:
      if c != c.rounded() { return x[0] >= m }
      return c >= 0 || x[0].magnitude >= m
    case .constantOver: return x[0].magnitude >= m
    case .divide: return x[1].magnitude >= m
    case .powerOfVariable: return x[0] >= m
    case .hypot: return x[0] * x[0] + x[1] * x[1] >= m * m
    default: return true
    }
  }

  /// Which smooth piece of the op its operands fall in: the sign of the input of
  /// relu and abs, 0 for every other op. A finite difference is meaningful only if
  /// the perturbed points stay in the same piece.
  func region<T: BinaryFloatingPoint>(_ x: [T]) -> Int {
    switch self {
    case .relu, .abs: x[0] > 0 ? 1 : x[0] < 0 ? -1 : 0
    default: 0
    }
  }

  /// The op written out, for printing a case: `tanh(v1)`, `v1 + 0.5`, `sum(v1, v2)`.
  func render(_ x: [String], constant c: Double) -> String {
    let k = "\(c)"
    switch self {
    case .negate: return "-\(x[0])"
    case .plusConstant: return "\(x[0]) + \(k)"
    case .constantPlus: return "\(k) + \(x[0])"
    case .minusConstant: return "\(x[0]) - \(k)"
    case .constantMinus: return "\(k) - \(x[0])"
    case .timesConstant: return "\(x[0]) * \(k)"
    case .constantTimes: return "\(k) * \(x[0])"
    case .overConstant: return "\(x[0]) / \(k)"
    case .constantOver: return "\(k) / \(x[0])"
    case .add: return "\(x[0]) + \(x[1])"
    case .subtract: return "\(x[0]) - \(x[1])"
    case .multiply: return "\(x[0]) * \(x[1])"
    case .divide: return "\(x[0]) / \(x[1])"
    case .power: return "\(x[0]).pow(\(k))"
    case .powerOfVariable: return "\(x[0]).pow(\(x[1]))"
    case .hypot: return "\(x[0]).hypot(\(x[1]))"
    case .sum, .mean, .product:
      return "Var.\(rawValue)([\(x.joined(separator: ", "))])"
    case .dot:
      let n = x.count / 2
      return "Var.dot([\(x[..<n].joined(separator: ", "))], [\(x[n...].joined(separator: ", "))])"
    default: return "\(x[0]).\(rawValue)()"
    }
  }
}

import Micrograd
import Testing

/// Second derivatives at each op's branch points (zeros, ties, signs, where its code takes
/// one branch or another), in all three second-order modes: `hessian(of:at:)`,
/// `hessianVectorProduct(of:at:along:)` and nested `Dual`s. Where the op is smooth the
/// Hessians of f = op(x) and of f² are compared with exact values
/// (`SecondOrderReferenceValues.swift`, from sympy); where it has a kink, the three modes
/// must agree on the documented one-sided or averaged value.
@Suite("Second derivatives at branch points")
struct SecondOrderTests {
  /// One reference case: a name, the point, and the exact Hessians of f and f².
  struct Case: CustomStringConvertible, Sendable {
    var name: String
    var point: [Double]
    var hessian: [[Double]]
    var hessianOfSquare: [[Double]]
    var description: String { name }
  }

  static let cases: [Case] = secondOrderReferenceValues.split(separator: "\n").map { line in
    let fields = line.split(separator: "|").map { $0.split(separator: " ") }
    let numbers = { (field: [Substring]) in field.map { Double($0)! } }
    let point = numbers(fields[1])
    let n = point.count
    let rows = { (flat: [Double]) in (0..<n).map { Array(flat[($0 * n)..<($0 * n + n)]) } }
    return Case(
      name: String(fields[0][0]), point: point, hessian: rows(numbers(fields[2])),
      hessianOfSquare: rows(numbers(fields[3])))
  }

  /// The op a case names, applied to its inputs, written once for every mode.
  static func op<V: DifferentiableScalar>(_ name: String, _ v: [V]) -> V
  where V.Scalar: ScalarMath {
    switch name.prefix(while: { $0 != "@" }) {
    case "sigmoid": v[0].sigmoid()
    case "softplus": v[0].softplus()
    case "silu": v[0].silu()
    case "gelu": v[0].gelu()
    case "tanh": v[0].tanh()
    case "erf": v[0].erf()
    case "pow2": v[0].pow(2)
    case "pow3": v[0].pow(3)
    case "pow1": v[0].pow(1)
    case "pow-1": v[0].pow(-1)
    case "powVar": v[0].pow(v[1])
    case "logGamma": v[0].logGamma()
    case "gamma": v[0].gamma()
    case "hypot": V.hypot(v[0], v[1])
    case "atan2": V.atan2(y: v[0], x: v[1])
    case "softmaxCE":
      V.softmaxCrossEntropy(logits: v, target: v.count == 2 ? 0 : 1)
    case "asinh": v[0].asinh()
    case "atanh": v[0].atanh()
    case "divide": v[0] / v[1]
    case "relu": v[0].relu()
    case "abs": v[0].abs()
    case "leakyReLU": v[0].leakyReLU(slope: 0.1)
    case "elu": v[0].elu(alpha: 1)
    case "softsign": v[0].softsign()
    case "clamp": v[0].clamp(-1, 1)
    case "maximum": v[0].maximum(v[1])
    case "minimum": v[0].minimum(v[1])
    case "max": V.maximum(v)
    case "min": V.minimum(v)
    default: fatalError("no op named \(name)")
    }
  }

  /// The Hessian of `f` four ways: `hessian`, one `hessianVectorProduct` per basis
  /// vector, nested duals (inner tangent along xᵢ, outer along xⱼ), and `hessian` of
  /// the graph of dual numbers named explicitly.
  static func hessians(
    _ name: String, squared: Bool, at point: [Double]
  ) -> (hessian: [[Double]], products: [[Double]], nested: [[Double]], graph: [[Double]]) {
    func f<V: DifferentiableScalar>(_ v: [V]) -> V where V.Scalar: ScalarMath {
      let y = op(name, v)
      return squared ? y * y : y
    }
    let n = point.count
    let h = hessian(of: f, at: point)
    // The graph of dual numbers by name, whichever overload `hessian(of: f, …)` picks.
    let graph = hessian(of: { (x: [Var<Dual<Double>>]) in f(x) }, at: point)
    precondition(graph.count == n)
    let columns = (0..<n).map { j in
      hessianVectorProduct(of: f, at: point, along: (0..<n).map { $0 == j ? 1 : 0 })
    }
    let products = (0..<n).map { i in (0..<n).map { j in columns[j][i] } }
    let nested = (0..<n).map { i in
      (0..<n).map { j in
        let inputs = (0..<n).map { k in
          Dual<Dual<Double>>(
            Dual(point[k], tangent: k == i ? 1 : 0), tangent: Dual(k == j ? 1 : 0))
        }
        return f(inputs).tangent.tangent
      }
    }
    return (h, products, nested, graph)
  }

  static func close(_ a: Double, _ e: Double) -> Bool {
    a == e || (a - e).magnitude <= 1e-12 * max(1, e.magnitude)
  }

  @Test("smooth at a branch point: exact second derivatives in every mode", arguments: cases)
  func exact(_ reference: Case) {
    for squared in [false, true] {
      let expected = squared ? reference.hessianOfSquare : reference.hessian
      let (h, products, nested, graph) = Self.hessians(
        reference.name, squared: squared, at: reference.point)
      let what = "\(reference.name)\(squared ? ", squared" : "")"
      for i in expected.indices {
        for j in expected.indices {
          let e = expected[i][j]
          #expect(Self.close(h[i][j], e), "hessian \(what) [\(i)][\(j)]: \(h[i][j]), not \(e)")
          #expect(
            Self.close(products[i][j], e),
            "hessianVectorProduct \(what) [\(i)][\(j)]: \(products[i][j]), not \(e)")
          #expect(
            Self.close(nested[i][j], e),
            "nested Duals \(what) [\(i)][\(j)]: \(nested[i][j]), not \(e)")
          #expect(
            Self.close(graph[i][j], e), "Var<Dual> \(what) [\(i)][\(j)]: \(graph[i][j]), not \(e)")
        }
      }
    }
  }

  /// Ops with a kink at the point: no second derivative exists, and every mode gives
  /// the same documented value: 0 for the piecewise-linear ops, the left side's for
  /// ELU (α·eˣ = 1 at 0), and 0, the mean of the one-sided ∓2, for softsign.
  static let kinks: [(String, [Double], [[Double]])] = [
    ("relu@0", [0], [[0]]),
    ("abs@0", [0], [[0]]),
    ("leakyReLU@0", [0], [[0]]),
    ("elu@0", [0], [[1]]),
    ("softsign@0", [0], [[0]]),
    ("clamp@1", [1], [[0]]),
    ("clamp@-1", [-1], [[0]]),
    ("maximum@1,1", [1, 1], [[0, 0], [0, 0]]),
    ("minimum@1,1", [1, 1], [[0, 0], [0, 0]]),
    ("max@2,2,1", [2, 2, 1], [[0, 0, 0], [0, 0, 0], [0, 0, 0]]),
    ("min@1,1,2", [1, 1, 2], [[0, 0, 0], [0, 0, 0], [0, 0, 0]]),
  ]

  @Test("at a kink: every mode gives the same documented value", arguments: kinks.indices)
  func kink(_ index: Int) {
    let (name, point, expected) = Self.kinks[index]
    let (h, products, nested, graph) = Self.hessians(name, squared: false, at: point)
    #expect(h == expected, "hessian \(name)")
    #expect(products == expected, "hessianVectorProduct \(name)")
    #expect(nested == expected, "nested Duals \(name)")
    #expect(graph == expected, "Var<Dual> \(name)")
  }

  @Test("the README's P₃ near its critical point 1/√5: no trap, P₃″ = 15x")
  func legendreNearCriticalPoint() {
    // main trapped here ("does not carry a perturbation through its value") at about a
    // third of these points: the value's tangent is a cancelling sum, the partial is not.
    var generator = SplitMix64(seed: 18)
    let critical = 1 / 5.0.squareRoot()
    for _ in 0..<40 {
      let x = critical + (Double(generator.next() % 2001) - 1000) * 1e-12
      let h = hessian(of: { $0[0].legendreP3() }, at: [x])
      #expect(abs(h[0][0] - 15 * x) <= 1e-13 * 15)
      let hv = hessianVectorProduct(of: { $0[0].legendreP3() }, at: [x], along: [2])
      #expect(abs(hv[0] - 30 * x) <= 1e-13 * 30)
    }
    #expect(abs(hessian(of: { $0[0].legendreP3() }, at: [0.44721359549995])[0][0] - 6.7082) < 1e-4)
  }
}

import Micrograd
import Testing

/// A custom op with a constant: c · tanh(x / c), which clips softly at ±c.
struct SoftClip<Scalar: ScalarMath>: UnaryLocalGradient {
  var c: Scalar
  static var name: String { "softclip" }
  func forward(_ x: Scalar) -> (value: Scalar, dx: Scalar) {
    let t = Scalar.tanh(x / c)
    return (c * t, 1 - t * t)
  }
}

extension DifferentiableScalar where Scalar: ScalarMath {
  /// c · tanh(x / c), with `c` a constant of the mode's scalar.
  func softclip(_ c: Scalar) -> Self { Self.apply(SoftClip(c: c), self) }

  /// The same, with `c` a plain number where the scalar is a dual number (in `hessian`,
  /// nested derivatives): the one line WritingACustomOp.md shows.
  func softclip(_ c: Scalar.Base) -> Self where Scalar: DualProtocol { softclip(Scalar(c)) }
}

/// A conformer other than `Var` whose `Scalar` is a `Dual`, as a fast Hessian scalar
/// would be: the plain-number constants are keyed on the scalar, not on `Var`.
struct TangentRecorder: DifferentiableScalar {
  var data: Dual<Double>
  init(_ data: Dual<Double>) { self.data = data }
  static func apply<Op: UnaryLocalGradient>(_ op: Op, _ x: Self) -> Self
  where Op.Scalar == Dual<Double> { Self(Dual.apply(op, Dual(x.data)).data) }
  static func apply<Op: BinaryLocalGradient>(_ op: Op, _ x: Self, _ y: Self) -> Self
  where Op.Scalar == Dual<Double> { Self(Dual.apply(op, Dual(x.data), Dual(y.data)).data) }
  static func apply<Op: NaryLocalGradient>(_ op: Op, _ inputs: [Self]) -> Self
  where Op.Scalar == Dual<Double> { Self(Dual.apply(op, inputs.map { Dual($0.data) }).data) }
}

/// Constants written as plain numbers work in every mode: reverse, forward, Hessians
/// (`Var<Dual<T>>`), nested duals, and any other scalar whose `Scalar` is a `Dual`.
@Suite("Constants in every mode")
struct ConstantsInEveryModeTests {
  @Test("softclip(c) with c: Double in gradient, derivative, hessian and nested duals")
  func softclipEverywhere() {
    let c = 2.0
    // (c·tanh(x/c))″ = −(2/c)·tanh(x/c)·(1 − tanh²(x/c))
    let t = Double.tanh(1 / c)
    let second = -(2 / c) * t * (1 - t * t)
    #expect(gradient(of: { $0[0].softclip(c) }, at: [1.0]) == [1 - t * t])
    #expect(derivative(of: { $0.softclip(c) }, at: 1.0) == 1 - t * t)
    let h = hessian(of: { $0[0].softclip(c) }, at: [1.0])
    #expect(abs(h[0][0] - second) < 1e-15)
    let nested = derivative(of: { x in derivative(of: { y in y.softclip(c) }, at: x) }, at: 1.0)
    #expect(abs(nested - second) < 1e-15)
  }

  @Test("built-in ops take plain-number constants in a hessian closure")
  func builtInOps() {
    let (a, b, n, slope, lo, hi) = (3.0, 0.5, 3.0, 0.1, -1.0, 4.0)
    func check(_ f: ([Var<Dual<Double>>]) -> Var<Dual<Double>>, _ expected: Double) {
      let h = hessian(of: f, at: [2.0])
      #expect(abs(h[0][0] - expected) < 1e-12, "\(h) vs \(expected)")
    }
    check({ a * $0[0] * $0[0] + b - $0[0] / a }, 2 * a)  // 2a
    check({ (b + $0[0]) * $0[0] }, 2)
    check({ ($0[0] + a) * ($0[0] - b) }, 2)
    check({ ($0[0] - a) * ($0[0] / a) }, 2 / a)  // x²/a − x: 2/a
    check({ $0[0].pow(n) }, n * (n - 1) * 2)  // n(n−1)x^(n−2)
    check({ $0[0].clamp(lo, hi) * $0[0] }, 2)
    check({ ($0[0] * -1).leakyReLU(slope: slope) * $0[0] }, -2 * slope)
    check({ ($0[0] * -1).elu(alpha: b) }, b * Double.exp(-2))
    check({ Var.select($0[0], .greater, a, then: $0[0], else: $0[0] * $0[0]) }, 2)
    var x = Var(Dual(1.0, tangent: 1))
    x += a
    x -= b
    x *= a
    x /= b
    #expect(x.data.data == (1 + a - b) * a / b && x.data.tangent == a / b)
  }

  @Test("literals still pick the Scalar form: x + 1, x * 2.0, 2 * x")
  func literals() {
    let x = Var(Dual(3.0, tangent: 1))
    let y = x + 1
    let z = x * 2.0
    let w = 2 * x - 1.5 / x
    #expect(y.data.data == 4 && z.data.data == 6 && w.data.data == 5.5)
    let d = Dual(Dual(3.0, tangent: 1), tangent: Dual(1))
    let c = 2.0
    #expect((d * c + 1).data.data == 7)
    #expect((d.pow(c)).tangent.data == 6)
  }

  @Test("keyed on the scalar being a Dual, not on Var: another conformer gets them too")
  func anotherConformer() {
    let c = 2.0
    let x = TangentRecorder(Dual(1.0, tangent: 1))
    let y = (x * c + c).softclip(c).pow(c)
    let expected = Double.pow(2 * Double.tanh(4 / 2), 2)
    #expect(abs(y.data.data - expected) < 1e-14)
    #expect(y.data.tangent != 0)
  }
}

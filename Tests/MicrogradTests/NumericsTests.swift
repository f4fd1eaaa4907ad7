import Micrograd
import Testing

/// Edge values, as PyTorch gives them. Each expectation below was checked once
/// against PyTorch 2.15.0 (`torch.tanh`, `torch.sigmoid`, `F.softplus`, `torch.exp`,
/// `torch.log`, `torch.relu`, `**`, `/` on 0-d float64 and float32 tensors with
/// `requires_grad=True`, then `.backward()`); where the engine deliberately differs
/// the comment says so.
@Suite("Numerics at the edges, as in PyTorch")
struct NumericsTests {
  /// Returns f(x) and f′(x), computed by the engine.
  static func valueAndDerivative<T: ScalarMath>(
    at x: T, _ f: (Var<T>) -> Var<T>
  ) -> (value: T, derivative: T) {
    let input = Var(x)
    let output = f(input)
    output.backward()
    return (output.data, input.grad)
  }

  /// Large arguments for each type: past exp's overflow (709.8 for Double, 88.7
  /// for Float) and near the largest finite value.
  static func largeArguments<T: ScalarMath>(_: T.Type) -> [T] {
    T.self == Double.self ? [400, 1e308] : [90, 400, 3e38]
  }

  @Test("tanh saturates to ±1 with derivative 0 for large |x|, never NaN")
  func tanhSaturates() {
    func check<T: ScalarMath>(_ type: T.Type) {
      for x in Self.largeArguments(type) {
        #expect(Self.valueAndDerivative(at: x) { $0.tanh() } == (1, 0))
        #expect(Self.valueAndDerivative(at: -x) { $0.tanh() } == (-1, 0))
      }
    }
    check(Float.self)
    check(Double.self)
  }

  @Test("sigmoid saturates to 1 or 0 with a vanishing derivative, never NaN")
  func sigmoidSaturates() {
    func check<T: ScalarMath>(_ type: T.Type) {
      for x in Self.largeArguments(type) {
        // σ′(x) = e^−|x|/(1 + e^−|x|)² keeps the true, tiny derivative where it is
        // representable (1.9e-174 at ±400 in Double), where PyTorch's σ(1 − σ) gives
        // 0 for large positive x; both go to 0.
        let (one, slope) = Self.valueAndDerivative(at: x) { $0.sigmoid() }
        #expect(one == 1)
        #expect(slope >= 0 && slope < 1e-30)
        // σ(−400) = 1.9e-174 in Double (PyTorch prints 1.9151695967140057e-174 for
        // value and derivative), 0 in Float.
        let (value, derivative) = Self.valueAndDerivative(at: -x) { $0.sigmoid() }
        #expect(value >= 0 && value < 1e-30)
        #expect(derivative >= 0 && derivative < 1e-30)
      }
    }
    check(Float.self)
    check(Double.self)
    #expect(Self.valueAndDerivative(at: -400.0) { $0.sigmoid() }.value > 0)
  }

  @Test("softplus does not overflow: softplus(x) = x, derivative 1, for large x")
  func softplusLarge() {
    func check<T: ScalarMath>(_ type: T.Type) {
      for x in Self.largeArguments(type) + [1000] {
        #expect(Self.valueAndDerivative(at: x) { $0.softplus() } == (x, 1))
        let (value, derivative) = Self.valueAndDerivative(at: -x) { $0.softplus() }
        #expect(value >= 0 && value < 1e-30)
        #expect(derivative >= 0 && derivative < 1e-30)
      }
    }
    check(Float.self)
    check(Double.self)
  }

  @Test("exp overflows to +inf, with derivative +inf")
  func expOverflows() {
    #expect(Self.valueAndDerivative(at: 1000.0) { $0.exp() } == (.infinity, .infinity))
    #expect(Self.valueAndDerivative(at: Float(89)) { $0.exp() } == (.infinity, .infinity))
    // exp(89) is finite in Double: 4.4896128191743455e+38, as in PyTorch.
    #expect(Self.valueAndDerivative(at: 89.0) { $0.exp() }.value.isFinite)
  }

  @Test("log(0) = −inf, with derivative +inf")
  func logOfZero() {
    #expect(Self.valueAndDerivative(at: 0.0) { $0.log() } == (-.infinity, .infinity))
    #expect(Self.valueAndDerivative(at: Float(0)) { $0.log() } == (-.infinity, .infinity))
  }

  @Test("1/0 = +inf, for Var / Var and for T / Var")
  func divisionByZero() {
    func check<T: ScalarMath>(_: T.Type) {
      let x = Var<T>(1)
      let y = Var<T>(0)
      let q = x / y
      q.backward()
      // PyTorch: x / y = inf, x.grad = inf, y.grad = -inf.
      #expect(q.data == .infinity)
      #expect(x.grad == .infinity)
      #expect(y.grad == -.infinity)
      // PyTorch: 1 / y = inf, y.grad = -inf.
      #expect(Self.valueAndDerivative(at: T(0)) { 1 / $0 } == (.infinity, -.infinity))
    }
    check(Float.self)
    check(Double.self)
  }

  @Test("relu′(0) = 0, and |x|′ at 0 is 0")
  func kinksAtZero() {
    #expect(Self.valueAndDerivative(at: 0.0) { $0.relu() } == (0, 0))
    #expect(Self.valueAndDerivative(at: Float(0)) { $0.relu() } == (0, 0))
    #expect(Self.valueAndDerivative(at: 0.0) { $0.abs() } == (0, 0))
    #expect(Self.valueAndDerivative(at: -0.0) { $0.abs() } == (0, 0))
  }

  @Test("relu(NaN) is NaN, not 0")
  func reluOfNaN() {
    let (value, derivative) = Self.valueAndDerivative(at: Double.nan) { $0.relu() }
    #expect(value.isNaN)
    // PyTorch passes the gradient through (x.grad = 1.0); the engine documents that
    // NaN stays NaN in the derivative too.
    #expect(derivative.isNaN)
    #expect(Self.valueAndDerivative(at: Float.nan) { $0.relu() }.value.isNaN)
  }

  @Test("a negative base with a non-integer exponent is NaN, value and derivative")
  func negativeBaseNonIntegerPower() {
    // PyTorch: (-2) ** 0.5 = nan, grad nan; torch.pow(-2, y=0.5): nan, nan, nan.
    let (value, derivative) = Self.valueAndDerivative(at: -2.0) { $0.pow(0.5) }
    #expect(value.isNaN && derivative.isNaN)
    let x = Var(-2.0)
    let y = Var(0.5)
    let z = x.pow(y)
    z.backward()
    #expect(z.data.isNaN && x.grad.isNaN && y.grad.isNaN)
    // An integer exponent of a negative base is fine.
    #expect(Self.valueAndDerivative(at: -2.0) { $0.pow(3) } == (-8, 12))
  }

  @Test("x³ is a product with C's special values, within an ulp of C's pow")
  func cube() {
    for x in [0.0, -0.0, .infinity, -.infinity, 1e103, 1e-110, -3.7, 0.1, 1.1] {
      let (value, derivative) = Self.valueAndDerivative(at: x) { $0.pow(3) }
      let exact = Double.pow(x, 3)
      #expect(value.bitPattern == (x * x * x).bitPattern, "x = \(x)")
      #expect(value == exact || abs(value - exact) <= exact.ulp, "x = \(x): \(value) vs \(exact)")
      #expect(value.sign == exact.sign, "x = \(x)")
      #expect(derivative == 3 * (x * x), "x = \(x)")
    }
    #expect(Self.valueAndDerivative(at: Double.nan) { $0.pow(3) }.value.isNaN)
  }

  @Test("x⁰ is 1 with derivative 0, also at x = 0")
  func zerothPower() {
    #expect(Self.valueAndDerivative(at: 0.0) { $0.pow(0) } == (1, 0))
    #expect(Self.valueAndDerivative(at: Float(0)) { $0.pow(0) } == (1, 0))
    // PyTorch: torch.pow(x=0, y=0) = 1 with x.grad = 0 and y.grad = 0.
    let x = Var(0.0)
    let y = Var(0.0)
    let z = x.pow(y)
    z.backward()
    #expect(z.data == 1)
    #expect(x.grad == 0)
    #expect(y.grad == 0)
  }

  @Test("sqrt(0) has derivative +inf; NaN propagates through tanh")
  func otherEdges() {
    #expect(Self.valueAndDerivative(at: 0.0) { $0.sqrt() } == (0, .infinity))
    let (value, derivative) = Self.valueAndDerivative(at: Double.nan) { $0.tanh() }
    #expect(value.isNaN && derivative.isNaN)
  }
}

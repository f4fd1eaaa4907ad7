import Micrograd
import MicrogradTesting
import Testing

/// The kit on the test ops of `CustomOps.swift`: a right op passes, the deliberately
/// wrong one is caught and shrunk to a one-line replay.
@Suite("MicrogradTesting")
struct KitTests {
  /// x³ written generically, with the wrong derivative of ``WrongCube``.
  struct WrongCubeFunction: DifferentiableFunction {
    func callAsFunction<V: DifferentiableScalar>(_ x: Inputs<V>) -> V
    where V.Scalar: ScalarMath {
      x[0].wrongCube()
    }
  }

  @Test("a deliberately wrong op is caught and shrunk to its one-line replay")
  func wrongOpIsCaughtAndShrunk() throws {
    let result = checkOp(WrongCube<Double>())
    print(result)
    #expect(!result.passed)
    let failure = try #require(result.failure)
    // 3x against 3x²: too high on (0, 1), too low above 1. The first point drawn is
    // 0.655, so the shrunk case must stay in (0, 1): 0.5, not 2 (which fails the
    // other way).
    #expect(failure.original.direction == .above)
    #expect(failure.shrunk.point == [0.5])
    #expect(failure.shrunk.input == 0)
    #expect(failure.shrunk.direction == failure.original.direction)
    #expect(failure.shrunk.analytic == [1.5])
    #expect(abs(failure.shrunk.expected[0] - 0.75) < 1e-6)
    let text = "\(result)"
    #expect(text.contains("seed 0x5EED600D (default)"))
    #expect(text.contains("MICROGRAD_TESTING_REPLAY='MicrogradTests/KitTests.swift:"))
    #expect(text.contains("@[0.5]' swift test --filter '/wrongOpIsCaughtAndShrunk(\\(|$)'"))
  }

  @Test("right ops pass: one, two and n inputs")
  func rightOpsPass() {
    let unary = checkOp(LegendreP3<Double>())
    #expect(unary.passed, "\(unary)")
    #expect(unary.checked == 100)
    let binary = checkOp(Hypot<Float>(), in: .anyReal.away(from: [0], by: 0.5))
    #expect(binary.passed, "\(binary)")
    let nary = checkOp(Product<Double>(), sizes: 1...5)
    #expect(nary.passed, "\(nary)")
    let closure = checkFunction(inputs: 2, as: Double.self) { x in (x[0] * x[1]).tanh() }
    #expect(closure.passed, "\(closure)")
  }

  @Test("built-in ops through checkOp, as CONTRIBUTING's checklist writes them")
  func builtInOps() {
    let softplus = checkOp(Ops.Softplus<Double>())
    #expect(softplus.passed, "\(softplus)")
    let log = checkOp(Ops.Log<Float>(), in: .positive, reference: Ops.Log<Double>())
    #expect(log.passed, "\(log)")
    #expect(log.worstRatio > 0)
    let relu = checkOp(Ops.ReLU<Double>(), in: Domain.anyReal.kinks(at: [0]))
    #expect(relu.passed, "\(relu)")
    let divide = checkOp(
      Ops.Divide<Float>(), in: .anyReal, Domain.anyReal.away(from: [0], by: 0.2),
      reference: Ops.Divide<Double>())
    #expect(divide.passed, "\(divide)")
    let sum = checkOp(Ops.Sum<Float>(), reference: Ops.Sum<Double>())
    #expect(sum.passed, "\(sum)")
    let tanh = checkEdgeValues(of: Ops.Tanh<Float>())
    #expect(tanh.passed, "\(tanh)")
    #expect(tanh.rows.count == 11)
  }

  @Test("the same seed draws the same points; another seed draws others")
  func seeds() {
    var first: [Double] = []
    var second: [Double] = []
    var other: [Double] = []
    _ = checkFunction(inputs: 1, as: Double.self, seed: 1, trials: 5) { x in
      first.append(x[0].data)
      return x[0]
    }
    _ = checkFunction(inputs: 1, as: Double.self, seed: 1, trials: 5) { x in
      second.append(x[0].data)
      return x[0]
    }
    _ = checkFunction(inputs: 1, as: Double.self, seed: 2, trials: 5) { x in
      other.append(x[0].data)
      return x[0]
    }
    #expect(first == second)
    // The draws are part of the kit's contract (portable conversions of SplitMix64):
    // seed 1 gives these points on every platform. Each is followed by its ±h
    // neighbours, at which the differences evaluate the function.
    let drawn = first.filter { ($0 * 1000).rounded() == $0 * 1000 }
    #expect(drawn == [-3.638, -0.001, 1.328, -2.361, 3.415])
    #expect(first != other)
    #expect(Set(first).count >= 5)
  }

  /// Σxᵢ² with the last partial given as xₙ₋₁ instead of 2xₙ₋₁.
  struct WrongLastSquare: NaryLocalGradient {
    func forward(_ x: [Double]) -> (value: Double, partials: [Double]) {
      var partials = x.map { 2 * $0 }
      partials[x.count - 1] = x[x.count - 1]
      return (x.map { $0 * $0 }.reduce(0, +), partials)
    }
  }

  @Test("an n-ary failure shrinks to fewer inputs, the same input failing the same way")
  func naryShrinksToFewerInputs() throws {
    let result = checkOp(WrongLastSquare(), sizes: 2...6, seed: 1)
    let failure = try #require(result.failure)
    #expect(failure.original.point.count > 2, "\(result)")
    #expect(failure.original.input == failure.original.point.count - 1)
    #expect(failure.shrunk.point.count == 2)
    #expect(failure.shrunk.input == 1)
    #expect(failure.shrunk.direction == failure.original.direction)
    let simplest: Double = failure.original.direction == .below ? 1 : -1
    #expect(failure.shrunk.point == [0, simplest], "\(result)")
  }
}

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
    #expect(text.contains("@[0.5]' swift test --filter wrongOpIsCaughtAndShrunk"))
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
}

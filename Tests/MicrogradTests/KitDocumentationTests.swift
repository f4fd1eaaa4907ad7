import Micrograd
import MicrogradTesting
import Testing

/// The examples of MicrogradTesting's documentation and of the README, compiled and run.
@Suite("MicrogradTesting documentation examples")
struct KitDocumentationTests {
  /// The article's function of two inputs.
  struct Gate: DifferentiableFunction {
    func callAsFunction<V: DifferentiableScalar>(_ x: Inputs<V>) -> V
    where V.Scalar: ScalarMath {
      (x[0].legendreP3() * x[1]).tanh()
    }
  }

  @Test("the README's shortest form")
  func readme() {
    let result = checkOp(LegendreP3<Double>())
    #expect(result.passed, "\(result)")
  }

  @Test("the article's examples")
  func article() {
    let hypot = checkOp(Hypot<Double>(), in: .anyReal.away(from: [0], by: 0.5), .anyReal)
    #expect(hypot.passed, "\(hypot)")
    let mean = checkOp(Mean<Double>(), sizes: 1...6)
    #expect(mean.passed, "\(mean)")
    let float = checkOp(LegendreP3<Float>(), reference: LegendreP3<Double>())
    #expect(float.passed, "\(float)")
    let gate = checkFunction(Gate(), inputs: 2, as: Float.self)
    #expect(gate.passed, "\(gate)")
    let closure = checkFunction(inputs: 2, as: Double.self) { x in (x[0] * x[1]).tanh() }
    #expect(closure.passed, "\(closure)")
    let edges = checkEdgeValues(of: LegendreP3<Float>())
    #expect(edges.passed, "\(edges)")
  }
}

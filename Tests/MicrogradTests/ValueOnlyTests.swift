import Micrograd
import Testing

/// `value(of:at:)` and `Primal`: a generic function evaluated at plain numbers, with no
/// graph, the same value as every mode's.
@Suite("Value-only evaluation")
struct ValueOnlyTests {
  static func loss<V: DifferentiableScalar>(_ p: [V]) -> V where V.Scalar: ScalarMath {
    let r = (p[0] * p[1]).tanh() + p[0].pow(2) - 3 / (1 + p[1].exp())
    return V.maximum([r, p[0].softplus()]) + V.dot(p, p).sqrt()
  }

  @Test("the value at plain numbers equals the graph's, bit for bit")
  func sameValue() {
    let p = [0.5, -1.25]
    let viaGraph = Self.loss(p.map { Var($0) }).data
    #expect(value(of: Self.loss, at: p) == viaGraph)
    #expect(Self.loss(p.map { Primal($0) }).data == viaGraph)
    #expect(
      value(of: Self.loss, at: [Float(0.5), -1.25])
        == Self.loss([Var(Float(0.5)), Var(-1.25)]).data)
    #expect(valueWithGradient(of: Self.loss, at: p).value == value(of: Self.loss, at: p))
  }

  @Test("no graph: nothing is allocated per op")
  func noGraph() {
    // A Primal is a value type holding one number.
    #expect(MemoryLayout<Primal<Double>>.size == MemoryLayout<Double>.size)
  }

  @Test("Double arithmetic is untouched: Double is not a DifferentiableScalar")
  func doubleArithmetic() {
    let x = 2.0
    let y = x * 3 + 1 - x / 4
    #expect(y == 6.5)
    #expect(!((x as Any) is any DifferentiableScalar))
  }
}

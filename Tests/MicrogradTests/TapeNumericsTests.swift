import Micrograd
import Testing

/// NaN and infinity at replay: a tape gives the eager graph's values and gradients,
/// and skipping zero gradients never hides a 0 · ∞ = NaN.
@Suite("Tape numerics")
struct TapeNumericsTests {
  /// A named function of two inputs, with a safe point to record at and a bad one to
  /// replay at, and whether the first input's gradient must be NaN there.
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var function: @Sendable (Var<Double>, Var<Double>) -> Var<Double>
    var recordAt: (Double, Double) = (0.5, 1.5)
    var replayAt: (Double, Double)
    var nanGradient = true
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "(a·b).relu() at a·b = −∞", function: { a, b in (a * b).relu() },
      replayAt: (-1, .infinity)),
    Case(name: "(a/b)·0 at b = 0", function: { a, b in a / b * 0 }, replayAt: (1, 0)),
    Case(name: "(2/a)·0 at a = 0", function: { a, b in 2.0 / a * 0 + b }, replayAt: (0, 1)),
    Case(name: "(a/0)·0", function: { a, b in a / 0.0 * 0 + b }, replayAt: (1, 1)),
    Case(
      name: "(a·∞).relu() at a < 0", function: { a, _ in (a * Double.infinity).relu() },
      replayAt: (-1, 1)),
    Case(
      name: "a.sqrt()·0 at a = 0", function: { a, b in a.sqrt() * 0 + b },
      replayAt: (0, 1)),
    Case(
      name: "a.pow(0.5)·0 at a = 0", function: { a, b in a.pow(0.5) * 0 * b },
      replayAt: (0, 1)),
    Case(
      name: "(a.log() + b)·0 at a = 0", function: { a, b in (a.log() + b) * 0 },
      replayAt: (0, 1)),
    Case(
      name: "hypot(a, b)·0 at (0, 0)", function: { a, b in a.hypot(b) * 0 },
      replayAt: (0, 0)),
    Case(
      name: "product([a, b, a]).relu()·b at (∞, −1)",
      function: { a, b in Var.product([a, b, a]).relu() * b }, replayAt: (.infinity, -1)),
    Case(
      name: "(0 − dot([a, b], [a, b])).relu() at (∞, −1)",
      function: { a, b in (0 - Var.dot([a, b], [a, b])).relu() }, replayAt: (.infinity, -1)),
    Case(
      name: "a.relu()·0 at a = NaN", function: { a, b in a.relu() * 0 + b },
      replayAt: (.nan, 1)),
    Case(
      name: "a.relu() at a = ∞", function: { a, b in a.relu() * b },
      replayAt: (.infinity, 2), nanGradient: false),
    Case(
      name: "tanh chain at a = NaN",
      function: { a, b in ((a * b).tanh() + a.exp()).sigmoid() }, replayAt: (.nan, 1)),
    Case(
      name: "exp overflow at a = 1000", function: { a, b in (a.exp() * b).relu() },
      replayAt: (1000, -1)),
    Case(
      name: "mean at a = ∞", function: { a, b in Var.mean([a, b]) * 0 },
      replayAt: (.infinity, 1), nanGradient: false),
  ]

  static func same(_ a: Double, _ b: Double) -> Bool {
    a.isNaN ? b.isNaN : a.bitPattern == b.bitPattern
  }

  @Test("replays at NaN and ∞ give the eager values and gradients", arguments: cases)
  func nonFinite(_ c: Case) {
    let (a, b) = (Var(c.recordAt.0), Var(c.recordAt.1))
    let tape = c.function(a, b).compile()
    (a.data, b.data) = c.replayAt
    tape.forward()
    tape.backward()
    let (fa, fb) = (Var(c.replayAt.0), Var(c.replayAt.1))
    let fresh = c.function(fa, fb)
    fresh.backward()
    #expect(Self.same(tape.value, fresh.data))
    #expect(Self.same(a.grad, fa.grad), "∂/∂a: tape \(a.grad), eager \(fa.grad)")
    #expect(Self.same(b.grad, fb.grad), "∂/∂b: tape \(b.grad), eager \(fb.grad)")
    #expect(a.grad.isNaN == c.nanGradient)
  }

  @Test("a custom op with an infinite derivative and a zero gradient gives NaN")
  func customInfinitePartial() {
    let x = Var(1.0)
    let tape = (Var.apply(InfiniteDerivative(), x) * 0).compile()
    x.data = 2
    tape.forward()
    tape.backward()
    #expect(x.grad.isNaN)
    x.grad = 0
    let tape2 = (Var.apply(NaNDerivative(), x) * 0).compile()
    tape2.backward()
    #expect(x.grad.isNaN)
  }

  @Test("a zero gradient with finite partials leaves the leaf's gradient at +0")
  func zeroSkipsKeepSign() {
    let (a, b) = (Var(-1.0), Var(2.0))
    let tape = ((a * b).relu() * (a - b)).compile()
    tape.backward()
    let (fa, fb) = (Var(-1.0), Var(2.0))
    ((fa * fb).relu() * (fa - fb)).backward()
    #expect(Self.same(a.grad, fa.grad) && Self.same(b.grad, fb.grad))
    #expect(a.grad == 0 && a.grad.sign == .plus)
  }
}

import Micrograd
import Testing

/// A layer's neurons, recorded one after another, replay as one dense entry: the values
/// and gradients are still the eager graph's, bit for bit, with dead neurons, with an
/// inactive loss term (no gradient at all), and with infinite or NaN pre-activations,
/// where 0 · ∞ must still give NaN.
@Suite("Tape dense layers")
struct TapeDenseTests {
  /// A two-layer net, relu(W₁x + b₁) then w₂·h + b₂, under a hinge: its leaves, by
  /// name, and its loss graph.
  struct Net {
    let x: [Var<Double>]
    let w1: [[Var<Double>]]
    let b1: [Var<Double>]
    let w2: [Var<Double>]
    let b2: Var<Double>

    init(inputs: Int, width: Int) {
      var seed = 0.3
      func next() -> Double {
        seed = (seed * 9301 + 0.49297).truncatingRemainder(dividingBy: 1)
        return 2 * seed - 1
      }
      x = (0..<inputs).map { _ in Var(next()) }
      w1 = (0..<width).map { _ in (0..<inputs).map { _ in Var(next()) } }
      b1 = (0..<width).map { _ in Var(next()) }
      w2 = (0..<width).map { _ in Var(next()) }
      b2 = Var(0)
    }

    var leaves: [Var<Double>] { x + w1.flatMap { $0 } + b1 + w2 + [b2] }

    func loss() -> Var<Double> {
      let hidden = zip(w1, b1).map { weights, bias in (Var.dot(weights, x) + bias).relu() }
      return (1 - (Var.dot(w2, hidden) + b2)).relu()
    }
  }

  /// A change to one leaf before the replay: which, and its new value.
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var width = 6
    var leaf: @Sendable (Net) -> Var<Double> = { $0.b2 }
    var value = 0.0
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(name: "at the recorded point, 6 neurons (a block of 4 and 2)"),
    Case(name: "16 neurons", width: 16),
    Case(name: "one neuron", width: 1),
    Case(name: "an inactive hinge: no gradient", value: 10),
    Case(name: "a pre-activation of −∞", leaf: { $0.b1[1] }, value: -.infinity),
    Case(name: "a pre-activation of +∞", leaf: { $0.b1[4] }, value: .infinity),
    Case(name: "a NaN weight", leaf: { $0.w1[2][0] }, value: .nan),
    Case(name: "an infinite input", leaf: { $0.x[1] }, value: -.infinity),
    Case(name: "every neuron dead", leaf: { $0.x[0] }, value: 0),
  ]

  static func same(_ a: Double, _ b: Double) -> Bool {
    a.isNaN ? b.isNaN : a.bitPattern == b.bitPattern
  }

  @Test("a replay gives the eager value and gradients", arguments: cases)
  func replay(_ c: Case) {
    let net = Net(inputs: 3, width: c.width)
    let tape = net.loss().compile()
    c.leaf(net).data = c.value
    if c.name.hasPrefix("every") {
      for bias in net.b1 { bias.data = -1 }  // and x₀ = 0: every pre-activation < 0
      for input in net.x { input.data = 0 }
    }
    for leaf in net.leaves { leaf.grad = 0 }
    tape.forward()
    tape.backward()
    let replayed = net.leaves.map(\.grad)
    for leaf in net.leaves { leaf.grad = 0 }
    let eager = net.loss()
    eager.backward()
    #expect(Self.same(tape.value, eager.data), "tape \(tape.value), eager \(eager.data)")
    for (index, leaf) in net.leaves.enumerated() {
      #expect(Self.same(replayed[index], leaf.grad), "leaf \(index)")
    }
  }

}

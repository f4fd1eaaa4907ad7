import Micrograd
import Testing

/// What `backward()` and `zeroGrad()` do to gradients: accumulation on every node,
/// resets, shared parameters, leaves.
@Suite("Backward semantics")
struct BackwardSemanticsTests {
  /// The lecture's neuron, keeping every node so that interior gradients can be read.
  struct Neuron {
    let x1 = Var(2.0)
    let x2 = Var(0.0)
    let w1 = Var(-3.0)
    let w2 = Var(1.0)
    let b = Var(6.8813735870195432)
    let x1w1: Var<Double>
    let x2w2: Var<Double>
    let n: Var<Double>
    let o: Var<Double>

    init() {
      x1w1 = x1 * w1
      x2w2 = x2 * w2
      n = x1w1 + x2w2 + b
      o = n.tanh()
    }

    var leaves: [Var<Double>] { [x1, x2, w1, w2, b] }
    var interior: [Var<Double>] { [x1w1, x2w2, n, o] }
    var all: [Var<Double>] { leaves + interior }
  }

  @Test("backward twice gives exactly twice the gradients, on leaves and interior nodes")
  func backwardTwiceDoubles() {
    let neuron = Neuron()
    neuron.o.backward()
    let once = neuron.all.map(\.grad)
    #expect(once.contains { $0 != 0 && $0 != 1 })
    neuron.o.backward()
    #expect(neuron.all.map(\.grad) == once.map { 2 * $0 })
    #expect(neuron.o.grad == 2)
  }

  @Test("backward from an interior node adds that node's derivatives only")
  func backwardFromInterior() {
    let neuron = Neuron()
    neuron.n.backward()
    // n = x1·w1 + x2·w2 + b: ∂n/∂x1 = w1, ∂n/∂w1 = x1, …; o is not involved.
    #expect(neuron.x1.grad == -3)
    #expect(neuron.w1.grad == 2)
    #expect(neuron.x2.grad == 1)
    #expect(neuron.w2.grad == 0)
    #expect(neuron.b.grad == 1)
    #expect(neuron.n.grad == 1)
    #expect(neuron.o.grad == 0)
  }

  @Test("zeroGrad on the output resets it and everything it depends on")
  func zeroGradResetsGraph() {
    let neuron = Neuron()
    neuron.o.backward()
    let first = neuron.all.map(\.grad)
    neuron.o.zeroGrad()
    #expect(neuron.all.allSatisfy { $0.grad == 0 })
    neuron.o.backward()
    #expect(neuron.all.map(\.grad) == first)
  }

  @Test("zeroGrad on an interior node leaves its consumers alone")
  func zeroGradOnInterior() {
    let neuron = Neuron()
    neuron.o.backward()
    neuron.n.zeroGrad()
    #expect(neuron.o.grad == 1)
    #expect([neuron.n, neuron.x1w1, neuron.x2w2].allSatisfy { $0.grad == 0 })
    #expect(neuron.leaves.allSatisfy { $0.grad == 0 })
  }

  @Test("[Var].zeroGrad() resets just those values")
  func zeroGradOnArray() {
    let neuron = Neuron()
    neuron.o.backward()
    let before = neuron.interior.map(\.grad)
    neuron.leaves.zeroGrad()
    #expect(neuron.leaves.allSatisfy { $0.grad == 0 })
    #expect(neuron.interior.map(\.grad) == before)
  }

  @Test("two losses through shared parameters add their gradients")
  func sharedParametersAccumulate() {
    /// Two losses of the parameters w and b, on fresh graphs each call.
    func losses(_ w: Var<Double>, _ b: Var<Double>) -> (Var<Double>, Var<Double>) {
      ((w * 0.7 + b).tanh(), (w * -1.3 + b).pow(2))
    }
    let (w1, b1) = (Var(0.4), Var(-0.2))
    losses(w1, b1).0.backward()
    let (w2, b2) = (Var(0.4), Var(-0.2))
    losses(w2, b2).1.backward()
    #expect(w1.grad != 0 && w2.grad != 0)

    let (w, b) = (Var(0.4), Var(-0.2))
    let (first, second) = losses(w, b)
    first.backward()
    second.backward()
    #expect(w.grad == w1.grad + w2.grad)
    #expect(b.grad == b1.grad + b2.grad)
  }

  @Test("backward on a leaf adds 1 to its gradient")
  func backwardOnLeaf() {
    let a = Var(5.0)
    a.backward()
    #expect(a.grad == 1)
    a.backward()
    #expect(a.grad == 2)
  }

  @Test("a node reused by several consumers gets the sum of their contributions")
  func reusedInteriorNode() {
    let x = Var(0.5)
    let t = x.tanh()
    let y = t * t + 3 * t - t.exp()
    y.backward()
    // dy/dt = 2t + 3 − eᵗ; dy/dx = dy/dt · (1 − t²).
    let dt = 2 * t.data + 3 - Double.exp(t.data)
    #expect(abs(t.grad - dt) < 1e-15)
    #expect(abs(x.grad - dt * (1 - t.data * t.data)) < 1e-15)
  }

  @Test("2 − x is not x − 2, and −x, x − 2, x / 2, 2 / x have the right partials")
  func constantOperandOrder() {
    let x = Var(5.0)
    let cases: [(Var<Double>, Double, Double)] = [
      (2 - x, -3, -1), (x - 2, 3, 1), (-x, -5, -1), (x / 2, 2.5, 0.5), (2 / x, 0.4, -0.08),
      (2 + x, 7, 1), (x * 2, 10, 2),
    ]
    for (y, value, derivative) in cases {
      x.grad = 0
      y.backward()
      #expect(y.data == value)
      #expect(abs(x.grad - derivative) < 1e-16)
    }
  }

  @Test("compound assignment rebinds to a new node and leaves the old one alone")
  func compoundAssignment() {
    let x = Var(3.0)
    let y = Var(4.0)
    var a = x
    a += y
    #expect(a.id != x.id)
    #expect(x.data == 3)
    #expect(a.data == 7 && a.operation == "+")
    #expect(a.inputs.map(\.id) == [x.id, y.id])
    a -= 1
    a *= y
    a /= 2
    a.backward()
    // a = ((x + y) − 1)·y / 2: ∂a/∂x = y/2, ∂a/∂y = (x + 2y − 1)/2.
    #expect(a.data == 12)
    #expect(x.grad == 2)
    #expect(y.grad == 5)
  }
}

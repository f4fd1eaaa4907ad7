import Micrograd
import Testing

/// Every node is freed when the last value that needs it goes away: no retain
/// cycles, whatever the graph's shape and whatever was done with it.
@Suite("Memory: graphs are freed")
struct MemoryTests {
  /// The lecture's neuron, with every node watched; `use` runs on the output first.
  static func neuron(_ use: (Var<Double>) -> Void = { _ in }) -> WeakNodes<Double> {
    let x1 = Var(2.0)
    let x2 = Var(0.0)
    let w1 = Var(-3.0)
    let w2 = Var(1.0)
    let b = Var(6.8813735870195432)
    let x1w1 = x1 * w1
    let x2w2 = x2 * w2
    let n = x1w1 + x2w2 + b
    let o = n.tanh()
    use(o)
    return WeakNodes([x1, x2, w1, w2, b, x1w1, x2w2, n, o])
  }

  @Test("leaf, interior and output nodes are freed with the graph")
  func simpleGraph() {
    let watched = Self.neuron()
    #expect(watched.count == 9)
    #expect(watched.alive == 0)
  }

  @Test("freed after backward, zeroGrad, inspection and drawing")
  func afterUse() {
    let watched = Self.neuron { o in
      o.backward()
      o.backward()
      o.zeroGrad()
      _ = o.inputs.map(\.inputs)
      _ = o.localGradients
      _ = o.graphviz()
      _ = o.description
    }
    #expect(watched.alive == 0)
  }

  @Test("graphs with shared nodes are freed")
  func sharedNodes() {
    func build() -> WeakNodes<Double> {
      let a = Var(0.5)
      let square = a * a
      let t = square.tanh()
      let consumers = (0..<5).map { t * Double($0) + square }
      let out = Var.sum(consumers) * t
      out.backward()
      return WeakNodes([a, square, t, out] + consumers)
    }
    #expect(build().alive == 0)
  }

  @Test("n-ary nodes (sum, dot, custom) are freed")
  func naryNodes() {
    func build() -> WeakNodes<Double> {
      let xs = (0..<6).map { Var(Double($0) + 0.5) }
      let s = Var.sum(xs)
      let d = Var.dot(Array(xs[..<3]), Array(xs[3...]))
      let p = Var.product([s, d, xs[0]])
      let m = Var.mean([p, s, s])
      m.backward()
      return WeakNodes(xs + [s, d, p, m])
    }
    #expect(build().alive == 0)
  }

  @Test("holding the output keeps the whole graph; dropping it frees it")
  func outputKeepsGraph() {
    var output: Var<Double>? = nil
    var watched = WeakNodes<Double>()
    do {
      let a = Var(1.5)
      let b = (a * 2).exp()
      let c = b + a
      watched.append([a, b, c])
      output = c.sin()
      watched.append([output!])
    }
    #expect(watched.alive == 4)
    output!.backward()
    #expect(watched.alive == 4)
    output = nil
    #expect(watched.alive == 0)
  }

  @Test("holding a leaf keeps only the leaf (with its gradient)")
  func leafOutlivesGraph() {
    let parameter = Var(0.25)
    func step() -> WeakNodes<Double> {
      let loss = (parameter * 3).tanh().pow(2)
      loss.backward()
      return WeakNodes([loss] + loss.inputs)
    }
    let watched = step()
    #expect(watched.alive == 0)
    #expect(parameter.grad != 0)
    #expect(parameter.isLeaf)
  }

  @Test("holding an interior node keeps what it depends on, not its consumers")
  func interiorKeepsInputs() {
    var kept: Var<Double>? = nil
    var inputs = WeakNodes<Double>()
    var consumers = WeakNodes<Double>()
    do {
      let a = Var(1.0)
      let b = a.exp() * a
      let c = (b + 1).tanh()
      inputs.append([a, b, b.inputs[0]])
      consumers.append([c, c.inputs[0]])
      kept = b
    }
    #expect(inputs.alive == 3)
    #expect(consumers.alive == 0)
    #expect(kept?.operation == "*")
    kept = nil
    #expect(inputs.alive == 0)
  }

  @Test("checkGradients frees every graph it builds")
  func gradientCheckFreesGraphs() {
    final class Collector {
      var watched = WeakNodes<Double>()
    }
    let collector = Collector()
    let result = checkGradients(
      of: { x in
        let y = (x[0] * x[1]).tanh() + x[0].legendreP3()
        collector.watched.append(x + [y])
        return y
      }, at: [0.3, -0.7])
    #expect(result.passed)
    #expect(collector.watched.count == 5 * 3)
    #expect(collector.watched.alive == 0)
  }
}

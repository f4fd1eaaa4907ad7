import Micrograd
import Testing

/// Graphs far deeper and wider than a recursive implementation survives: the
/// topological sort, backward and release are all iterative. (DESIGN.md measured a
/// recursive sort crashing at about 50,000 nodes deep and recursive release at about
/// 58,000.)
@Suite("Deep and wide graphs")
struct DeepGraphTests {
  @Test("a chain of 10 million ops builds, back-propagates and is freed")
  func tenMillionChain() {
    // y = x negated 10 million times: the value is exactly x again and dy/dx is
    // exactly 1, so the result can be checked exactly however long the chain.
    // (About 25 s in a debug build on the 2-core test machine, most of it in the
    // unoptimised backward pass; well under a second in release.)
    let x = Var(0.75)
    var watched = WeakNodes<Double>()
    do {
      var y = x
      for _ in 0..<10_000_000 { y = -y }
      #expect(y.data == 0.75)
      y.backward()
      #expect(x.grad == 1)
      #expect(y.grad == 1)
      watched.append([y, y.inputs[0]])
    }
    #expect(watched.alive == 0)
    #expect(x.grad == 1)
  }

  @Test("a chain a million nodes deep, of unary, binary and n-ary nodes, is freed")
  func millionDeepRelease() {
    // Each step adds 1 or 2 nodes to the longest path: 600,000 steps make it
    // 1,000,000 nodes deep, 20 times what recursive release survives.
    var watched = WeakNodes<Double>()
    do {
      let x = Var(0.5)
      var y = x
      for i in 0..<600_000 {
        switch i % 3 {
        case 0: y = -y
        case 1: y = (y + y) * 0.5  // shared: y is both inputs
        default: y = Var.sum([y, x]) - x
        }
      }
      watched.append([x, y, y.inputs[0]])
      #expect(y.data == 0.5)
    }
    #expect(watched.alive == 0)
  }

  @Test("a node used by 10,000 consumers gets the summed gradient")
  func tenThousandConsumers() {
    let x = Var(0.3)
    let t = x.tanh()
    // Consumers t·k with k = 1…5 in turn: Σ k = 2000·15 = 30,000, exactly.
    let consumers = (0..<10_000).map { t * Double($0 % 5 + 1) }
    let leafConsumers = (0..<10_000).map { x * Double($0 % 5 + 1) }
    let out = Var.sum(consumers) + Var.sum(leafConsumers)
    out.backward()
    #expect(t.grad == 30_000)
    // x.grad = 30,000 from the leaf consumers, plus tanh′(x)·t.grad.
    #expect(x.grad == 30_000 + (1 - t.data * t.data) * 30_000)
  }

  @Test("Σ wᵢxᵢ as a chain of 100,000 additions (W4) back-propagates")
  func wideSum() {
    let n = 100_000
    let w = (0..<n).map { Var(Double($0 % 7) - 3) }
    let x = (0..<n).map { Var(Double($0 % 5) * 0.5) }
    var s = w[0] * x[0]
    for i in 1..<n { s = s + w[i] * x[i] }
    s.backward()
    #expect(w.indices.allSatisfy { w[$0].grad == x[$0].data && x[$0].grad == w[$0].data })
    // zeroGrad walks the same 300,000 nodes without recursion.
    s.zeroGrad()
    #expect(s.grad == 0 && s.inputs[0].grad == 0)
    #expect(w.allSatisfy { $0.grad == 0 } && x.allSatisfy { $0.grad == 0 })
  }

  @Test("a chain 60,000 deep can be drawn")
  func deepGraphviz() {
    var y = Var(1.0, label: "x")
    for _ in 0..<60_000 { y = y + 1 }
    let dot = y.graphviz()
    #expect(dot.contains("v0 [label=\"{  | data 60001.0000 | grad 0.0000 }\"];"))
    #expect(dot.contains("v60000 [label=\"{ x | data 1.0000 | grad 0.0000 }\"];"))
  }
}

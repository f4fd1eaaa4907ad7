import Micrograd
import Testing

/// Random graphs compiled at one point and replayed at others give, bit for bit, the
/// values and gradients of a graph built fresh at the new point: the tape runs the
/// same ops in the same order and sums each gradient in the eager order.
@Suite("Tape properties")
struct TapePropertyTests {
  /// What the replays of a batch of random graphs covered.
  struct Coverage {
    var graphs = 0
    var replays = 0
    var sharedGraphs = 0
    var kinds: Set<OpKind> = []
    /// Replays where some relu or abs took the other side of its kink.
    var kinkFlips = 0
    var nonFinite = 0
  }

  /// Whether two values are the same bits, or both NaN.
  static func same<T: BinaryFloatingPoint>(_ a: T, _ b: T) -> Bool {
    a.isNaN ? b.isNaN : (a == b && a.sign == b.sign)
  }

  /// The value and every input's gradient of `graph` built fresh at `point`.
  static func eager<T: ScalarMath>(_ graph: ExpressionGraph, at point: [T]) -> (T, [T]) {
    let inputs = point.map { Var($0) }
    let output = graph.function(inputs)
    output.backward()
    return (output.data, inputs.map(\.grad))
  }

  /// Compiles each random graph at its own point, replays it at `replays` new random
  /// points (each input moved with probability ¾) and compares with eager graphs.
  static func run<T: PropertyScalar>(
    _: T.Type, seed: UInt64, count: Int, replays: Int = 4, maxOps: Int = 12
  ) -> Coverage {
    var rng = SplitMix64(seed: seed)
    var coverage = Coverage()
    for _ in 0..<count {
      let graph = ExpressionGraph.random(
        using: &rng, kinds: OpKind.correct, maxInputs: 4, maxOps: maxOps)
      let start = graph.point.map { T($0) }
      let inputs = start.map { Var($0) }
      let tape = graph.function(inputs).compile()
      coverage.graphs += 1
      if graph.hasSharedOpResult { coverage.sharedGraphs += 1 }
      for case .apply(let kind, _, _) in graph.nodes { coverage.kinds.insert(kind) }
      let kinks = graph.nodes.indices.filter { index in
        if case .apply(let kind, _, _) = graph.nodes[index] {
          [.relu, .abs].contains(kind)
        } else {
          false
        }
      }
      var previous = start
      for _ in 0..<replays {
        let point = previous.map { x in
          rng.chance(0.75) ? T(rng.rounded(in: -2...2)) : x
        }
        for (input, x) in zip(inputs, point) {
          input.data = x
          input.grad = 0
        }
        let value = tape.forward()
        tape.backward()
        let (expected, gradients) = eager(graph, at: point)
        coverage.replays += 1
        if !expected.isFinite { coverage.nonFinite += 1 }
        let (old, new) = (graph.regions(at: previous), graph.regions(at: point))
        if kinks.contains(where: { old[$0] != new[$0] }) { coverage.kinkFlips += 1 }
        #expect(same(value, expected), "value at \(point)\n\(graph)")
        #expect(same(tape.value, value))
        for (input, gradient) in zip(inputs, gradients) {
          #expect(same(input.grad, gradient), "gradient at \(point)\n\(graph)")
        }
        previous = point
      }
    }
    return coverage
  }

  @Test("random graphs replay as fresh eager graphs, bit for bit, in Double")
  func double() {
    let coverage = Self.run(Double.self, seed: 0x7A9E, count: 300)
    #expect(coverage.replays == 1200)
    #expect(coverage.sharedGraphs > 30)
    #expect(coverage.kinds == Set(OpKind.correct))
    #expect(coverage.kinkFlips > 20)
  }

  @Test("random graphs replay as fresh eager graphs, bit for bit, in Float")
  func float() {
    let coverage = Self.run(Float.self, seed: 0xF10A7, count: 300)
    #expect(coverage.sharedGraphs > 30)
    #expect(coverage.kinds == Set(OpKind.correct))
    #expect(coverage.kinkFlips > 20)
  }

  @Test(
    "custom ops of every arity keep their results through replays",
    arguments: [
      OpKind.legendreP3, .hypot, .mean, .product,
    ])
  func customOps(kind: OpKind) {
    var rng = SplitMix64(seed: UInt64(OpKind.allCases.firstIndex(of: kind)!) + 0x5EED)
    for _ in 0..<50 {
      let graph = ExpressionGraph.single(kind, using: &rng)
      let inputs = graph.point.map { Var($0) }
      let tape = graph.function(inputs).compile()
      let point = inputs.map { _ in rng.rounded(in: -2...2) }
      for (input, x) in zip(inputs, point) { input.data = x }
      tape.forward()
      tape.backward()
      let (expected, gradients) = Self.eager(graph, at: point)
      #expect(Self.same(tape.value, expected), "\(graph)")
      #expect(zip(inputs, gradients).allSatisfy { Self.same($0.grad, $1) }, "\(graph)")
    }
  }

  @Test("a replay without new data gives the recorded value, and backward accumulates")
  func replayAccumulates() {
    let (x, y) = (Var(1.5), Var(-0.5))
    let z = (x * y + x.tanh()).relu() + (x / y).abs()
    let tape = z.compile()
    #expect(tape.value == z.data)
    #expect(tape.forward() == z.data)
    tape.backward()
    tape.backward()
    let (gx, gy) = (x.grad, y.grad)
    x.grad = 0
    y.grad = 0
    z.backward()
    #expect(gx == 2 * x.grad)
    #expect(gy == 2 * y.grad)
    #expect(tape.count == 7)
    #expect(tape.leafCount == 2)
  }
}

import Micrograd
import Testing

/// The tracers of the functional entry points against the eager graph: `Tracer`
/// (forward lanes for n ≤ 4, a flat recording beyond) for gradients and Jacobians, and
/// `HessianTracer` (hyper-dual for n ≤ 4, forward over reverse beyond) for second
/// derivatives, for every op and random graphs, in Float and Double.
@Suite("Tracers against the eager graph")
struct TracerTests {
  /// The eager gradient: leaves, the graph, `backward()`.
  static func eagerGradient<T: ScalarMath>(_ graph: ExpressionGraph, at x: [T]) -> [T] {
    let leaves = x.map { Var($0) }
    graph.function(leaves).backward()
    return leaves.map(\.grad)
  }

  /// The graph as a function of `extra` ignored inputs followed by its own: more than
  /// `Tracer.laneCount` inputs in all, so that the call takes reverse mode.
  static func padded<V: DifferentiableScalar>(_ graph: ExpressionGraph, extra: Int, _ x: [V])
    -> V where V.Scalar: ScalarMath
  {
    graph.function(Array(x[extra...]))
  }

  /// Checks `cases` graphs: the tracer's gradient in both of its modes against the eager
  /// one, to ``ForwardModeTests/ulps`` of the size of the terms summed.
  static func check<T: PropertyScalar & SIMDScalar>(
    _: T.Type, seed: UInt64, cases: Int, sourceLocation: SourceLocation = #_sourceLocation,
    generate: (inout SplitMix64) -> ExpressionGraph
  ) -> Int {
    var seeds = SplitMix64(seed: seed)
    var checked = 0
    for _ in 0..<cases {
      var rng = SplitMix64(seed: seeds.next())
      let graph = generate(&rng)
      let x = graph.point.map { T($0) }
      let eager = eagerGradient(graph, at: x)
      guard eager.allSatisfy(\.isFinite) else { continue }
      checked += 1
      let scales = graph.termMagnitudes(at: x)
      let (value, forward) = valueWithGradient(of: { graph.function($0) }, at: x)
      let extra = 9
      let reverse = gradient(
        of: { padded(graph, extra: extra, $0) }, at: [T](repeating: 1, count: extra) + x)
      #expect(value == graph.function(x.map { Var($0) }).data, sourceLocation: sourceLocation)
      #expect(reverse[..<extra].allSatisfy { $0 == 0 }, sourceLocation: sourceLocation)
      for i in x.indices {
        let ulps = T(ForwardModeTests.ulps)
        #expect(
          agree(forward[i], eager[i], ulps: ulps, scale: scales[i]),
          "\(T.self) input \(i): forward lanes \(forward[i]), eager \(eager[i])\n\(graph)",
          sourceLocation: sourceLocation)
        #expect(
          agree(reverse[extra + i], eager[i], ulps: ulps, scale: scales[i]),
          "\(T.self) input \(i): recording \(reverse[extra + i]), eager \(eager[i])\n\(graph)",
          sourceLocation: sourceLocation)
      }
    }
    return checked
  }

  @Test("each op, both modes, in Float and Double", arguments: OpKind.allCases)
  func eachOp(kind: OpKind) {
    let seed = 0x7A_ACE ^ UInt64(OpKind.allCases.firstIndex(of: kind)!)
    let generate = { (rng: inout SplitMix64) in ExpressionGraph.single(kind, using: &rng) }
    #expect(Self.check(Float.self, seed: seed, cases: 40, generate: generate) >= 30)
    #expect(Self.check(Double.self, seed: seed, cases: 40, generate: generate) >= 30)
  }

  @Test(
    "random graphs with shared values, both modes, in Float and Double",
    arguments: [0x7ACE_1, 0x7ACE_2] as [UInt64])
  func randomGraphs(seed: UInt64) {
    let generate = { (rng: inout SplitMix64) in
      ExpressionGraph.random(using: &rng, kinds: OpKind.allCases, maxInputs: 8, maxOps: 12)
    }
    #expect(Self.check(Float.self, seed: seed, cases: 200, generate: generate) >= 180)
    #expect(Self.check(Double.self, seed: seed, cases: 200, generate: generate) >= 180)
  }

  @Test("four inputs take one forward pass; five take the recording; the answers agree")
  func laneBoundary() {
    func f<V: DifferentiableScalar>(_ x: [V]) -> V where V.Scalar: ScalarMath {
      var total = x[0]
      for i in 1..<x.count { total = total * x[i].sin() + x[i - 1] }
      return total
    }
    for n in [1, 2, 3, 4, 5, 7, 8, 9, 16, 100] {
      let x = (0..<n).map { 0.3 + 0.1 * Double($0) }
      let leaves = x.map { Var($0) }
      f(leaves).backward()
      let eager = leaves.map(\.grad)
      let ours = gradient(of: f, at: x)
      for i in 0..<n {
        #expect(agree(ours[i], eager[i], ulps: 8, scale: 1), "n \(n) input \(i)")
      }
    }
    #expect(Tracer<Double>.laneCount == 4)
  }

  @Test("forward lanes are NaN-safe: an infinite partial does not reach other inputs")
  func nanSafeLanes() {
    func f<V: DifferentiableScalar>(_ x: [V]) -> V { x[0].sqrt() + x[1] }
    let forward = gradient(of: f, at: [0.0, 2.0])
    let padded = gradient(
      of: { f(Array($0[9...])) }, at: [Double](repeating: 0, count: 9) + [0, 2])
    let eager = Self.eager(f, at: [0.0, 2.0])
    #expect(forward[0] == .infinity && forward[1] == 1)
    #expect(padded[9] == .infinity && padded[10] == 1)
    #expect(eager == [.infinity, 1])
  }

  static func eager(_ f: ([Var<Double>]) -> Var<Double>, at x: [Double]) -> [Double] {
    let leaves = x.map { Var($0) }
    f(leaves).backward()
    return leaves.map(\.grad)
  }

  @Test("a constant output, an input returned as is, no inputs")
  func edgeCases() {
    #expect(gradient(of: { _ in Tracer(3.0) }, at: [1.0, 2.0]) == [0, 0])
    #expect(gradient(of: { $0[1] }, at: [1.0, 2.0]) == [0, 1])
    #expect(valueWithGradient(of: { _ in Tracer(3.0) }, at: []) == (3, []))
    let wide = [Double](repeating: 1, count: 20)
    #expect(gradient(of: { $0[19] }, at: wide) == (0..<20).map { $0 == 19 ? 1 : 0 })
    #expect(gradient(of: { _ in Tracer(3.0) }, at: wide) == [Double](repeating: 0, count: 20))
  }

  @Test("the allocation-free form resizes its buffer and matches the array form")
  func intoForm() {
    var buffer: [Double] = []
    for n in [2, 12] {
      let x = (0..<n).map { Double($0) * 0.25 - 1 }
      func f<V: DifferentiableScalar>(_ x: [V]) -> V where V.Scalar: ScalarMath {
        V.sum(x.map { ($0 * $0).tanh() })
      }
      let value = valueWithGradient(of: f, at: x, into: &buffer)
      let (expected, gradient) = valueWithGradient(of: f, at: x)
      #expect(value == expected && buffer == gradient)
    }
  }

  @Test("a function of a function: gradient(of:at:) calls inside a traced function")
  func callsInside() {
    // An inner call on its own inputs (no value of the outer call reaches it) is fine,
    // in either mode and with the thread's arena already in use.
    for n in [2, 12] {
      let outer = gradient(
        of: { (x: [Tracer<Double>]) -> Tracer<Double> in
          let inner = gradient(of: { $0[0] * $0[0] }, at: [3.0])
          return x[0] * inner[0]
        }, at: [Double](repeating: 1, count: n))
      #expect(outer[0] == 6)
    }
  }
}

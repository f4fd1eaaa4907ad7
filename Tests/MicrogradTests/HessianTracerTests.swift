import Micrograd
import Testing

/// `HessianTracer` (hyper-dual for n ≤ 4, forward over reverse beyond) against the graph
/// path (`Var<Dual<T>>`), against itself across its two modes, and against exact values.
@Suite("Hessian tracers")
struct HessianTracerTests {
  static func rosenbrock<V: DifferentiableScalar>(_ x: [V]) -> V where V.Scalar: ScalarMath {
    (1 - x[0]).pow(2) + 100 * (x[1] - x[0] * x[0]).pow(2)
  }

  @Test("Rosenbrock: exact Hessians, gradient and value from the same pass")
  func rosenbrockExact() {
    let (value, gradient, h) = valueWithGradientAndHessian(of: Self.rosenbrock, at: [0.5, 2.0])
    #expect(value == 0.25 + 100 * 1.75 * 1.75)
    #expect(gradient == [-1 - 400 * 0.5 * 1.75, 200 * 1.75])
    #expect(h == [[2 - 800 + 300, -200], [-200, 200]])
    #expect(
      hessianVectorProduct(of: Self.rosenbrock, at: [1.0, 1.0], along: [1, 0]) == [802, -400])
  }

  @Test("no inputs, a constant, an input ignored")
  func edgeCases() {
    let none = valueWithGradientAndHessian(of: { _ in HessianTracer(Dual(2.0)) }, at: [Double]())
    #expect(none.value == 2 && none.gradient.isEmpty && none.hessian.isEmpty)
    #expect(hessian(of: { _ in HessianTracer(Dual(2.0)) }, at: [1.0, 2.0]) == [[0, 0], [0, 0]])
    #expect(hessian(of: { $0[1] * $0[1] }, at: [1.0, 3.0]) == [[0, 0], [0, 2]])
    #expect(hessianVectorProduct(of: { $0[0] * $0[1] }, at: [1.0, 3.0], along: [1, 0]) == [0, 1])
  }

  /// The graph path's Hessian, for comparison.
  static func graphHessian<T: ScalarMath>(_ graph: ExpressionGraph, at x: [T]) -> [[T]] {
    hessian(of: { (v: [Var<Dual<T>>]) in graph.function(v) }, at: x)
  }

  static func check<T: PropertyScalar & SIMDScalar>(
    _: T.Type, seed: UInt64, cases: Int, tolerance: T,
    sourceLocation: SourceLocation = #_sourceLocation,
    generate: (inout SplitMix64) -> ExpressionGraph
  ) -> Int {
    var seeds = SplitMix64(seed: seed)
    var checked = 0
    for _ in 0..<cases {
      var rng = SplitMix64(seed: seeds.next())
      let graph = generate(&rng)
      let x = graph.point.map { T($0) }
      let n = x.count
      let reference = graphHessian(graph, at: x)
      let scale = reference.joined().reduce(T(1)) { Swift.max($0, $1.magnitude) }
      guard scale.isFinite else { continue }
      checked += 1
      let hyperDual = hessian(of: { graph.function($0) }, at: x)
      let extra = 5
      let wide = hessian(
        of: { graph.function(Array($0[extra...])) }, at: [T](repeating: 0, count: extra) + x)
      let direction = (0..<n).map { T($0 + 1) / T(n) }
      let product = hessianVectorProduct(of: { graph.function($0) }, at: x, along: direction)
      let referenceProduct = hessianVectorProduct(
        of: { (v: [Var<Dual<T>>]) in graph.function(v) }, at: x, along: direction)
      for i in 0..<n {
        #expect(
          (product[i] - referenceProduct[i]).magnitude <= tolerance * scale,
          "\(T.self) (Hv)[\(i)]: \(product[i]), graph \(referenceProduct[i])\n\(graph)",
          sourceLocation: sourceLocation)
        for j in 0..<n {
          #expect(
            (hyperDual[i][j] - reference[i][j]).magnitude <= tolerance * scale,
            "\(T.self) H[\(i)][\(j)]: hyper-dual \(hyperDual[i][j]), graph \(reference[i][j])\n\(graph)",
            sourceLocation: sourceLocation)
          #expect(
            (wide[extra + i][extra + j] - reference[i][j]).magnitude <= tolerance * scale,
            "\(T.self) H[\(i)][\(j)]: forward over reverse \(wide[extra + i][extra + j]), graph \(reference[i][j])\n\(graph)",
            sourceLocation: sourceLocation)
        }
      }
      #expect(
        wide[..<extra].allSatisfy { $0.allSatisfy { $0 == 0 } }, sourceLocation: sourceLocation)
    }
    return checked
  }

  @Test(
    "each op: hyper-dual, forward over reverse and H·v against the graph path",
    arguments: OpKind.correct)
  func eachOp(kind: OpKind) {
    let seed = 0x4E55 ^ UInt64(OpKind.allCases.firstIndex(of: kind)!)
    let generate = { (rng: inout SplitMix64) in ExpressionGraph.single(kind, using: &rng) }
    #expect(
      Self.check(Double.self, seed: seed, cases: 30, tolerance: 1e-12, generate: generate) >= 20)
    #expect(
      Self.check(Float.self, seed: seed, cases: 30, tolerance: 1e-4, generate: generate) >= 20)
  }

  @Test("random graphs of up to four inputs", arguments: [0x4E55_1, 0x4E55_2] as [UInt64])
  func randomGraphs(seed: UInt64) {
    let generate = { (rng: inout SplitMix64) in
      ExpressionGraph.random(using: &rng, kinds: OpKind.correct, maxInputs: 4, maxOps: 10)
    }
    #expect(
      Self.check(Double.self, seed: seed, cases: 150, tolerance: 1e-11, generate: generate) >= 120)
    #expect(
      Self.check(Float.self, seed: seed, cases: 150, tolerance: 2e-4, generate: generate) >= 120)
  }

  @Test("a Hessian of twelve inputs (forward over reverse) is symmetric and matches the graph")
  func wideHessian() {
    func f<V: DifferentiableScalar>(_ x: [V]) -> V where V.Scalar: ScalarMath {
      var total = V(0)
      for i in 1..<x.count { total += (x[i] * x[i - 1]).tanh() + x[i].exp() * x[0] }
      return total
    }
    let x = (0..<12).map { 0.1 * Double($0) - 0.4 }
    let ours = hessian(of: f, at: x)
    let graph = hessian(of: { (v: [Var<Dual<Double>>]) in f(v) }, at: x)
    for i in 0..<12 {
      for j in 0..<12 {
        #expect(abs(ours[i][j] - graph[i][j]) <= 1e-13)
        #expect(abs(ours[i][j] - ours[j][i]) <= 1e-13)
      }
    }
  }
}

/// `CompiledGradient`: the same numbers as `gradient(of:at:)`, and branches handled by
/// its policy.
@Suite("CompiledGradient")
struct CompiledGradientTests {
  static func kinked(_ x: [Tracer<Double>]) -> Tracer<Double> {
    x[0] < x[1] ? x[0] * x[0] * x[1] : 3 * x[1] + x[0]
  }

  @Test("the same gradient as gradient(of:at:), at many points, in both modes")
  func sameAsGradient() {
    func f<V: DifferentiableScalar>(_ x: [V]) -> V where V.Scalar: ScalarMath {
      V.sum(x.indices.map { i in (x[i] * V.Scalar(i + 1)).sin() * x[0] })
    }
    for n in [3, 11] {
      let compiled = CompiledGradient(of: f, at: [Double](repeating: 0.5, count: n))
      #expect(compiled.inputCount == n)
      var buffer: [Double] = []
      for k in 0..<20 {
        let x = (0..<n).map { Double($0 + k) * 0.07 }
        let expected = valueWithGradient(of: f, at: x)
        let got = compiled.valueWithGradient(at: x)
        #expect(got.value == expected.value && got.gradient == expected.gradient)
        #expect(compiled.gradient(at: x) == expected.gradient)
        #expect(compiled.valueWithGradient(at: x, into: &buffer) == expected.value)
        #expect(buffer == expected.gradient)
      }
    }
  }

  @Test("a branch on a comparison: the right gradient on both sides, the change listed")
  func branchBothSides() {
    for policy in [BranchPolicy.reRecord, .report] {
      let compiled = CompiledGradient(of: Self.kinked, at: [1, 2], policy: policy)
      #expect(compiled.gradient(at: [1, 2]) == [4, 1])
      #expect(compiled.branchChanges.isEmpty)
      #expect(compiled.gradient(at: [3, 2]) == [1, 3])  // the other side
      #expect(compiled.branchChanges.count == 1)
      #expect(compiled.branchChanges[0].recorded == true)
      #expect(compiled.branchChanges[0].values == (3, 2))
      _ = compiled.gradient(at: [4, 2])
      // Re-recording adopts the new side; reporting keeps comparing with the first.
      #expect(compiled.branchChanges.count == (policy == .reRecord ? 1 : 2))
      #expect(compiled.reRecordings == (policy == .reRecord ? 1 : 0))
    }
  }

  @Test("the trap policy stops at a changed comparison, naming it")
  func trapPolicy() async {
    let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
      let compiled = CompiledGradient(of: CompiledGradientTests.kinked, at: [1, 2], policy: .trap)
      _ = compiled.gradient(at: [3, 2])
    }
    let message = String(decoding: result?.standardErrorContent ?? [], as: UTF8.self)
    #expect(message.contains("CompiledGradient: comparison"), "\(message)")
  }

  @Test("many inputs: the recording branch, with its comparisons")
  func recordingBranch() {
    let compiled = CompiledGradient(
      of: { (x: [Tracer<Double>]) in x[0] > 0 ? x[0] * x[11] : x[11] },
      at: Array(repeating: 1, count: 12))
    #expect(compiled.gradient(at: Array(repeating: 2, count: 12))[0] == 2)
    #expect(compiled.gradient(at: [-1] + Array(repeating: 2, count: 11))[0] == 0)
    #expect(compiled.branchChanges.count == 1)
  }
}

import Micrograd
import Testing

/// Forward mode (`Dual`, through `directionalDerivative`) against reverse mode
/// (`gradient(of:at:)` and `backward()`) and against central finite differences, for
/// every op and for random expression graphs, in Float and Double.
///
/// Forward and reverse mode multiply the same local partials, in a different order, so
/// they must agree to a few units in the last place. The finite-difference side reuses
/// the reverse-mode property of ``ExpressionGraph/check(as:)`` (its steps, tolerances and
/// skips), and holds forward mode to the same tolerance.
@Suite("Forward mode against reverse mode and finite differences")
struct ForwardModeTests {
  /// The largest difference allowed between the two modes, in ulps of the size of the
  /// terms they sum (``TermMagnitude``; at least 1). Calibration: over 6,000 Float and
  /// 6,000 Double random graphs (these two seeds, 3,000 cases each) the largest
  /// difference was 3 ulps of that size; measured against the result alone it was 64
  /// ulps, from cancellation.
  static let ulps = 8.0

  @Test("each op, in Float and Double", arguments: OpKind.correct)
  func eachOp(kind: OpKind) {
    let seed = 0xF0_4A4D ^ UInt64(OpKind.allCases.firstIndex(of: kind)!)
    for outcome in [
      checkModes(Float.self, seed: seed, cases: 60) { ExpressionGraph.single(kind, using: &$0) },
      checkModes(Double.self, seed: seed, cases: 60) { ExpressionGraph.single(kind, using: &$0) },
    ] {
      #expect(outcome.checked >= 50, "\(kind): only \(outcome.checked) cases checked")
    }
  }

  @Test("random graphs of every op, in Float and Double", arguments: [0xD0A1, 0xD0A2] as [UInt64])
  func randomGraphs(seed: UInt64) {
    let generate = { (rng: inout SplitMix64) in
      ExpressionGraph.random(using: &rng, kinds: OpKind.correct)
    }
    let float = checkModes(Float.self, seed: seed, cases: 300, generate: generate)
    let double = checkModes(Double.self, seed: seed, cases: 300, generate: generate)
    #expect(float.checked >= 270 && double.checked >= 270)
    // Graphs, unlike single ops, sum partials in different orders in the two modes: the
    // comparison must have met differences, or it would not be testing the tolerance.
    #expect(float.worstUlps + double.worstUlps > 0)
  }

  @Test(
    "a wrong forward tangent would be caught: the deliberately wrong op differs from finite differences"
  )
  func wrongOpIsCaught() {
    // WrongCube's partial is wrong in every mode alike, so the modes agree with each
    // other and both disagree with finite differences.
    let x: [Double] = [1.5]
    let forward = directionalDerivative(
      of: { OpKind.wrongCube.apply(generic: $0, constant: 0) }, at: x, along: [1])
    let reverse = gradient(of: { OpKind.wrongCube.apply(generic: $0, constant: 0) }, at: x)
    #expect(forward == reverse[0])
    #expect(abs(forward - 3 * 1.5 * 1.5) > 1)
  }

  /// The lecture's neuron, written once generically.
  static func neuron<V: DifferentiableScalar>(_ p: [V]) -> V where V.Scalar: ScalarMath {
    (p[0] * p[2] + p[1] * p[3] + p[4]).tanh()
  }

  @Test("the lecture's neuron: forward-mode derivatives equal backward()'s")
  func neuron() {
    let point = [2.0, 0.0, -3.0, 1.0, 6.8813735870195432]  // x1, x2, w1, w2, b
    let leaves = point.map { Var($0) }
    let o = Self.neuron(leaves)
    o.backward()
    let backward = leaves.map(\.grad)
    let forward = point.indices.map { j in
      directionalDerivative(
        of: Self.neuron, at: point, along: point.indices.map { $0 == j ? 1 : 0 })
    }
    #expect(forward == backward)
    // PyTorch's values (see KnownValuesTests): x1 −1.5, x2 0.5, w1 1, w2 0, b 0.5.
    let expected = [-1.5, 0.5, 1.0, 0.0, 0.5]
    for (value, reference) in zip(forward, expected) { #expect(abs(value - reference) < 1e-12) }
    // The same from a single Dual, seeded by hand.
    let seeded = Self.neuron(point.indices.map { Dual(point[$0], tangent: $0 == 4 ? 1 : 0) })
    #expect(seeded.data == o.data)
    #expect(seeded.tangent == backward[4])
  }

  @Test("derivative(of:at:) of a function of one scalar")
  func derivativeOfOneScalar() {
    let x = 2.0
    #expect(derivative(of: { x in x * x.sin() }, at: x) == Double.sin(x) + x * Double.cos(x))
    #expect(derivative(of: { $0.exp() }, at: Float(1)) == Float.exp(1))
  }
}

/// What ``checkModes(_:seed:cases:generate:)`` found.
struct ModeAgreement {
  var checked = 0
  var skipped = 0
  /// The largest difference between forward and reverse mode, in ulps.
  var worstUlps = 0.0
}

/// Checks `cases` graphs from `generate` in type `T`: forward mode against reverse mode
/// (to ``ForwardModeTests/ulps``), and both against finite differences.
@discardableResult
func checkModes<T: PropertyScalar>(
  _: T.Type, seed: UInt64, cases: Int, sourceLocation: SourceLocation = #_sourceLocation,
  generate: (inout SplitMix64) -> ExpressionGraph
) -> ModeAgreement {
  var seeds = SplitMix64(seed: seed)
  var outcome = ModeAgreement()
  let tolerance = T.propertyTolerance
  for _ in 0..<cases {
    var rng = SplitMix64(seed: seeds.next())
    let graph = generate(&rng)
    switch graph.check(as: T.self) {
    case .skipped:
      outcome.skipped += 1
      continue
    case .failed(let failed):
      Issue.record("reverse mode against finite differences:\n\(graph)\n\(failed)")
      continue
    case .passed: break
    }
    outcome.checked += 1
    let x = graph.point.map { T($0) }
    // The analytic (backward()) and numeric gradients at the point, to compare with.
    let result = checkGradients(
      of: { graph.function($0) }, at: x, step: tolerance.step,
      absoluteTolerance: tolerance.absolute, relativeTolerance: tolerance.relative)
    let reverse = gradient(of: { graph.function($0) }, at: x)
    let forward = graph.forwardGradient(at: x)
    let scales = graph.termMagnitudes(at: x)
    for i in x.indices {
      let size = Swift.max(forward[i].magnitude, reverse[i].magnitude, scales[i], 1)
      outcome.worstUlps = Swift.max(
        outcome.worstUlps, Double((forward[i] - reverse[i]).magnitude / size.ulp))
      #expect(
        agree(forward[i], reverse[i], ulps: T(ForwardModeTests.ulps), scale: scales[i]),
        "\(T.self) input \(i): forward \(forward[i]), reverse \(reverse[i])\n\(graph)",
        sourceLocation: sourceLocation)
      #expect(
        agree(reverse[i], result.analytic[i], ulps: T(ForwardModeTests.ulps), scale: scales[i]),
        "\(T.self) input \(i): gradient(of:at:) \(reverse[i]), backward() \(result.analytic[i])",
        sourceLocation: sourceLocation)
      let numeric = result.numeric[i]
      #expect(
        (forward[i] - numeric).magnitude <= tolerance.absolute + tolerance.relative
          * numeric.magnitude,
        "\(T.self) input \(i): forward \(forward[i]), finite difference \(numeric)\n\(graph)",
        sourceLocation: sourceLocation)
    }
  }
  return outcome
}

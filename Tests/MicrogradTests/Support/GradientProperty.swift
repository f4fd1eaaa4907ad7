import Foundation
import Micrograd
import MicrogradTesting
import Testing

extension Tolerance {
  /// The engine's own bar for random graphs, where it is stricter than the kit's
  /// defaults; `nil` where the default is right.
  ///
  /// - **Double**: h = 1e-6 and 1e-6 + 1e-6·|g|, 100× tighter in relative terms than
  ///   the kit's default (1e-5 + 1e-3·|g|). The graphs keep every value within ±20
  ///   and every operand 0.2 away from a pole or branch point, so the rounding error
  ///   ε·S/h is ≲ 1e-8 and the truncation error ≈ 1.7e-13·|f‴|; points where f curves
  ///   too fast are skipped by the kit's h-against-h/2 test.
  /// - **Float**: the kit's default, Float against Double (1e-4 + 1e-4·|g|, the
  ///   differences in Double).
  ///
  /// The largest errors actually seen are recorded next to the tests that use them.
  static func engine<T: BinaryFloatingPoint>(for _: T.Type) -> Tolerance? {
    T.self == Double.self ? Tolerance(step: 1e-6, absolute: 1e-6, relative: 1e-6) : nil
  }
}

/// What checking one case found.
enum CaseVerdict<T: BinaryFloatingPoint> {
  /// The finite difference is not meaningful here (the reason says why).
  case skipped(String)
  case passed(GradientPropertyResult<T>)
  case failed(GradientPropertyResult<T>)

  var isFailure: Bool { if case .failed = self { true } else { false } }
}

extension ExpressionGraph {
  /// Whether every op is smooth at the point, with operands away from its
  /// singularities, and every value finite and within ``valueBound``.
  var isWellConditioned: Bool {
    let values = values(at: point)
    return nodes.indices.allSatisfy { index in
      guard values[index].isFinite, values[index].magnitude <= Self.valueBound else {
        return false
      }
      guard case .apply(let kind, let constant, let operands) = nodes[index] else {
        return true
      }
      return kind.isSmooth(at: operands.map { values[$0] }, constant: constant)
    }
  }

  /// Checks this graph at its point in type `T` with the kit (reverse mode against
  /// differences, forward mode against reverse), unless a step of the difference
  /// would cross a kink of relu or abs inside the graph.
  func check<T: ScalarMath>(as _: T.Type) -> CaseVerdict<T> {
    guard isWellConditioned else { return .skipped("near a singularity or too large") }
    let x = point.map { T($0) }
    let tolerance =
      Tolerance.engine(for: T.self) ?? .default(for: T.self, comparingWithDouble: true)
    // The kit takes Float's differences in Double, at the Float point.
    let exact = x.map { Double($0) }
    let regions = regions(at: exact)
    for i in exact.indices {
      for direction in [-1.0, 1] {
        var moved = exact
        moved[i] += direction * tolerance.step
        if self.regions(at: moved) != regions { return .skipped("a step crosses a kink") }
      }
    }
    let result = checkFunction(
      self, inputs: x.count, as: T.self, name: "graph", tolerance: tolerance, at: x)
    if result.failure != nil { return .failed(result) }
    if result.skippedCount > 0 { return .skipped(result.skipped.keys.sorted().joined()) }
    return .passed(result)
  }
}

/// A failing case, as found and as shrunk.
struct PropertyFailure: CustomStringConvertible {
  var typeName: String
  var caseSeed: UInt64
  var original: ExpressionGraph
  var originalResult: String
  var shrunk: ExpressionGraph
  var shrunkResult: String
  var shrinkSteps: Int

  var description: String {
    """
    Gradient property failed for \(typeName), case seed \
    0x\(String(caseSeed, radix: 16)) (rerun just this case with \
    MICROGRAD_CASE_SEED=0x\(String(caseSeed, radix: 16))).
    Shrunk in \(shrinkSteps) step\(shrinkSteps == 1 ? "" : "s") to:
    \(shrunk)
    \(shrunkResult)
    Original case:
    \(original)
    \(originalResult)
    """
  }
}

/// The outcome of running a property over many cases.
struct PropertyOutcome {
  /// The number of cases generated.
  var total = 0
  var checked = 0
  var skipped = 0
  /// Checked cases in which an op's result was used more than once.
  var shared = 0
  /// The largest error of a passing case, as a fraction of what was allowed.
  var worstErrorRatio = 0.0
  var failure: PropertyFailure?
}

/// Checks `cases` random graphs from `generate` in type `T`, stopping at the first
/// failure, which it shrinks.
///
/// Case i is generated from the i-th output of `SplitMix64(seed: seed)`, so a run is
/// reproducible. Setting `MICROGRAD_CASE_SEED` runs only the case with that seed.
func runGradientProperty<T: ScalarMath>(
  _: T.Type, seed: UInt64, cases: Int,
  generate: (inout SplitMix64) -> ExpressionGraph
) -> PropertyOutcome {
  var seeds = SplitMix64(seed: seed)
  var caseSeeds = (0..<cases).map { _ in seeds.next() }
  if let text = ProcessInfo.processInfo.environment["MICROGRAD_CASE_SEED"],
    let forced = UInt64(text.replacingOccurrences(of: "0x", with: ""), radix: 16)
  {
    caseSeeds = [forced]
  }
  var outcome = PropertyOutcome(total: caseSeeds.count)
  for caseSeed in caseSeeds {
    var rng = SplitMix64(seed: caseSeed)
    let graph = generate(&rng)
    switch graph.check(as: T.self) {
    case .skipped:
      outcome.skipped += 1
    case .passed(let result):
      outcome.checked += 1
      if graph.hasSharedOpResult { outcome.shared += 1 }
      outcome.worstErrorRatio = max(outcome.worstErrorRatio, result.worstRatio)
    case .failed(let result):
      outcome.checked += 1
      let (shrunk, steps) = graph.shrunk { $0.check(as: T.self).isFailure }
      var shrunkResult = "\(result.failure!.shrunk)"
      if case .failed(let small) = shrunk.check(as: T.self) {
        shrunkResult = "\(small.failure!.shrunk)"
      }
      outcome.failure = PropertyFailure(
        typeName: "\(T.self)", caseSeed: caseSeed, original: graph,
        originalResult: "\(result.failure!.shrunk)",
        shrunk: shrunk, shrunkResult: shrunkResult, shrinkSteps: steps)
      return outcome
    }
  }
  return outcome
}

/// Runs ``runGradientProperty(_:seed:cases:generate:)`` and records an issue with the
/// seed and the shrunk case if it fails, or if too few cases could be checked.
@discardableResult
func expectGradientProperty<T: ScalarMath>(
  _ type: T.Type, seed: UInt64, cases: Int,
  sourceLocation: SourceLocation = #_sourceLocation,
  generate: (inout SplitMix64) -> ExpressionGraph
) -> PropertyOutcome {
  let outcome = runGradientProperty(type, seed: seed, cases: cases, generate: generate)
  if let failure = outcome.failure {
    Issue.record("\(failure)", sourceLocation: sourceLocation)
  }
  #expect(
    outcome.failure != nil || outcome.checked * 10 >= outcome.total * 9,
    "only \(outcome.checked) of \(outcome.total) cases could be checked (\(T.self))",
    sourceLocation: sourceLocation)
  return outcome
}

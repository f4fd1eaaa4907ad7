import Foundation
import Micrograd
import Testing

/// The step and tolerances of the finite-difference property tests, per precision.
///
/// Central differences, (f(x + h) − f(x − h)) / 2h, err in two ways:
/// - truncation, about h²·|f‴|/6;
/// - rounding, about ε·S/h, where ε is the unit roundoff and S the size of the
///   rounding errors of f's evaluation (for a short graph, a few times its largest
///   intermediate value).
///
/// The generated cases keep every intermediate value within ±20 and every operand at
/// least 0.2 away from a pole or branch point, and a case is skipped when a perturbed
/// point would cross a kink of relu or abs, or when differences at h and h/2 disagree
/// (then |f‴| is so large, as in sin(1.1/x) near x = −0.3, that the truncation error
/// swamps the tolerance; see ``ExpressionGraph/check(as:)``).
///
/// - **Double** (ε = 1.1e-16): h = 1e-6 gives truncation ≈ 1.7e-13·|f‴| and rounding
///   ≈ 1.1e-16 · S / 1e-6 ≲ 1e-8 for S up to 100. We allow 1e-6 + 1e-6·|g|, 100× that
///   and 100× tighter in relative terms than the package's default (1e-5 + 1e-3·|g|);
///   a wrong derivative is typically off by O(1)·|g|.
/// - **Float** (ε = 6e-8): the package's defaults, h = 1e-3 and 1e-2 + 1e-2·|g|.
///   Truncation is ≈ 1.7e-7·|f‴|, negligible unless |f‴| ≳ 1e4 (and such cases are
///   skipped, above); rounding is ≈ 6e-8 · S / 1e-3 = 6e-5·S, about 3e-3 for S = 50.
///   (A larger step, 2⁻⁸ ≈ ε^(1/3), which balances the two error terms for a
///   well-scaled f, did worse here: these random compositions curve fast, and its
///   largest error was 84% of the tolerance instead of 37%.)
///
/// The largest errors actually seen are recorded next to the tests that use these
/// tolerances.
struct GradientTolerance<T: BinaryFloatingPoint> {
  var step: T
  var absolute: T
  var relative: T
}

/// A scalar type the property tests run for.
protocol PropertyScalar: ScalarMath {
  static var propertyTolerance: GradientTolerance<Self> { get }
}

extension Double: PropertyScalar {
  static var propertyTolerance: GradientTolerance<Double> {
    GradientTolerance(step: 1e-6, absolute: 1e-6, relative: 1e-6)
  }
}

extension Float: PropertyScalar {
  static var propertyTolerance: GradientTolerance<Float> {
    GradientTolerance(step: 1e-3, absolute: 1e-2, relative: 1e-2)
  }
}

/// What checking one case found.
enum CaseVerdict<T: BinaryFloatingPoint> {
  /// The finite difference is not meaningful here (the reason says why).
  case skipped(String)
  case passed(GradientCheckResult<T>)
  case failed(GradientCheckResult<T>)

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

  /// Compares the engine's gradient of this graph, in type `T`, with central
  /// differences, unless the difference would not be meaningful.
  func check<T: PropertyScalar>(as _: T.Type) -> CaseVerdict<T> {
    guard isWellConditioned else { return .skipped("near a singularity or too large") }
    let tolerance = T.propertyTolerance
    let x = point.map { T($0) }
    let regions = regions(at: x)
    for i in x.indices {
      for direction: T in [-1, 1] {
        var moved = x
        moved[i] += direction * tolerance.step
        if self.regions(at: moved) != regions { return .skipped("a step crosses a kink") }
      }
    }
    let result = checkGradients(
      of: { self.function($0) }, at: x, step: tolerance.step,
      absoluteTolerance: tolerance.absolute, relativeTolerance: tolerance.relative)
    if result.passed { return .passed(result) }
    // Central differences converge as h²: D(h) − D(h/2) ≈ ¾ of D(h)'s truncation
    // error. Where that is not small next to the tolerance, f curves (or oscillates)
    // too fast for a step of h, and the difference proves nothing either way. This
    // test never looks at the engine's gradient, so it cannot hide a wrong one.
    let half = numericalGradient(of: { self.function($0) }, at: x, step: tolerance.step / 2)
    for (coarse, fine) in zip(result.numeric, half) {
      let allowed = tolerance.absolute + tolerance.relative * coarse.magnitude
      if !((coarse - fine).magnitude * 4 / 3 <= allowed / 4) {
        return .skipped("the function curves too fast for a step of \(tolerance.step)")
      }
    }
    return .failed(result)
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
func runGradientProperty<T: PropertyScalar>(
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
  let tolerance = T.propertyTolerance
  for caseSeed in caseSeeds {
    var rng = SplitMix64(seed: caseSeed)
    let graph = generate(&rng)
    switch graph.check(as: T.self) {
    case .skipped:
      outcome.skipped += 1
    case .passed(let result):
      outcome.checked += 1
      if graph.hasSharedOpResult { outcome.shared += 1 }
      for (a, n) in zip(result.analytic, result.numeric) {
        let ratio = (a - n).magnitude / (tolerance.absolute + tolerance.relative * n.magnitude)
        outcome.worstErrorRatio = max(outcome.worstErrorRatio, Double(ratio))
      }
    case .failed(let result):
      outcome.checked += 1
      let (shrunk, steps) = graph.shrunk { $0.check(as: T.self).isFailure }
      var shrunkResult = "\(result)"
      if case .failed(let small) = shrunk.check(as: T.self) {
        shrunkResult = "\(small); analytic \(small.analytic), numeric \(small.numeric)"
      }
      outcome.failure = PropertyFailure(
        typeName: "\(T.self)", caseSeed: caseSeed, original: graph,
        originalResult: "\(result); analytic \(result.analytic), numeric \(result.numeric)",
        shrunk: shrunk, shrunkResult: shrunkResult, shrinkSteps: steps)
      return outcome
    }
  }
  return outcome
}

/// Runs ``runGradientProperty(_:seed:cases:generate:)`` and records an issue with the
/// seed and the shrunk case if it fails, or if too few cases could be checked.
@discardableResult
func expectGradientProperty<T: PropertyScalar>(
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

import Micrograd
import Testing

/// The steps and tolerances of second derivatives against central differences of the
/// gradient, per precision: the step balances truncation (h²·|f⁗|/6) against rounding
/// (ε·|∇f|/h), about ε^(1/3).
extension PropertyScalar {
  static var hessianStep: Self { Self.ulpOfOne.squareRoot() < 1e-6 ? 1e-5 : 1e-2 }
  static var hessianTolerance: Self { Self.ulpOfOne.squareRoot() < 1e-6 ? 1e-5 : 2e-2 }
}

/// What ``checkHessians(_:seed:cases:generate:)`` found.
struct HessianOutcome: CustomStringConvertible {
  var checked = 0
  var skipped = 0
  var description: String { "\(checked) checked, \(skipped) skipped" }
}

/// Checks the Hessians of `cases` graphs from `generate` in type `T` against central
/// differences of the reverse-mode gradient, and their symmetry.
///
/// A case is skipped where the first-order property skips it (a kink or singularity
/// nearby), where a step would cross a kink, or where differences at h and h/2 disagree
/// (the gradient curves too fast for the step to prove anything).
@discardableResult
func checkHessians<T: PropertyScalar>(
  _: T.Type, seed: UInt64, cases: Int, sourceLocation: SourceLocation = #_sourceLocation,
  generate: (inout SplitMix64) -> ExpressionGraph
) -> HessianOutcome {
  var seeds = SplitMix64(seed: seed)
  var outcome = HessianOutcome()
  let (h, tolerance) = (T.hessianStep, T.hessianTolerance)
  for _ in 0..<cases {
    var rng = SplitMix64(seed: seeds.next())
    let graph = generate(&rng)
    guard case .passed = graph.check(as: T.self) else {
      outcome.skipped += 1
      continue
    }
    let x = graph.point.map { T($0) }
    let n = x.count
    let regions = graph.regions(at: x)
    func moved(_ j: Int, by step: T) -> [T] {
      var y = x
      y[j] += step
      return y
    }
    let crossesKink = (0..<n).contains { j in
      graph.regions(at: moved(j, by: h)) != regions
        || graph.regions(at: moved(j, by: -h)) != regions
    }
    func difference(_ j: Int, step: T) -> [T] {
      let plus = gradient(of: { graph.function($0) }, at: moved(j, by: step))
      let minus = gradient(of: { graph.function($0) }, at: moved(j, by: -step))
      return (0..<n).map { (plus[$0] - minus[$0]) / (2 * step) }
    }
    let numeric = (0..<n).map { difference($0, step: h) }  // numeric[j][i] ≈ ∂²f/∂xᵢ∂xⱼ
    let halved = (0..<n).map { difference($0, step: h / 2) }
    let allowed = { (value: T) in tolerance + tolerance * value.magnitude }
    let smooth = (0..<n).allSatisfy { j in
      (0..<n).allSatisfy { i in
        (numeric[j][i] - halved[j][i]).magnitude * 4 / 3 <= allowed(numeric[j][i]) / 4
      }
    }
    guard !crossesKink, smooth else {
      outcome.skipped += 1
      continue
    }
    outcome.checked += 1
    let hessian = hessian(of: { graph.function($0) }, at: x)
    let scale = hessian.joined().reduce(T(1)) { Swift.max($0, $1.magnitude) }
    for i in 0..<n {
      for j in 0..<n {
        #expect(
          (hessian[i][j] - numeric[j][i]).magnitude <= allowed(numeric[j][i]),
          "\(T.self) H[\(i)][\(j)] = \(hessian[i][j]), finite difference \(numeric[j][i])\n\(graph)",
          sourceLocation: sourceLocation)
        #expect(
          agree(hessian[i][j], hessian[j][i], ulps: 16, scale: scale),
          "\(T.self) H[\(i)][\(j)] = \(hessian[i][j]) but H[\(j)][\(i)] = \(hessian[j][i])\n\(graph)",
          sourceLocation: sourceLocation)
      }
    }
  }
  return outcome
}

import Micrograd

/// Where a check draws an input from, stated in one word or one range.
///
/// ```swift
/// Domain.anyReal                          // typical reals, including near 0
/// Domain.positive                         // (0, ∞): log, sqrt
/// Domain.between(-1, 1)                   // the open interval (−1, 1): asin, atanh
/// Domain.anyReal.away(from: [0])          // not within 0.1 of a pole: 1/x
/// Domain.anyReal.kinks(at: [0])           // relu, abs: skip points within h of 0
/// Domain.integers(-3...3)                 // whole numbers: exponents
/// ```
///
/// Points are drawn by a `SplitMix64` with portable conversions and rounded
/// to three decimals, so a printed point is short and replays exactly.
public struct Domain: Sendable, CustomStringConvertible {
  /// The open interval draws are taken from.
  public var lower: Double
  /// The upper end of the open interval.
  public var upper: Double
  /// Whether only whole numbers are drawn. A whole-number input is held on its lattice:
  /// its partial derivative is not compared with a finite difference.
  public var isIntegral: Bool
  /// Points the draws keep ``margin`` away from: poles, branch points.
  public var excluded: [Double] = []
  /// The smallest distance from a point of ``excluded``.
  public var margin = 0.1
  /// Points where the function is not differentiable: a draw within the
  /// finite-difference step of one is skipped and counted, not failed.
  public var kinkPoints: [Double] = []
  /// A short description: `anyReal`, `(0.0, 1.0)`, `integers -3...3`.
  public var name: String
  var shape = Shape.uniform

  enum Shape: Sendable { case uniform, anyReal, logUniform }

  /// Typical reals: uniform in (−4, 4), with one draw in four of magnitude 0.001 to 1
  /// so that the neighborhood of 0 is covered too.
  public static let anyReal = Domain(
    lower: -4, upper: 4, isIntegral: false, name: "anyReal", shape: .anyReal)

  /// Positive reals: log-uniform in (0.01, 10), so small values are drawn as often as
  /// large ones.
  public static let positive = Domain(
    lower: 0, upper: 10, isIntegral: false, name: "positive", shape: .logUniform)

  /// Negative reals: the mirror image of ``positive``.
  public static let negative = Domain(
    lower: -10, upper: 0, isIntegral: false, name: "negative", shape: .logUniform)

  /// The open interval (`lower`, `upper`), uniform.
  ///
  /// - Precondition: `lower < upper`, both finite.
  public static func between(_ lower: Double, _ upper: Double) -> Domain {
    precondition(lower < upper && lower.isFinite && upper.isFinite, "empty domain")
    return Domain(lower: lower, upper: upper, isIntegral: false, name: "(\(lower), \(upper))")
  }

  /// Whole numbers in `range`, uniform: exponents, counts.
  public static func integers(_ range: ClosedRange<Int>) -> Domain {
    Domain(
      lower: Double(range.lowerBound) - 1, upper: Double(range.upperBound) + 1,
      isIntegral: true, name: "integers \(range)")
  }

  /// This domain without the points within `margin` of any of `points`.
  public func away(from points: [Double], by margin: Double = 0.1) -> Domain {
    var copy = self
    copy.excluded += points
    copy.margin = margin
    copy.name += " away from \(format(points))"
    return copy
  }

  /// This domain with kinks declared at `points`: a draw within the finite-difference
  /// step of one is skipped and counted, not failed.
  public func kinks(at points: [Double]) -> Domain {
    var copy = self
    copy.kinkPoints += points
    copy.name += " kinks at \(format(points))"
    return copy
  }

  /// The domain's name.
  public var description: String { name }

  /// Whether `x` is a point this domain can draw.
  public func contains(_ x: Double) -> Bool {
    guard lower < x, x < upper else { return false }
    if isIntegral, x.rounded() != x { return false }
    return excluded.allSatisfy { (x - $0).magnitude >= margin }
  }

  /// Whether `x` lies within `step` of a declared kink.
  public func isNearKink(_ x: Double, step: Double) -> Bool {
    kinkPoints.contains { (x - $0).magnitude <= step }
  }

  /// A random point of the domain, drawn from `generator`.
  public func draw(using generator: inout SplitMix64) -> Double {
    while true {
      let x = candidate(using: &generator)
      if contains(x) { return x }
    }
  }

  private func candidate(using g: inout SplitMix64) -> Double {
    if isIntegral {
      return lower + 1 + Double(g.index(below: Int(upper - lower) - 1))
    }
    switch shape {
    case .anyReal:
      if g.chance(0.25) {
        let small = Double.exp(g.uniform(Double.log(0.001), 0)).rounded(decimals: 3)
        return g.chance(0.5) ? small : -small
      }
      return g.uniform(lower, upper).rounded(decimals: 3)
    case .logUniform:
      let x = Double.exp(g.uniform(Double.log(0.01), Double.log(10))).rounded(decimals: 3)
      return upper > 0 ? x : -x
    case .uniform:
      // Rounded to 3 decimals where that stays inside: a range narrower than 0.001 (near
      // a critical point) would otherwise never be drawn from.
      let x = g.uniform(lower, upper)
      let rounded = x.rounded(decimals: 3)
      return lower < rounded && rounded < upper ? rounded : x
    }
  }
}

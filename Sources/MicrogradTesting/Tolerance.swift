import Micrograd

/// The finite-difference step and the errors a check allows.
///
/// A partial passes when |analytic − numeric| ≤ ``absolute`` + ``relative`` · |numeric|.
/// Central differences, (f(x + h) − f(x − h)) / 2h, err by about h²·|f‴|/6 from
/// truncation and by about ε·|f|/h from rounding; a wrong derivative is typically off
/// by O(1)·|g|, far outside every tolerance below.
///
/// The defaults, from ``default(for:comparingWithDouble:)``:
///
/// | checked in | step | absolute | relative | why |
/// |---|---|---|---|---|
/// | Double | 1e-6 | 1e-5 | 1e-3 | Micrograd's `defaultGradientCheckTolerances`, `torch.autograd.gradcheck`'s: the error at h = 1e-6 is about 1e-10 · scale |
/// | Float, against Double | 1e-6 (in Double) | 1e-4 | 1e-4 | the numeric side is Double's (error ≈ 1e-10), so only Float's rounding of the gradient is left: about 10³ ε_Float, room for a few dozen ops; |f| ≈ 300 is no problem |
/// | Float, alone | 1e-3 | 1e-2 | 1e-2 | Micrograd's defaults: rounding ε·|f|/h ≈ 6e-5·|f| at h = 1e-3 |
/// | other types | Micrograd's `defaultGradientCheckStep` and tolerances | | | |
///
/// Forward mode is compared with reverse mode, not with differences: both multiply
/// the same partials, in a different order, so they agree to ``forwardULPs`` units of
/// ε times the computation's scale, max(1, |f|, the largest partial). The default, 16,
/// is twice the largest difference seen (4.8 ulps, over 2,400 random expression graphs
/// with shared nodes, in Float and in Double).
///
/// A point is skipped, not failed, when the difference at h and at h/2 disagree by more
/// than a quarter of the allowed error: there f curves too fast (or has a kink) for a
/// step of h, and the difference proves nothing either way. This test looks only at f,
/// never at the gradient, so it cannot hide a wrong derivative.
public struct Tolerance: Sendable, Hashable, CustomStringConvertible {
  /// The finite-difference step h, in the precision the differences are taken in.
  public var step: Double
  /// The allowed |analytic − numeric| where the numeric partial is 0.
  public var absolute: Double
  /// The allowed error per unit of |numeric|.
  public var relative: Double
  /// The allowed |forward − reverse|, in units in the last place of the larger.
  public var forwardULPs: Double = 16

  /// Creates a tolerance.
  public init(step: Double, absolute: Double, relative: Double, forwardULPs: Double = 16) {
    self.step = step
    self.absolute = absolute
    self.relative = relative
    self.forwardULPs = forwardULPs
  }

  /// The default for checking type `T`, with the finite differences taken in Double
  /// when `comparingWithDouble` (see the table above).
  public static func `default`<T: BinaryFloatingPoint>(
    for type: T.Type, comparingWithDouble: Bool = false
  ) -> Tolerance {
    if comparingWithDouble, T.significandBitCount < Double.significandBitCount {
      return Tolerance(step: 1e-6, absolute: 1e-4, relative: 1e-4)
    }
    let (absolute, relative) = defaultGradientCheckTolerances(for: T.self)
    return Tolerance(
      step: Double(defaultGradientCheckStep(for: T.self)), absolute: Double(absolute),
      relative: Double(relative))
  }

  /// The error allowed for a numeric partial `numeric`.
  public func allowed(for numeric: Double) -> Double {
    absolute + relative * numeric.magnitude
  }

  /// `absolute 1e-05 + relative 0.001 × |numeric|`.
  public var description: String {
    "absolute \(absolute) + relative \(relative) × |numeric| (step \(step))"
  }
}

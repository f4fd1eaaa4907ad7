import Micrograd

/// The straight line of ``LinearDecay``.
public enum LinearDecayCurve: DecayCurve {
  /// `a − (a − b) · k / n`, in that order.
  @inlinable
  public static func value<T: ScalarMath>(at k: Int, of n: Int, from a: T, to b: T) -> T {
    a - (a - b) * T(k) / T(n)
  }
}

/// A learning rate that falls in a straight line: micrograd's demo schedule.
///
/// ```
/// lr(k) = initial − (initial − final) · k / steps    for k < steps
/// lr(k) = final                                      for k ≥ steps
/// ```
///
/// `LinearDecay(from: 1.0, to: 0.1, steps: 100)` is the demo's
/// `learning_rate = 1.0 - 0.9*k/100`, computed in the same order, so the values are
/// the same to the last bit.
public typealias LinearDecay<Scalar: ScalarMath> = Decay<Scalar, LinearDecayCurve>

import Micrograd

/// A learning rate that goes from `initial` at step 0 to `final` at step `steps`, along
/// a ``DecayCurve``, and stays at `final` after it: the one type behind ``LinearDecay``
/// and ``CosineDecay``.
///
/// ```
/// lr(k) = Curve.value(at: k, of: steps, from: initial, to: final)    for k < steps
/// lr(k) = final                                                      for k ≥ steps
/// ```
public struct Decay<Scalar: ScalarMath, Curve: DecayCurve>: LearningRateSchedule {
  /// The rate at step 0.
  public let initial: Scalar
  /// The rate reached at step `steps` and kept after it.
  public let final: Scalar
  /// The number of steps the decay takes.
  public let steps: Int

  /// Creates a schedule from `initial` at step 0 down (or up) to `final` at `steps`.
  ///
  /// - Precondition: `steps > 0`.
  @inlinable
  public init(from initial: Scalar, to final: Scalar, steps: Int) {
    precondition(steps > 0, "a decay needs a positive number of steps, got \(steps)")
    (self.initial, self.final, self.steps) = (initial, final, steps)
  }

  /// The rate for step `k`.
  @inlinable
  public func learningRate(atStep k: Int) -> Scalar {
    if k >= steps { return final }
    return Curve.value(at: max(k, 0), of: steps, from: initial, to: final)
  }
}

/// The path of a ``Decay`` from its initial to its final rate.
public protocol DecayCurve: Sendable {
  /// The rate at step `k` of `n`, from `a` at step 0 towards `b` at step `n`.
  ///
  /// ``Decay`` calls it for `0 <= k < n` only.
  static func value<T: ScalarMath>(at k: Int, of n: Int, from a: T, to b: T) -> T
}

extension Decay: Sendable where Scalar: Sendable {}

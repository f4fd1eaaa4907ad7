import Micrograd

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
public struct LinearDecay<Scalar: ScalarMath>: LearningRateSchedule {
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
    precondition(steps > 0, "a linear decay needs a positive number of steps, got \(steps)")
    self.initial = initial
    self.final = final
    self.steps = steps
  }

  /// The rate for step `k`.
  @inlinable
  public func learningRate(atStep k: Int) -> Scalar {
    if k >= steps { return final }
    return initial - (initial - final) * Scalar(max(k, 0)) / Scalar(steps)
  }
}

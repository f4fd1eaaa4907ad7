import Micrograd

/// A learning rate multiplied by `factor` every `interval` steps (PyTorch's `StepLR`).
///
/// ```
/// lr(k) = initial · factor^⌊k / interval⌋
/// ```
public struct StepDecay<Scalar: ScalarMath>: LearningRateSchedule {
  /// The rate at step 0.
  public let initial: Scalar
  /// The multiplier applied at each drop, such as 0.5.
  public let factor: Scalar
  /// The number of steps between drops.
  public let interval: Int

  /// Creates a schedule that starts at `initial` and is multiplied by `factor` every
  /// `interval` steps.
  ///
  /// - Precondition: `interval > 0` and `factor >= 0`.
  @inlinable
  public init(from initial: Scalar, factor: Scalar, every interval: Int) {
    precondition(interval > 0, "a step decay needs a positive interval, got \(interval)")
    precondition(factor >= 0, "a step decay needs a non-negative factor, got \(factor)")
    self.initial = initial
    self.factor = factor
    self.interval = interval
  }

  /// The rate for step `k`.
  @inlinable
  public func learningRate(atStep k: Int) -> Scalar {
    var rate = initial
    for _ in 0..<(max(k, 0) / interval) { rate *= factor }
    return rate
  }
}

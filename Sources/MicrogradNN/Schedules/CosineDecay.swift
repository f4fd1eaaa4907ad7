import Micrograd

/// A learning rate that follows half a cosine from `initial` down to `final`
/// (Loshchilov and Hutter's SGDR without restarts).
///
/// ```
/// lr(k) = final + (initial − final) · (1 + cos(π · k / steps)) / 2    for k < steps
/// lr(k) = final                                                        for k ≥ steps
/// ```
///
/// It stays near `initial` longer than ``LinearDecay`` and lands gently on `final`.
public struct CosineDecay<Scalar: ScalarMath>: LearningRateSchedule {
  /// The rate at step 0.
  public let initial: Scalar
  /// The rate reached at step `steps` and kept after it.
  public let final: Scalar
  /// The number of steps the decay takes.
  public let steps: Int

  /// Creates a schedule from `initial` at step 0 to `final` at `steps`.
  ///
  /// - Precondition: `steps > 0`.
  @inlinable
  public init(from initial: Scalar, to final: Scalar, steps: Int) {
    precondition(steps > 0, "a cosine decay needs a positive number of steps, got \(steps)")
    self.initial = initial
    self.final = final
    self.steps = steps
  }

  /// The rate for step `k`.
  @inlinable
  public func learningRate(atStep k: Int) -> Scalar {
    if k >= steps { return final }
    let progress = Scalar(max(k, 0)) / Scalar(steps)
    return final + (initial - final) * (1 + Scalar.cos(Scalar.pi * progress)) / 2
  }
}

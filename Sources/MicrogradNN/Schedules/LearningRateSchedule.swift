import Micrograd

/// A learning rate that changes with the step number.
///
/// ```swift
/// let schedule = LinearDecay<Double>(from: 1.0, to: 0.1, steps: 100)  // micrograd's demo
/// for k in 0..<100 {
///   optimizer.learningRate = schedule.learningRate(atStep: k)
///   …
/// }
/// ```
///
/// `Scalar` is the primary associated type: `any LearningRateSchedule<Double>` holds a
/// schedule chosen at run time.
public protocol LearningRateSchedule<Scalar> {
  /// The floating-point type of the rate.
  associatedtype Scalar: ScalarMath

  /// The learning rate for step `k`, counting from 0.
  func learningRate(atStep k: Int) -> Scalar
}

/// The same learning rate at every step.
public struct ConstantLearningRate<Scalar: ScalarMath>: LearningRateSchedule {
  /// The rate.
  public let value: Scalar

  /// Creates a schedule that always returns `value`.
  @inlinable
  public init(_ value: Scalar) { self.value = value }

  /// Returns ``value``.
  @inlinable
  public func learningRate(atStep k: Int) -> Scalar { value }
}

/// Why a minimisation (or one ``LBFGS`` step) stopped.
public enum MinimizationStop: String, Sendable, Hashable, Codable {
  /// The gradient's largest component is at most the gradient tolerance: converged.
  case gradientTolerance
  /// The last step moved no coordinate by more than the change tolerance.
  case stepTolerance
  /// The value changed by less than the change tolerance.
  case valueTolerance
  /// The search direction was not one of descent (`gᵀd > −tolerance`).
  case noDescent
  /// The line search found no step that lowers the value.
  case lineSearchFailed
  /// The value or the gradient is not finite.
  case notFinite
  /// The iteration limit was reached.
  case maxIterations
  /// The limit on function evaluations was reached.
  case maxEvaluations

  /// Whether the gradient is small: the point is a stationary point within tolerance.
  @inlinable
  public var converged: Bool { self == .gradientTolerance }
}

import Micrograd

/// L2 regularisation: `strength · Σ p²` over the parameters, as one fused dot node.
///
/// micrograd's demo adds `1e-4 * sum((p*p for p in model.parameters()))` to its loss;
/// this is the same value:
///
/// ```swift
/// let loss = hingeLoss(scores, labels) + l2Penalty(model.parameters(), strength: 1e-4)
/// ```
///
/// Its gradient is `2 · strength · p`, which pulls every weight toward zero.
///
/// - Precondition: `strength >= 0`.
@inlinable
public func l2Penalty<T: ScalarMath>(_ parameters: [Var<T>], strength: T) -> Var<T> {
  precondition(strength >= 0, "an L2 strength must be non-negative, got \(strength)")
  return Var.dot(parameters, parameters) * strength
}

import Micrograd

/// How a loss combines the per-example terms: their mean or their sum.
public enum Reduction: String, Sendable, Hashable, Codable {
  /// The mean of the terms: the loss does not grow with the number of examples.
  case mean
  /// The sum of the terms, as in the lecture's training loop.
  case sum

  /// Combines `terms`, values of any mode, into one: `V.sum(terms)`, times 1/n for the
  /// mean.
  ///
  /// - Precondition: `terms` is not empty.
  @inlinable
  public func callAsFunction<V: DifferentiableScalar>(_ terms: [V]) -> V {
    precondition(!terms.isEmpty, "a loss needs at least one example")
    let total = V.sum(terms)
    switch self {
    case .mean: return total * (1 / V.Scalar(terms.count))
    case .sum: return total
    }
  }
}

@inlinable
func checkPairs<T>(_ predictions: Int, _ targets: [T], _ name: String) {
  precondition(
    predictions == targets.count,
    "\(name): \(predictions) predictions but \(targets.count) targets")
}

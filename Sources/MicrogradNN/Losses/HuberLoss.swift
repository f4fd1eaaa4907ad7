import Micrograd

/// The Huber loss: squared error for small errors, absolute error for large ones;
/// PyTorch's `huber_loss`.
///
/// ```
/// term(d) = ½d²               if |d| ≤ δ
///         = δ · (|d| − ½δ)    otherwise,     d = prediction − target
/// ```
///
/// It is less moved by outliers than ``meanSquaredError(_:_:reduction:)``, and its
/// gradient is the error, clipped to [−δ, δ].
///
/// The two pieces are chosen by `select` (`Ops.Select`), not by reading
/// `.data`, so a compiled tape decides again at every replay: recorded at a small error
/// and replayed at a large one, it gives the large error's value and gradient.
///
/// - Parameters:
///   - predictions: The model's outputs, one per example.
///   - targets: The true values.
///   - delta: The error δ where the loss turns from squared to absolute (PyTorch's
///     default 1).
///   - reduction: The mean of the terms or their sum.
/// - Precondition: one target per prediction, at least one of each, and `delta > 0`.
@inlinable
public func huberLoss<T: ScalarMath>(
  _ predictions: [Var<T>], _ targets: [T], delta: T = 1, reduction: Reduction = .mean
) -> Var<T> {
  checkPairs(predictions.count, targets, "huberLoss")
  precondition(delta > 0, "huberLoss needs a positive delta, got \(delta)")
  var terms: [Var<T>] = []
  terms.reserveCapacity(predictions.count)
  for i in predictions.indices {
    let d = predictions[i] - targets[i]
    let size = d.abs()
    terms.append(
      Var.select(
        size, .lessOrEqual, delta, then: d * d * 0.5, else: size * delta - delta * delta / 2)
    )
  }
  return reduction(terms)
}

import Micrograd

/// The Huber loss: squared error for small errors, absolute error for large ones;
/// PyTorch's `huber_loss`.
///
/// ```
/// term(d) = ½d²               if |d| ≤ δ
///         = δ · (|d| − ½δ)    otherwise,     d = prediction − target
/// ```
///
/// It is less moved by outliers than ``meanSquaredError(_:_:reduction:)-([Var<T>],[T],_)``, and its
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
  huberLoss(predictions, targets.map { Var($0) }, delta: delta, reduction: reduction)
}

/// The Huber loss of `predictions` against targets given as values of the same mode (so
/// that a compiled tape re-feeds them), for any `DifferentiableScalar`.
///
/// - Precondition: one target per prediction, at least one of each, and `delta > 0`.
@inlinable
public func huberLoss<V: DifferentiableScalar>(
  _ predictions: [V], _ targets: [V], delta: V.Scalar = 1, reduction: Reduction = .mean
) -> V {
  precondition(delta > 0, "huberLoss needs a positive delta, got \(delta)")
  return reduceTerms(predictions, targets, "huberLoss", reduction) {
    huberTerm($0, $1, delta: delta)
  }
}

/// One example's Huber term: the one place it is written.
@inlinable @inline(__always)
func huberTerm<V: DifferentiableScalar>(_ prediction: V, _ target: V, delta: V.Scalar) -> V {
  let d = prediction - target
  let size = d.abs()
  return V.select(
    size, .lessOrEqual, delta, then: d * d * 0.5, else: size * delta - delta * delta / 2)
}

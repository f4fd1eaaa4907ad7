import Micrograd

/// The squared-error loss: the mean (or sum) of (prediction − target)².
///
/// ```
/// loss = (1/n) Σ (pᵢ − tᵢ)²
/// ```
///
/// With `reduction: .sum` it is the lecture's loss for the 4-example dataset,
/// `sum((yout - ygt)**2 for ygt, yout in zip(ys, ypred))`.
///
/// - Precondition: one target per prediction, and at least one of each.
@inlinable
public func meanSquaredError<T: ScalarMath>(
  _ predictions: [Var<T>], _ targets: [T], reduction: Reduction = .mean
) -> Var<T> {
  meanSquaredError(predictions, targets.map { Var($0) }, reduction: reduction)
}

/// The squared-error loss of `predictions` against targets given as values of the same
/// mode (so that a compiled tape re-feeds them):
/// `meanSquaredError(_:_:reduction:)` of constant targets for any `DifferentiableScalar`.
@inlinable
public func meanSquaredError<V: DifferentiableScalar>(
  _ predictions: [V], _ targets: [V], reduction: Reduction = .mean
) -> V {
  reduceTerms(predictions, targets, "meanSquaredError", reduction, squaredErrorTerm)
}

/// One example's squared error, (p − t)²: the one place it is written.
@inlinable @inline(__always)
func squaredErrorTerm<V: DifferentiableScalar>(_ prediction: V, _ target: V) -> V {
  let difference = prediction - target
  return difference * difference
}

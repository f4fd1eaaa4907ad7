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
  checkPairs(predictions.count, targets, "meanSquaredError")
  var terms: [Var<T>] = []
  terms.reserveCapacity(predictions.count)
  for i in predictions.indices {
    let difference = predictions[i] - targets[i]
    terms.append(difference * difference)
  }
  return reduction(terms)
}

import Micrograd

/// The SVM max-margin ("hinge") loss of micrograd's moons demo, for labels ±1.
///
/// ```
/// loss = (1/n) Σ max(0, 1 − yᵢ · sᵢ)
/// ```
///
/// A score on the right side of the boundary by a margin of at least 1 costs nothing;
/// anything else costs linearly. Written as the demo does,
/// `(1 + -yi*scorei).relu()`, averaged.
///
/// - Parameters:
///   - scores: The model's outputs, one per example.
///   - labels: The classes as −1 or +1.
///   - reduction: The mean of the terms (the demo's) or their sum.
/// - Precondition: one label per score, and at least one of each.
@inlinable
public func hingeLoss<T: ScalarMath>(
  _ scores: [Var<T>], _ labels: [T], reduction: Reduction = .mean
) -> Var<T> {
  checkPairs(scores.count, labels, "hingeLoss")
  var terms: [Var<T>] = []
  terms.reserveCapacity(scores.count)
  for i in scores.indices {
    terms.append((1 - scores[i] * labels[i]).relu())
  }
  return reduction(terms)
}

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
  hingeLoss(scores, labels.map { Var($0) }, reduction: reduction)
}

/// The hinge loss of `scores` against labels ±1 given as values of the same mode (so
/// that a compiled tape re-feeds them): `hingeLoss(_:_:reduction:)` of constant targets
/// for any `DifferentiableScalar`.
@inlinable
public func hingeLoss<V: DifferentiableScalar>(
  _ scores: [V], _ labels: [V], reduction: Reduction = .mean
) -> V where V.Scalar: ScalarMath {
  reduceTerms(scores, labels, "hingeLoss", reduction, hingeTerm)
}

/// One example's hinge term, max(0, 1 − y·s): the one place it is written.
@inlinable @inline(__always)
func hingeTerm<V: DifferentiableScalar>(_ score: V, _ label: V) -> V where V.Scalar: ScalarMath {
  (1 - score * label).relu()
}

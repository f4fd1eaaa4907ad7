import Micrograd

/// Binary cross-entropy on logits, for targets in [0, 1] (usually the classes 0 and 1),
/// computed without overflow: PyTorch's `binary_cross_entropy_with_logits`.
///
/// ```
/// loss = (1/n) Σ −[tᵢ log σ(zᵢ) + (1 − tᵢ) log(1 − σ(zᵢ))]
///      = (1/n) Σ softplus(zᵢ) − tᵢ · zᵢ
/// ```
///
/// The second form never takes the log of a rounded-off probability: `softplus` is
/// computed as max(z, 0) + log1p(e^−|z|), which is finite for every finite z, and the
/// gradient is σ(z) − t.
///
/// - Parameters:
///   - logits: The model's outputs before a sigmoid, one per example.
///   - targets: The probability that each example is of class 1.
///   - reduction: The mean of the terms or their sum.
/// - Precondition: one target per logit, and at least one of each.
@inlinable
public func binaryCrossEntropy<T: ScalarMath>(
  logits: [Var<T>], targets: [T], reduction: Reduction = .mean
) -> Var<T> {
  binaryCrossEntropy(logits: logits, targets: targets.map { Var($0) }, reduction: reduction)
}

/// Binary cross-entropy on logits against targets given as values of the same mode (so
/// that a compiled tape re-feeds them):
/// `binaryCrossEntropy(logits:targets:reduction:)` of constant targets for any
/// `DifferentiableScalar`.
@inlinable
public func binaryCrossEntropy<V: DifferentiableScalar>(
  logits: [V], targets: [V], reduction: Reduction = .mean
) -> V where V.Scalar: ScalarMath {
  reduceTerms(logits, targets, "binaryCrossEntropy", reduction, binaryCrossEntropyTerm)
}

/// One example's term, softplus(z) − t·z: the one place it is written. It never
/// branches on the target, so a tape recorded at one target is right at any other.
@inlinable @inline(__always)
func binaryCrossEntropyTerm<V: DifferentiableScalar>(_ logit: V, _ target: V) -> V
where V.Scalar: ScalarMath {
  logit.softplus() - logit * target
}

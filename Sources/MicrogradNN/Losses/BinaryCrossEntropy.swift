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
  checkPairs(logits.count, targets, "binaryCrossEntropy")
  var terms: [Var<T>] = []
  terms.reserveCapacity(logits.count)
  for i in logits.indices {
    let z = logits[i]
    let t = targets[i]
    terms.append(t == 0 ? z.softplus() : z.softplus() - z * t)
  }
  return reduction(terms)
}

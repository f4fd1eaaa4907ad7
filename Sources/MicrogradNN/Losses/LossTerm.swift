import Micrograd

/// A loss written once per example, over values of any mode: the model's outputs for an
/// example against its target, itself a value of the same mode.
///
/// ``LossFunction`` (classification) and ``RegressionLoss`` (regression) conform. Because
/// the target is a value rather than a constant, the same term runs eagerly with `Var`,
/// recorded into a compiled `Tape` (whose target leaves a mini-batch re-feeds), in
/// forward mode with `Dual`, and on plain numbers with `Primal`; ``Trainer`` and every
/// loss function of the package build their losses from it.
public protocol LossTerm: Sendable {
  /// The loss of one example: `outputs`, the model's outputs for it, against `target`
  /// (a class's target from ``LossFunction/target(forClass:)``, or a real value).
  func term<V: DifferentiableScalar>(outputs: [V], target: V) -> V where V.Scalar: ScalarMath
}

extension LossTerm {
  /// The loss of a batch: each row of `outputs` against its target, combined by
  /// `reduction`.
  ///
  /// - Precondition: one target per row, and at least one row.
  @inlinable
  public func callAsFunction<V: DifferentiableScalar>(
    outputs: [[V]], targets: [V], reduction: Reduction = .mean
  ) -> V where V.Scalar: ScalarMath {
    checkPairs(outputs.count, targets, "loss")
    var terms: [V] = []
    terms.reserveCapacity(outputs.count)
    for i in outputs.indices { terms.append(term(outputs: outputs[i], target: targets[i])) }
    return reduction(terms)
  }
}

/// The terms of a binary loss, one per score, combined by `reduction`: how the loss
/// functions of single scores are written.
@inlinable
func reduceTerms<V: DifferentiableScalar>(
  _ scores: [V], _ targets: [V], _ name: String, _ reduction: Reduction,
  _ term: (V, V) -> V
) -> V {
  checkPairs(scores.count, targets, name)
  var terms: [V] = []
  terms.reserveCapacity(scores.count)
  for i in scores.indices { terms.append(term(scores[i], targets[i])) }
  return reduction(terms)
}

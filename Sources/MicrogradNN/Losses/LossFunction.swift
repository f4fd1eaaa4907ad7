import Micrograd

/// A choice among the classification losses, for code (such as the `micrograd` command)
/// that picks one at run time.
///
/// The binary losses compare one score per example with a target. Each has its own
/// encoding of a class: ``hinge`` and ``meanSquaredError`` use −1 and +1,
/// ``binaryCrossEntropy`` uses 0 and 1. ``target(forClass:)`` converts, so that callers
/// keep classes as 0 and 1. In all three, a positive score predicts class 1.
///
/// ``crossEntropy`` is for k classes: it reads k logits per example, and the class
/// itself; ``callAsFunction(outputs:labels:)`` applies any of the four.
public enum LossFunction: String, Sendable, Hashable, Codable, CaseIterable, LossTerm {
  /// ``hingeLoss(_:_:reduction:)-([Var<T>],[T],_)``: micrograd's max-margin loss.
  case hinge
  /// ``meanSquaredError(_:_:reduction:)-([Var<T>],[T],_)`` against targets ±1.
  case meanSquaredError = "mse"
  /// ``binaryCrossEntropy(logits:targets:reduction:)-([Var<T>],[T],_)`` against targets 0 and 1.
  case binaryCrossEntropy = "bce"
  /// ``crossEntropy(logits:labels:reduction:)-([[Var<T>]],[Int],_)``: softmax cross-entropy over k logits.
  case crossEntropy = "ce"

  /// Whether the loss reads one score per example and classes 0 and 1 (every case but
  /// ``crossEntropy``).
  @inlinable
  public var isBinary: Bool { self != .crossEntropy }

  /// The target that this loss compares a score with for an example of class 0 or 1.
  ///
  /// - Precondition: `label` is 0 or 1, for a binary loss; for ``crossEntropy``, which
  ///   has no target but the class, the class as a number.
  @inlinable
  public func target<T: ScalarMath>(forClass label: Int) -> T {
    if self == .crossEntropy { return T(label) }
    precondition(label == 0 || label == 1, "a binary loss needs classes 0 and 1, got \(label)")
    switch self {
    case .hinge, .meanSquaredError: return label == 1 ? 1 : -1
    case .binaryCrossEntropy, .crossEntropy: return T(label)
    }
  }

  /// The mean loss of `scores` against `targets` (from ``target(forClass:)``).
  ///
  /// - Precondition: the loss is binary; ``crossEntropy`` needs every logit, through
  ///   ``callAsFunction(outputs:labels:)``.
  @inlinable
  public func callAsFunction<T: ScalarMath>(_ scores: [Var<T>], _ targets: [T]) -> Var<T> {
    switch self {
    case .hinge: MicrogradNN.hingeLoss(scores, targets)
    case .meanSquaredError: MicrogradNN.meanSquaredError(scores, targets)
    case .binaryCrossEntropy: MicrogradNN.binaryCrossEntropy(logits: scores, targets: targets)
    case .crossEntropy:
      preconditionFailure("cross-entropy reads every logit: use callAsFunction(outputs:labels:)")
    }
  }

  /// The mean loss of a model's `outputs` (one row per example) against the classes
  /// `labels`: of the first output for a binary loss, of all of them for
  /// ``crossEntropy``.
  ///
  /// - Precondition: one label per row; for a binary loss, labels 0 and 1.
  @inlinable
  public func callAsFunction<T: ScalarMath>(outputs: [[Var<T>]], labels: [Int]) -> Var<T> {
    if self == .crossEntropy { return MicrogradNN.crossEntropy(logits: outputs, labels: labels) }
    checkPairs(outputs.count, labels, "\(displayName) loss")
    return self(outputs.map { $0[0] }, labels.map { target(forClass: $0) })
  }

  /// One example's loss: the first output against the target for a binary loss, every
  /// output against the class (a value whose `data` is the class number) for
  /// ``crossEntropy``. Written over any mode, so a trainer records it with the targets
  /// as leaves.
  @inlinable
  public func term<V: DifferentiableScalar>(outputs: [V], target: V) -> V
  where V.Scalar: ScalarMath {
    switch self {
    case .hinge: hingeTerm(outputs[0], target)
    case .meanSquaredError: squaredErrorTerm(outputs[0], target)
    case .binaryCrossEntropy: binaryCrossEntropyTerm(outputs[0], target)
    case .crossEntropy: V.softmaxCrossEntropy(logits: outputs, label: target)
    }
  }

  /// A short human name: "hinge", "mean squared error", "binary cross-entropy",
  /// "cross-entropy".
  public var displayName: String {
    switch self {
    case .crossEntropy: "cross-entropy"
    case .hinge: "hinge"
    case .meanSquaredError: "mean squared error"
    case .binaryCrossEntropy: "binary cross-entropy"
    }
  }
}

import Micrograd

/// A choice among the classification losses, for code (such as the `micrograd` command)
/// that picks one at run time.
///
/// Each loss has its own encoding of a class: ``hinge`` and ``meanSquaredError`` use
/// −1 and +1, ``binaryCrossEntropy`` uses 0 and 1. ``target(forClass:)`` converts, so
/// that callers keep classes as 0 and 1. In all three, a positive score predicts class 1.
public enum LossFunction: String, Sendable, Hashable, Codable, CaseIterable {
  /// ``hingeLoss(_:_:reduction:)``: micrograd's max-margin loss.
  case hinge
  /// ``meanSquaredError(_:_:reduction:)`` against targets ±1.
  case meanSquaredError = "mse"
  /// ``binaryCrossEntropy(logits:targets:reduction:)`` against targets 0 and 1.
  case binaryCrossEntropy = "bce"

  /// The target that this loss compares a score with for an example of class 0 or 1.
  ///
  /// - Precondition: `label` is 0 or 1.
  @inlinable
  public func target<T: ScalarMath>(forClass label: Int) -> T {
    precondition(label == 0 || label == 1, "a binary loss needs classes 0 and 1, got \(label)")
    switch self {
    case .hinge, .meanSquaredError: return label == 1 ? 1 : -1
    case .binaryCrossEntropy: return T(label)
    }
  }

  /// The mean loss of `scores` against `targets` (from ``target(forClass:)``).
  @inlinable
  public func callAsFunction<T: ScalarMath>(_ scores: [Var<T>], _ targets: [T]) -> Var<T> {
    switch self {
    case .hinge: MicrogradNN.hingeLoss(scores, targets)
    case .meanSquaredError: MicrogradNN.meanSquaredError(scores, targets)
    case .binaryCrossEntropy: MicrogradNN.binaryCrossEntropy(logits: scores, targets: targets)
    }
  }

  /// A short human name: "hinge", "mean squared error", "binary cross-entropy".
  public var displayName: String {
    switch self {
    case .hinge: "hinge"
    case .meanSquaredError: "mean squared error"
    case .binaryCrossEntropy: "binary cross-entropy"
    }
  }
}

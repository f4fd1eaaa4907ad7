import Micrograd

/// Labelled examples for classification: one row of features and one class per example.
///
/// Classes are small integers from 0, as in scikit-learn. The losses that want −1 and +1
/// (``hingeLoss(_:_:reduction:)-([Var<T>],[T],_)``) read ``Examples/signedLabels``;
/// ``LossFunction/target(forClass:)`` converts for any loss.
///
/// ```swift
/// let data = Dataset<Double>.moons(samples: 100, noise: 0.1, seed: 1)
/// data.inputs[0]        // [x, y]
/// data.labels[0]        // 0 or 1
/// data.signedLabels[0]  // -1.0 or 1.0
/// ```
///
/// It is ``Examples`` with `Int` targets, the classes; ``RegressionDataset`` holds real
/// targets in the same type.
public typealias Dataset<Scalar: ScalarMath> = Examples<Scalar, Int>

extension Examples where Target == Int {
  /// Creates a dataset from rows of features and their classes.
  ///
  /// - Precondition: one label per row, at least one row, every row of the same
  ///   non-zero length, and every label non-negative.
  @inlinable
  public init(inputs: [[Scalar]], labels: [Int], name: String = "data") {
    self.init(inputs: inputs, targets: labels, name: name)
  }

  /// The class of each example, 0, 1, …: the ``targets``.
  @inlinable
  public var labels: [Int] { targets }

  /// The number of classes: one more than the largest label.
  @inlinable
  public var classCount: Int { (labels.max() ?? 0) + 1 }

  /// The labels as −1 (class 0) and +1 (class 1), for the hinge loss.
  ///
  /// - Precondition: every label is 0 or 1.
  @inlinable
  public var signedLabels: [Scalar] {
    labels.map { label in
      precondition(label == 0 || label == 1, "signedLabels needs classes 0 and 1, got \(label)")
      return label == 1 ? 1 : -1
    }
  }
}

import Micrograd

/// Labelled examples for classification: one row of features and one class per example.
///
/// Classes are small integers from 0, as in scikit-learn. The losses that want −1 and +1
/// (``hingeLoss(_:_:reduction:)-([Var<T>],[T],_)``) read ``signedLabels``; ``LossFunction/target(forClass:)``
/// converts for any loss.
///
/// ```swift
/// let data = Dataset<Double>.moons(samples: 100, noise: 0.1, seed: 1)
/// data.inputs[0]        // [x, y]
/// data.labels[0]        // 0 or 1
/// data.signedLabels[0]  // -1.0 or 1.0
/// ```
public struct Dataset<Scalar: ScalarMath> {
  /// The features of each example; every row has ``featureCount`` values.
  public let inputs: [[Scalar]]
  /// The class of each example, 0, 1, ….
  public let labels: [Int]
  /// A short description, such as `moons (100 samples, noise 0.1)`.
  public var name: String

  /// Creates a dataset from rows of features and their classes.
  ///
  /// - Precondition: one label per row, at least one row, every row of the same
  ///   non-zero length, and every label non-negative.
  @inlinable
  public init(inputs: [[Scalar]], labels: [Int], name: String = "data") {
    precondition(!inputs.isEmpty, "a dataset needs at least one example")
    precondition(
      inputs.count == labels.count, "\(inputs.count) rows of features but \(labels.count) labels")
    let width = inputs[0].count
    precondition(width > 0, "a dataset needs at least one feature")
    precondition(
      inputs.allSatisfy { $0.count == width }, "every row of a dataset needs \(width) features")
    precondition(labels.allSatisfy { $0 >= 0 }, "classes are numbered from 0")
    self.inputs = inputs
    self.labels = labels
    self.name = name
  }

  /// The number of examples.
  @inlinable
  public var count: Int { inputs.count }

  /// The number of features of each example.
  @inlinable
  public var featureCount: Int { inputs[0].count }

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

  /// The examples at `indices`, in that order: a mini-batch.
  @inlinable
  public func subset(_ indices: [Int]) -> Dataset {
    Dataset(inputs: indices.map { inputs[$0] }, labels: indices.map { labels[$0] }, name: name)
  }

  /// The smallest and largest value of each feature.
  @inlinable
  public var featureRanges: [ClosedRange<Scalar>] {
    (0..<featureCount).map { j in
      var low = inputs[0][j]
      var high = low
      for row in inputs {
        low = min(low, row[j])
        high = max(high, row[j])
      }
      return low...high
    }
  }
}

extension Dataset: Sendable where Scalar: Sendable {}

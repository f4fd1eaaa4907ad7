import Micrograd

/// Examples for supervised learning: one row of features and one target per example.
///
/// The target is what the model learns to give: a class (`Int`) for classification, a
/// real value (`Scalar`) for regression. The two kinds have their own names, and share
/// everything else (``subset(_:)``, ``split(validationFraction:seed:)``,
/// ``featureRanges``, the CSV reader):
///
/// - ``Dataset`` is `Examples<Scalar, Int>`: classes 0, 1, …, with ``labels``,
///   ``signedLabels`` and ``classCount``, and the generated datasets (``moons(samples:noise:shuffle:seed:)``,
///   ``spiral(samples:classes:noise:shuffle:seed:)``, …).
/// - ``RegressionDataset`` is `Examples<Scalar, Scalar>`.
///
/// ```swift
/// let moons = Dataset<Double>.moons(samples: 100, noise: 0.1, seed: 1)
/// moons.labels[0]   // 0 or 1
/// let line = RegressionDataset<Double>(inputs: [[0], [1], [2]], targets: [1, 3, 5])
/// line.targets[1]   // 3.0
/// ```
public struct Examples<Scalar: ScalarMath, Target> {
  /// The features of each example; every row has ``featureCount`` values.
  public let inputs: [[Scalar]]
  /// The target of each example: its class (``labels``) or the value to predict.
  public let targets: [Target]
  /// A short description, such as `moons (100 samples, noise 0.1)` or the file name.
  public var name: String

  /// Creates examples from rows of features and their targets.
  ///
  /// - Precondition: one target per row, at least one row, every row of the same
  ///   non-zero length; for classes (`Target` is `Int`), every class non-negative.
  @inlinable
  public init(inputs: [[Scalar]], targets: [Target], name: String = "data") {
    Self.check(inputs, targets)
    (self.inputs, self.targets, self.name) = (inputs, targets, name)
  }

  /// The preconditions of ``init(inputs:targets:name:)``.
  @inlinable
  static func check(_ inputs: [[Scalar]], _ targets: [Target]) {
    precondition(!inputs.isEmpty, "a dataset needs at least one example")
    precondition(
      inputs.count == targets.count,
      "\(inputs.count) rows of features but \(targets.count) \(Target.self == Int.self ? "labels" : "targets")"
    )
    let width = inputs[0].count
    precondition(width > 0, "a dataset needs at least one feature")
    precondition(
      inputs.allSatisfy { $0.count == width }, "every row of a dataset needs \(width) features")
    if Target.self == Int.self {
      // A no-op cast: Target is Int.
      let classes = unsafeBitCast(targets, to: [Int].self)
      precondition(classes.allSatisfy { $0 >= 0 }, "classes are numbered from 0")
    }
  }

  /// The number of examples.
  @inlinable
  public var count: Int { inputs.count }

  /// The number of features of each example.
  @inlinable
  public var featureCount: Int { inputs[0].count }

  /// The examples at `indices`, in that order: a mini-batch.
  @inlinable
  public func subset(_ indices: [Int]) -> Self {
    Self(inputs: indices.map { inputs[$0] }, targets: indices.map { targets[$0] }, name: name)
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

extension Examples: Sendable where Scalar: Sendable, Target: Sendable {}

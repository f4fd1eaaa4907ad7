import Micrograd

/// Examples for regression: one row of features and one real-valued target per example.
///
/// ```swift
/// let data = try RegressionDataset<Double>.csv("x,y\n0,1\n1,3\n2,5\n")
/// data.inputs[1]   // [1.0]
/// data.targets[1]  // 3.0
/// ```
public struct RegressionDataset<Scalar: ScalarMath> {
  /// The features of each example; every row has ``featureCount`` values.
  public let inputs: [[Scalar]]
  /// The value to predict for each example.
  public let targets: [Scalar]
  /// A short description, such as the file name.
  public var name: String

  /// Creates a dataset from rows of features and their targets.
  ///
  /// - Precondition: one target per row, at least one row, and every row of the same
  ///   non-zero length.
  @inlinable
  public init(inputs: [[Scalar]], targets: [Scalar], name: String = "data") {
    precondition(!inputs.isEmpty, "a dataset needs at least one example")
    precondition(
      inputs.count == targets.count,
      "\(inputs.count) rows of features but \(targets.count) targets")
    let width = inputs[0].count
    precondition(width > 0, "a dataset needs at least one feature")
    precondition(
      inputs.allSatisfy { $0.count == width }, "every row of a dataset needs \(width) features")
    self.inputs = inputs
    self.targets = targets
    self.name = name
  }

  /// The number of examples.
  @inlinable
  public var count: Int { inputs.count }

  /// The number of features of each example.
  @inlinable
  public var featureCount: Int { inputs[0].count }

  /// The examples at `indices`, in that order.
  @inlinable
  public func subset(_ indices: [Int]) -> RegressionDataset {
    RegressionDataset(
      inputs: indices.map { inputs[$0] }, targets: indices.map { targets[$0] }, name: name)
  }

  /// Splits the examples at random into a training and a validation set, as
  /// ``Dataset/split(validationFraction:seed:)`` does.
  ///
  /// - Precondition: `validationFraction` is in (0, 1) and leaves at least one example
  ///   on each side.
  @inlinable
  public func split(
    validationFraction: Double, seed: UInt64
  ) -> (training: RegressionDataset, validation: RegressionDataset) {
    let held = Dataset<Scalar>.heldOutCount(count, fraction: validationFraction)
    var generator = SeededGenerator(seed: seed, stream: 3)
    var order = Array(0..<count)
    generator.shuffle(&order)
    var training = subset(Array(order[held...]))
    var validation = subset(Array(order[..<held]))
    training.name = "\(name), training \(count - held)"
    validation.name = "\(name), validation \(held)"
    return (training, validation)
  }
}

extension RegressionDataset: Sendable where Scalar: Sendable {}

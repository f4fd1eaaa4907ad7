import Micrograd

/// The index of the largest value: the class a k-output classifier predicts. Ties go to
/// the first; NaNs are never the largest.
///
/// - Precondition: `values` is not empty.
@inlinable
public func argmax<T: BinaryFloatingPoint>(_ values: [T]) -> Int {
  precondition(!values.isEmpty, "argmax of no values")
  var best = 0
  for i in values.indices.dropFirst() where values[i] > values[best] || values[best].isNaN {
    best = i
  }
  return best
}

/// The fraction of examples whose largest logit is that of their class: the accuracy of
/// a k-class classifier, by argmax.
///
/// - Returns: A number in [0, 1].
/// - Precondition: one label per row of logits, at least one row.
@inlinable
public func accuracy<T: BinaryFloatingPoint>(logits: [[T]], labels: [Int]) -> Double {
  precondition(!logits.isEmpty, "accuracy of no examples")
  precondition(
    logits.count == labels.count, "accuracy of \(logits.count) rows and \(labels.count) labels")
  var correct = 0
  for i in logits.indices where argmax(logits[i]) == labels[i] { correct += 1 }
  return Double(correct) / Double(logits.count)
}

extension MLP {
  /// The class this network predicts for `x`, computed without a graph: the sign of
  /// the score for one output, the largest logit for several.
  @inlinable
  public func predictedClass(_ x: [Scalar]) -> Int { predictedClasses(rows: [x])[0] }

  /// The class this network predicts for each row of `rows`, as ``predictedClass(_:)``,
  /// with the parameters read once: for many rows, such as a plot's grid.
  @inlinable
  public func predictedClasses(rows: [[Scalar]]) -> [Int] {
    var classes: [Int] = []
    classes.reserveCapacity(rows.count)
    ValueOnlyNetwork(layers).forEachRow(of: rows) { _, outputs in
      classes.append(Self.predictedClass(outputs: outputs.map(\.data)))
    }
    return classes
  }

  /// The class a network predicts from its `outputs` for one row: the sign of the score
  /// for one output, the largest logit for several.
  @inlinable
  public static func predictedClass(outputs: [Scalar]) -> Int {
    outputs.count == 1 ? (outputs[0] > 0 ? 1 : 0) : argmax(outputs)
  }

  /// The probability of each class for `x`, computed without a graph: the softmax of
  /// the logits for several outputs; for one output σ(score) for class 1 (as a
  /// ``LossFunction/binaryCrossEntropy`` model's), after 1 − σ for class 0.
  @inlinable
  public func classProbabilities(_ x: [Scalar]) -> [Scalar] {
    Self.classProbabilities(outputs: evaluate(x))
  }

  /// The probability of each class from a network's `outputs` for one row, as
  /// ``classProbabilities(_:)`` gives them.
  @inlinable
  public static func classProbabilities(outputs: [Scalar]) -> [Scalar] {
    if outputs.count > 1 { return softmax(outputs) }
    let p = Primal(outputs[0]).sigmoid().data
    return [1 - p, p]
  }
}

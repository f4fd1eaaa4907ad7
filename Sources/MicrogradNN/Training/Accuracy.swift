import Micrograd

/// The fraction of examples whose score has the right sign: a positive score predicts
/// class 1, any other class 0, as in micrograd's demo (`(yi > 0) == (scorei.data > 0)`).
///
/// - Returns: A number in [0, 1].
/// - Precondition: one label per score, at least one of each; labels are 0 or 1.
@inlinable
public func accuracy<T: BinaryFloatingPoint>(scores: [T], labels: [Int]) -> Double {
  precondition(!scores.isEmpty, "accuracy of no examples")
  precondition(
    scores.count == labels.count, "accuracy of \(scores.count) scores and \(labels.count) labels")
  var correct = 0
  for i in scores.indices {
    precondition(labels[i] == 0 || labels[i] == 1, "accuracy needs classes 0 and 1")
    if (scores[i] > 0) == (labels[i] == 1) { correct += 1 }
  }
  return Double(correct) / Double(scores.count)
}

extension MLP {
  /// The fraction of `data` that this network classifies correctly, computed without a
  /// graph: by the sign of its score for one output (labels 0 and 1), by the largest
  /// logit for several.
  ///
  /// - Precondition: the network has as many inputs as `data` has features; for one
  ///   output, labels are 0 or 1.
  @inlinable
  public func accuracy(on data: Dataset<Scalar>) -> Double {
    if outputCount > 1 {
      return MicrogradNN.accuracy(logits: evaluate(rows: data.inputs), labels: data.labels)
    }
    var scores: [Scalar] = []
    scores.reserveCapacity(data.count)
    ValueOnlyNetwork(layers).forEachRow(of: data.inputs) { _, outputs in
      scores.append(outputs[0].data)
    }
    return MicrogradNN.accuracy(scores: scores, labels: data.labels)
  }
}

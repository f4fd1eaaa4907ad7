import MicrogradNN

extension TrainCommand {
  /// The files of a run's output set; each run replaces them all, or none.
  static let outputNames = ["decision_boundary.svg", "training.svg", "model.json"]

  /// The most rows a mini-batch step measures its accuracy on.
  static let accuracySampleLimit = 10_000

  /// The rows each step's accuracy is measured on: all of them for a full batch (the
  /// step's own scores), at most ``accuracySampleLimit`` for mini-batches.
  static func accuracySampleSize(_ options: TrainOptions, _ data: Dataset<Double>) -> Int {
    guard let batch = options.batchSize, batch < data.count else { return data.count }
    return min(data.count, accuracySampleLimit)
  }

  /// Fails unless the labels are the two classes 0 and 1, naming the first other one.
  static func checkLabels(_ data: Dataset<Double>) throws(RunError) {
    guard let i = data.labels.firstIndex(where: { $0 != 0 && $0 != 1 }) else { return }
    throw RunError(
      "\(data.name): the labels must be two classes, 0 and 1 (or -1 and 1); "
        + "row \(i + 1) of the data has label \(data.labels[i])")
  }

  /// Fails with one line if the run would not fit in memory.
  static func checkMemory(_ options: TrainOptions, rows: Int, features: Int) throws(RunError) {
    let batch = min(options.batchSize ?? rows, rows)
    let estimate = MemoryEstimate(
      inputs: features, layers: options.layerSizes, rows: rows, batch: batch,
      steps: options.steps)
    let model = "MLP(\(features), \(options.layerSizes))"
    if let refusal = estimate.refusal(limit: MemoryEstimate.limit, model: model) {
      throw RunError(refusal)
    }
  }
}

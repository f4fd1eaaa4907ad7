extension SupervisedTrainer where Loss == LossFunction, Target == Int {
  /// Measures each mini-batch step's accuracy on at most `limit` rows of the data,
  /// evenly spread through it, instead of on every row.
  ///
  /// A step over a mini-batch measures the accuracy of the whole dataset, which costs
  /// a forward pass per row: over millions of rows, far more than the step itself. A
  /// sample of a few thousand rows tracks the progress well enough. A full-batch step
  /// measures the batch it computed anyway, at no cost, and is not affected.
  ///
  /// - Precondition: `limit` is positive.
  public mutating func measureAccuracy(onRowsUpTo limit: Int) {
    precondition(limit > 0, "the accuracy needs at least one row, got \(limit)")
    guard limit < data.count else {
      accuracyRows = nil
      return
    }
    let last = Double(data.count - 1)
    let step = limit > 1 ? last / Double(limit - 1) : 0
    accuracyRows = data.subset((0..<limit).map { Int((Double($0) * step).rounded(.down)) })
  }
}

/// An endless supply of mini-batches: the example indices, shuffled by a seeded
/// generator at the start of every epoch and cut into batches.
///
/// ```swift
/// var batches = MiniBatches(count: 100, batchSize: 32, seed: 7)
/// let batch = batches.next()   // 32 indices; the fourth batch of an epoch has 4
/// let examples = data.subset(batch)
/// ```
///
/// The last batch of an epoch holds what is left, so every example is seen exactly once
/// per epoch. A batch size of at least `count` gives the full batch, in order, every time
/// (no shuffling is needed for a full-batch gradient).
public struct MiniBatches: Sendable {
  /// The number of examples.
  public let count: Int
  /// The number of examples per batch (the last of an epoch may have fewer).
  public let batchSize: Int
  /// The number of epochs begun so far.
  public private(set) var epoch = 0
  private var generator: SeededGenerator
  private var order: [Int]
  private var position: Int

  /// Creates batches of `batchSize` out of `count` examples, shuffled with a
  /// ``SeededGenerator`` seeded by `seed`.
  ///
  /// - Precondition: `count > 0` and `batchSize > 0`.
  public init(count: Int, batchSize: Int, seed: UInt64) {
    self.init(count: count, batchSize: batchSize, generator: SeededGenerator(seed: seed))
  }

  /// Creates batches of `batchSize` out of `count` examples, shuffled with `generator`.
  ///
  /// - Precondition: `count > 0` and `batchSize > 0`.
  public init(count: Int, batchSize: Int, generator: SeededGenerator) {
    precondition(count > 0, "mini-batches need at least one example, got \(count)")
    precondition(batchSize > 0, "a batch size must be positive, got \(batchSize)")
    self.count = count
    self.batchSize = min(batchSize, count)
    self.generator = generator
    self.order = Array(0..<count)
    self.position = count
  }

  /// Whether every batch is the whole dataset.
  public var isFullBatch: Bool { batchSize == count }

  /// The indices of the next batch.
  public mutating func next() -> [Int] {
    if isFullBatch {
      if position == count { epoch += 1 }
      position = 0
      return order
    }
    if position == count {
      generator.shuffle(&order)
      position = 0
      epoch += 1
    }
    let end = min(position + batchSize, count)
    defer { position = end }
    return Array(order[position..<end])
  }
}

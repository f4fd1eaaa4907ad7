import Micrograd

// Data-parallel full-batch steps. A full batch larger than one shard is cut into
// shards of `SupervisedTrainer.examplesPerShard` examples, in data order, whatever the thread
// count. Each shard's loss is its share of the batch loss, Σ terms / n (shard 0 also
// carries the L2 penalty), and is replayed from its own tape on one thread, which
// writes nothing outside the tape; after the join, the shards' losses and gradients
// are summed in shard order on the caller's thread, and only then does the optimiser
// write the parameters. The partition and the order of the sums are fixed, so a run
// gives the same numbers bit for bit on any number of threads, and the eager mode
// (which back-propagates the shards' graphs one after another) gives them too.

/// One shard of a full batch: its tape, and what its last replay computed.
@usableFromInline
final class TrainerShard<Scalar: ScalarMath> {
  @usableFromInline let tape: Tape<Scalar>
  @usableFromInline let positions: TapeLeafPositions
  /// d(shard loss)/d(parameter), in the order of the model's parameters.
  @usableFromInline var gradient: [Scalar]
  @usableFromInline var value: Scalar = 0
  /// The model's outputs on the shard's examples, row after row.
  @usableFromInline var outputs: [Scalar] = []

  @usableFromInline
  init(tape: Tape<Scalar>, parameters: [Var<Scalar>]) {
    self.tape = tape
    self.positions = tape.leafPositions(of: parameters)
    self.gradient = [Scalar](repeating: 0, count: parameters.count)
  }

  /// Replays the tape at the parameters' current data. Writes only this shard.
  @inlinable
  func replay() {
    value = tape.forward()
    tape.backward(writingGradientsOf: positions, into: &gradient)
    outputs = tape.observedValues
  }
}

extension TrainingLoop {
  /// The shards of a batch of `count` examples: consecutive runs of at most
  /// ``examplesPerShard`` positions.
  @inlinable
  func shardRanges(_ count: Int) -> [Range<Int>] {
    stride(from: 0, to: count, by: examplesPerShard).map {
      $0..<min($0 + examplesPerShard, count)
    }
  }

  /// A sharded full batch: the loss and the model's outputs on the batch; the
  /// parameters' `grad` hold the batch's gradient. Shard `range` is the graph of Σ terms
  /// · (1/n) over its examples, plus the L2 penalty for the first shard.
  @inlinable
  mutating func shardedGradient(_ indices: [Int]) -> (loss: Scalar, outputs: [Scalar]) {
    let parameters = model.parameters()
    var parts: [(value: Scalar, gradient: [Scalar], outputs: [Scalar])] = []
    if execution == .compiled {
      if shards.isEmpty {
        shards = shardRanges(indices.count).map { range in
          let graph = lossGraph(
            indices[range], divisor: indices.count, penalty: range.lowerBound == 0)
          return TrainerShard(
            tape: graph.loss.compile(observing: graph.outputs.flatMap { $0 }),
            parameters: parameters)
        }
      }
      let shards = self.shards
      forEachConcurrently(shards.count, threads: threads) { shards[$0].replay() }
      parts = shards.map { ($0.value, $0.gradient, $0.outputs) }
    } else {
      // Each shard's graph back-propagated from zero gradients, as its tape does.
      for range in shardRanges(indices.count) {
        let graph = lossGraph(
          indices[range], divisor: indices.count, penalty: range.lowerBound == 0)
        for p in parameters { p.grad = 0 }
        graph.loss.backward()
        parts.append(
          (graph.loss.data, parameters.map(\.grad), graph.outputs.flatMap { $0.map(\.data) }))
      }
    }
    // After the join: sums in shard order, then the parameters' gradients.
    var value: Scalar = 0
    var gradient = [Scalar](repeating: 0, count: parameters.count)
    var outputs: [Scalar] = []
    outputs.reserveCapacity(indices.count * model.outputCount)
    for part in parts {
      value += part.value
      part.gradient.withUnsafeBufferPointer { g in
        for j in gradient.indices { gradient[j] += g[j] }
      }
      outputs += part.outputs
    }
    optimizer.zeroGrad()
    for (p, g) in zip(parameters, gradient) { p.grad += g }
    return (value, outputs)
  }
}

import Micrograd

/// How a ``Trainer`` evaluates each step.
public enum TrainingExecution: String, Sendable, Hashable, Codable {
  /// Record the step's graph once into a compiled `Tape` and replay it at every step
  /// (the default): the same numbers as ``eager``, several times faster.
  ///
  /// The full batch is recorded as it is. Mini-batches of the configured size are
  /// recorded once with their inputs and targets (for cross-entropy, the classes) as
  /// leaves, whose `data` each step re-feeds; a smaller last batch runs eagerly.
  case compiled
  /// Build and back-propagate a new graph at every step, as micrograd does.
  case eager
}

/// A recorded training step: the tape, and the leaves a mini-batch re-feeds.
@usableFromInline
final class TrainerReplay<Scalar: ScalarMath> {
  @usableFromInline let tape: Tape<Scalar>
  /// One row of input leaves per example of the batch; empty for the full batch.
  @usableFromInline let inputs: [[Var<Scalar>]]
  /// One target leaf per example of the batch; empty for the full batch.
  @usableFromInline let targets: [Var<Scalar>]

  @usableFromInline
  init(tape: Tape<Scalar>, inputs: [[Var<Scalar>]], targets: [Var<Scalar>]) {
    (self.tape, self.inputs, self.targets) = (tape, inputs, targets)
  }
}

extension TrainingLoop {
  /// The replay for this batch: recorded the first time it is needed. Nil where the step
  /// runs eagerly (see ``TrainingExecution/compiled``).
  @inlinable
  mutating func recordedReplay(for indices: [Int], fullBatch: Bool) -> TrainerReplay<Scalar>? {
    guard execution == .compiled else { return nil }
    if let replay, fullBatch || replay.targets.count == indices.count { return replay }
    guard fullBatch || (indices.count == batches.batchSize && replay == nil) else { return nil }
    let graph = lossGraph(indices, divisor: indices.count, penalty: true)
    replay =
      fullBatch
      ? TrainerReplay(
        tape: graph.loss.compile(observing: graph.outputs.flatMap { $0 }), inputs: [], targets: [])
      : TrainerReplay(tape: graph.loss.compile(), inputs: graph.inputs, targets: graph.targets)
    return replay
  }

  /// Replays the step's tape at the current parameters (and, for a mini-batch, the
  /// batch's inputs and targets), then back-propagates it: the loss value and, for the
  /// full batch, the model's outputs.
  @inlinable
  mutating func replayGradient(
    _ replay: TrainerReplay<Scalar>, indices: [Int], firstReplay: Bool
  ) -> (loss: Scalar, outputs: [Scalar]) {
    for (row, index) in zip(replay.inputs, indices) {
      for (leaf, value) in zip(row, inputs[index]) { leaf.data = value }
    }
    for (leaf, index) in zip(replay.targets, indices) { leaf.data = targets[index] }
    // A tape just recorded holds this step's values already.
    let value = firstReplay ? replay.tape.value : replay.tape.forward()
    optimizer.zeroGrad()
    replay.tape.backward()
    return (value, replay.tape.observedValues)
  }
}

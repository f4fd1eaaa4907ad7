import Micrograd

/// How a ``Trainer`` evaluates each step.
public enum TrainingExecution: String, Sendable, Hashable, Codable {
  /// Record the step's graph once into a compiled ``Tape`` and replay it at every step
  /// (the default): the same numbers as ``eager``, several times faster.
  ///
  /// The full batch is recorded as it is. Mini-batches of the configured size are
  /// recorded once with their inputs and targets as leaves, whose `data` each step
  /// re-feeds; a smaller last batch, and cross-entropy mini-batches (whose class is a
  /// constant of its op), run eagerly.
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

extension Trainer {
  /// The data loss plus the L2 penalty of a batch, and the model's outputs, as a graph.
  @inlinable
  func batchLoss(_ indices: [Int]) -> (loss: Var<Scalar>, outputs: [[Var<Scalar>]]) {
    let outputs = indices.map { model(data.inputs[$0]) }
    var total =
      loss.isBinary
      ? loss(outputs.map { $0[0] }, indices.map { targets[$0] })
      : crossEntropy(logits: outputs, labels: indices.map { data.labels[$0] })
    if l2Strength > 0 {
      total = total + l2Penalty(model.parameters(), strength: l2Strength)
    }
    return (total, outputs)
  }

  /// The replay for this batch: recorded the first time it is needed. Nil where the step
  /// runs eagerly (see ``TrainingExecution/compiled``).
  @inlinable
  mutating func recordedReplay(for indices: [Int], fullBatch: Bool) -> TrainerReplay<Scalar>? {
    guard execution == .compiled else { return nil }
    if let replay, fullBatch || replay.targets.count == indices.count { return replay }
    if fullBatch {
      let (total, outputs) = batchLoss(indices)
      replay = TrainerReplay(
        tape: total.compile(observing: outputs.flatMap { $0 }), inputs: [], targets: [])
      return replay
    }
    guard loss.isBinary, indices.count == batches.batchSize, replay == nil else { return nil }
    // Inputs and targets as leaves, so that one recording serves every batch.
    let inputs = indices.map { data.inputs[$0].map { Var($0) } }
    let targetLeaves = indices.map { Var(targets[$0]) }
    let scores = inputs.map { model($0)[0] }
    var terms: [Var<Scalar>] = []
    for (score, target) in zip(scores, targetLeaves) {
      switch loss {
      case .hinge: terms.append((1 - score * target).relu())
      case .meanSquaredError:
        let difference = score - target
        terms.append(difference * difference)
      case .binaryCrossEntropy: terms.append(score.softplus() - score * target)
      case .crossEntropy: return nil
      }
    }
    var total = Reduction.mean(terms)
    if l2Strength > 0 {
      total = total + l2Penalty(model.parameters(), strength: l2Strength)
    }
    replay = TrainerReplay(tape: total.compile(), inputs: inputs, targets: targetLeaves)
    return replay
  }

  /// Replays the step's tape at the current parameters (and, for a mini-batch, the
  /// batch's inputs and targets), then back-propagates it: the loss value and, for the
  /// full batch, the model's outputs.
  @inlinable
  func replayStep(
    _ replay: TrainerReplay<Scalar>, indices: [Int], firstReplay: Bool
  ) -> (loss: Scalar, outputs: [Scalar]) {
    for (row, index) in zip(replay.inputs, indices) {
      for (leaf, value) in zip(row, data.inputs[index]) { leaf.data = value }
    }
    for (leaf, index) in zip(replay.targets, indices) { leaf.data = targets[index] }
    // A tape just recorded holds this step's values already.
    let value = firstReplay ? replay.tape.value : replay.tape.forward()
    optimizer.zeroGrad()
    replay.tape.backward()
    return (value, replay.tape.observedValues)
  }
}

import Micrograd

/// The one training step of ``SupervisedTrainer``, for classification (``Trainer``) and
/// regression (``RegressionTrainer``): the batch's loss from a ``LossTerm``, its gradient (from a
/// compiled tape by default, eagerly on request, in shards for a large full batch),
/// clipping, the learning rate and the update.
///
/// The loss of a batch of examples `B` out of a divisor `n` is
/// `(Σ_{i∈B} term(model(xᵢ), tᵢ)) · (1/n)`, plus the L2 penalty: a full batch or a
/// mini-batch is one such graph with `n = |B|` (the mean), a shard of a full batch uses
/// the full batch's n. The inputs and the targets are leaves, so one recording of a
/// mini-batch serves every batch of its size.
@usableFromInline
struct TrainingLoop<
  Optimizer: MicrogradNN.Optimizer, Schedule: LearningRateSchedule, Loss: LossTerm
> where Optimizer.Scalar == Schedule.Scalar {
  @usableFromInline typealias Scalar = Optimizer.Scalar

  @usableFromInline let model: MLP<Scalar>
  /// Each example's features.
  @usableFromInline let inputs: [[Scalar]]
  /// Each example's target for `loss`.
  @usableFromInline let targets: [Scalar]
  @usableFromInline let loss: Loss
  @usableFromInline let l2Strength: Scalar
  @usableFromInline var optimizer: Optimizer
  @usableFromInline let schedule: Schedule
  @usableFromInline let maxGradientNorm: Scalar?
  @usableFromInline var batches: MiniBatches
  @usableFromInline var stepsTaken = 0
  @usableFromInline var execution: TrainingExecution = .compiled
  @usableFromInline var threads: Int = defaultThreadCount() {
    willSet { precondition(newValue >= 1, "a trainer needs at least 1 thread, got \(newValue)") }
  }
  /// The recorded step, once there is one.
  @usableFromInline var replay: TrainerReplay<Scalar>?
  /// The recorded shards of a sharded full batch, once recorded.
  @usableFromInline var shards: [TrainerShard<Scalar>] = []

  @inlinable
  init(
    model: MLP<Scalar>, inputs: [[Scalar]], targets: [Scalar], loss: Loss, l2Strength: Scalar,
    optimizer: Optimizer, schedule: Schedule, batchSize: Int?, shuffleSeed: UInt64,
    maxGradientNorm: Scalar?
  ) {
    precondition(
      model.inputCount == inputs[0].count,
      "a network with \(model.inputCount) inputs cannot read \(inputs[0].count) features")
    precondition(l2Strength >= 0, "an L2 strength must be non-negative, got \(l2Strength)")
    precondition(
      maxGradientNorm.map { $0 > 0 } ?? true, "a maximum gradient norm must be positive")
    self.model = model
    self.inputs = inputs
    self.targets = targets
    self.loss = loss
    self.l2Strength = l2Strength
    self.optimizer = optimizer
    self.schedule = schedule
    self.maxGradientNorm = maxGradientNorm
    self.batches = MiniBatches(
      count: inputs.count, batchSize: batchSize ?? inputs.count,
      generator: SeededGenerator(seed: shuffleSeed, stream: 2))
  }

  /// Leaves the next batch's gradient in the parameters' `grad`: the batch's loss and,
  /// for the full batch, the model's outputs on it, row after row (`nil` for a
  /// mini-batch).
  @inlinable
  mutating func computeGradient() -> (loss: Scalar, outputs: [Scalar]?) {
    let fullBatch = batches.isFullBatch
    let indices = batches.next()
    if fullBatch && indices.count > examplesPerShard {
      let (value, outputs) = shardedGradient(indices)
      return (value, outputs)
    }
    let wasRecorded = replay != nil
    if let replay = recordedReplay(for: indices, fullBatch: fullBatch) {
      let (value, outputs) = replayGradient(replay, indices: indices, firstReplay: !wasRecorded)
      return (value, fullBatch ? outputs : nil)
    }
    let graph = lossGraph(indices, divisor: indices.count, penalty: true)
    optimizer.zeroGrad()
    graph.loss.backward()
    return (graph.loss.data, fullBatch ? graph.outputs.flatMap { $0.map(\.data) } : nil)
  }

  /// Clips the gradient, sets the step's learning rate and updates the parameters:
  /// the rate it used.
  @inlinable
  mutating func update() -> Scalar {
    if let maxGradientNorm {
      clipGradientNorm(optimizer.parameters, maxNorm: maxGradientNorm)
    }
    let rate = schedule.learningRate(atStep: stepsTaken)
    optimizer.learningRate = rate
    optimizer.step()
    stepsTaken += 1
    return rate
  }

  /// The loss of the examples `indices` as a graph over new leaves for their inputs and
  /// targets: Σ terms · (1/`divisor`), plus the L2 penalty if `penalty`; with the leaves
  /// and the model's outputs.
  @inlinable
  func lossGraph(_ indices: some Collection<Int>, divisor: Int, penalty: Bool) -> (
    loss: Var<Scalar>, inputs: [[Var<Scalar>]], targets: [Var<Scalar>], outputs: [[Var<Scalar>]]
  ) {
    let inputLeaves = indices.map { inputs[$0].map { Var($0) } }
    let targetLeaves = indices.map { Var(targets[$0]) }
    let outputs = inputLeaves.map { model($0) }
    var total = loss(outputs: outputs, targets: targetLeaves, reduction: .sum)
    total = total * (1 / Scalar(divisor))
    if penalty && l2Strength > 0 {
      total = total + l2Penalty(model.parameters(), strength: l2Strength)
    }
    return (total, inputLeaves, targetLeaves, outputs)
  }
}

/// The most examples in one shard of a full batch; see ``SupervisedTrainer/examplesPerShard``.
@usableFromInline let examplesPerShard = 256

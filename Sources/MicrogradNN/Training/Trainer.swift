import Micrograd

/// The training loop of micrograd's demo, one call per step: forward pass over a batch,
/// loss plus L2 penalty, zero the gradients, backward, learning rate, update.
///
/// ```swift
/// let data = Dataset<Double>.moons(samples: 100, noise: 0.1, seed: 1)
/// let model = MLP<Double>(2, [16, 16, 1], seed: 1)
/// var trainer = Trainer(
///   model: model, data: data, loss: .hinge, l2Strength: 1e-4,
///   optimizer: SGD(model.parameters(), learningRate: 1.0),
///   schedule: LinearDecay(from: 1.0, to: 0.1, steps: 100))
/// for _ in 0..<100 {
///   let record = trainer.step()
///   print(record.step, record.loss, record.accuracy)
/// }
/// ```
///
/// Written out, one full-batch step is what micrograd's demo does:
///
/// ```swift
/// let scores = data.inputs.map { model($0)[0] }
/// let loss = hingeLoss(scores, data.signedLabels) + l2Penalty(model.parameters(), strength: 1e-4)
/// model.zeroGrad()
/// loss.backward()
/// optimizer.learningRate = schedule.learningRate(atStep: k)
/// optimizer.step()
/// ```
public struct Trainer<Optimizer: MicrogradNN.Optimizer, Schedule: LearningRateSchedule>
where Optimizer.Scalar == Schedule.Scalar {
  /// The floating-point type of the model.
  public typealias Scalar = Optimizer.Scalar

  /// The network being trained.
  public let model: MLP<Scalar>
  /// The training examples, of classes 0 and 1.
  public let data: Dataset<Scalar>
  /// The data loss, to which the L2 penalty is added.
  public let loss: LossFunction
  /// The L2 strength: `l2Strength · Σ p²` is added to the loss.
  public let l2Strength: Scalar
  /// The optimiser, which holds the parameters.
  public var optimizer: Optimizer
  /// The learning rate for each step.
  public let schedule: Schedule
  /// The batches; full batch unless a batch size was given.
  @usableFromInline var batches: MiniBatches
  /// Each example's target for `loss`.
  @usableFromInline let targets: [Scalar]
  @usableFromInline var stepsTaken = 0
  /// The rows on which a mini-batch step measures the accuracy; `nil` for all of them.
  /// See ``measureAccuracy(onRowsUpTo:)``.
  @usableFromInline var accuracyRows: Dataset<Scalar>?

  /// Creates a trainer.
  ///
  /// - Parameters:
  ///   - model: The network to train: one output, which is the score of class 1.
  ///   - data: The training examples, of classes 0 and 1.
  ///   - loss: The data loss; each class is turned into its target by
  ///     ``LossFunction/target(forClass:)``.
  ///   - l2Strength: The weight of the L2 penalty `l2Strength · Σ p²`; 0 for none.
  ///   - optimizer: The optimiser, made for `model.parameters()`.
  ///   - schedule: The learning rate of each step, which the trainer sets on the
  ///     optimiser before the step.
  ///   - batchSize: Examples per step; `nil` (the default) for the full batch.
  ///   - shuffleSeed: The seed of the mini-batch shuffle (stream 2 of a
  ///     ``SeededGenerator``); unused for the full batch.
  /// - Precondition: the model has one output and takes `data.featureCount` inputs;
  ///   the labels are 0 and 1; `l2Strength >= 0`.
  @inlinable
  public init(
    model: MLP<Scalar>, data: Dataset<Scalar>, loss: LossFunction, l2Strength: Scalar,
    optimizer: Optimizer, schedule: Schedule, batchSize: Int? = nil, shuffleSeed: UInt64 = 0
  ) {
    precondition(model.outputCount == 1, "the trainer needs a network with one output")
    precondition(
      model.inputCount == data.featureCount,
      "a network with \(model.inputCount) inputs cannot read \(data.featureCount) features")
    precondition(l2Strength >= 0, "an L2 strength must be non-negative, got \(l2Strength)")
    self.model = model
    self.data = data
    self.loss = loss
    self.l2Strength = l2Strength
    self.optimizer = optimizer
    self.schedule = schedule
    self.batches = MiniBatches(
      count: data.count, batchSize: batchSize ?? data.count,
      generator: SeededGenerator(seed: shuffleSeed, stream: 2))
    self.targets = data.labels.map { loss.target(forClass: $0) }
  }

  /// The number of steps taken so far.
  @inlinable
  public var stepCount: Int { stepsTaken }

  /// Takes one optimisation step and reports the loss and accuracy the model had
  /// before it, with the learning rate it used.
  ///
  /// The accuracy is over the whole training set: from the step's own scores for a
  /// full batch, and by a graph-free pass over the data for a mini-batch (or over a
  /// sample of it, after ``measureAccuracy(onRowsUpTo:)``).
  @inlinable
  public mutating func step() -> TrainingRecord {
    let k = stepsTaken
    let fullBatch = batches.isFullBatch
    let indices = batches.next()
    var scores: [Var<Scalar>] = []
    var batchTargets: [Scalar] = []
    scores.reserveCapacity(indices.count)
    batchTargets.reserveCapacity(indices.count)
    for i in indices {
      scores.append(model(data.inputs[i])[0])
      batchTargets.append(targets[i])
    }
    var total = loss(scores, batchTargets)
    if l2Strength > 0 {
      total = total + l2Penalty(model.parameters(), strength: l2Strength)
    }
    let fraction =
      fullBatch
      ? accuracy(scores: scores.map { $0.data }, labels: data.labels)
      : model.accuracy(on: accuracyRows ?? data)
    optimizer.zeroGrad()
    total.backward()
    let rate = schedule.learningRate(atStep: k)
    optimizer.learningRate = rate
    optimizer.step()
    stepsTaken += 1
    return TrainingRecord(
      step: k, loss: Double(total.data), accuracy: fraction, learningRate: Double(rate))
  }
}

/// What one training step reports.
public struct TrainingRecord: Sendable, Hashable, Codable {
  /// The step number, from 0.
  public var step: Int
  /// The loss (data loss plus penalty) before the step.
  public var loss: Double
  /// The training accuracy before the step, in [0, 1].
  public var accuracy: Double
  /// The learning rate the step used.
  public var learningRate: Double

  /// Creates a record.
  public init(step: Int, loss: Double, accuracy: Double, learningRate: Double) {
    self.step = step
    self.loss = loss
    self.accuracy = accuracy
    self.learningRate = learningRate
  }
}

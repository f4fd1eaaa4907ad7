import Micrograd

/// The training loop of ``Trainer`` for real-valued targets: a one-output network, a
/// ``RegressionLoss``, and mean squared error as the figure to watch.
///
/// ```swift
/// let model = MLP<Double>(1, [16, 16, 1], seed: 1)
/// var trainer = RegressionTrainer(
///   model: model, data: data, loss: .meanSquaredError,
///   optimizer: Adam(model.parameters(), learningRate: 0.01),
///   schedule: ConstantLearningRate(0.01))
/// for _ in 0..<200 { print(trainer.step().loss) }
/// ```
public struct RegressionTrainer<
  Optimizer: MicrogradNN.Optimizer, Schedule: LearningRateSchedule
> where Optimizer.Scalar == Schedule.Scalar {
  /// The floating-point type of the model.
  public typealias Scalar = Optimizer.Scalar

  /// The network being trained, with one output.
  public let model: MLP<Scalar>
  /// The training examples.
  public let data: RegressionDataset<Scalar>
  /// The data loss, to which the L2 penalty is added.
  public let loss: RegressionLoss
  /// The L2 strength: `l2Strength · Σ p²` is added to the loss.
  public let l2Strength: Scalar
  /// The optimiser, which holds the parameters.
  public var optimizer: Optimizer
  /// The learning rate for each step.
  public let schedule: Schedule
  /// Held-out examples, scored before each step but never trained on; `nil` for none.
  public let validation: RegressionDataset<Scalar>?
  /// The largest joint norm of the gradients; `nil` for no clipping.
  public let maxGradientNorm: Scalar?
  @usableFromInline var batches: MiniBatches
  @usableFromInline var stepsTaken = 0

  /// Creates a trainer; the parameters are those of ``Trainer``'s initialiser.
  ///
  /// - Precondition: the model has one output and takes `data.featureCount` inputs;
  ///   `l2Strength >= 0`; `maxGradientNorm`, if any, is positive.
  @inlinable
  public init(
    model: MLP<Scalar>, data: RegressionDataset<Scalar>, loss: RegressionLoss,
    l2Strength: Scalar = 0, optimizer: Optimizer, schedule: Schedule, batchSize: Int? = nil,
    shuffleSeed: UInt64 = 0, validation: RegressionDataset<Scalar>? = nil,
    maxGradientNorm: Scalar? = nil
  ) {
    precondition(model.outputCount == 1, "regression needs a network with one output")
    precondition(
      model.inputCount == data.featureCount,
      "a network with \(model.inputCount) inputs cannot read \(data.featureCount) features")
    precondition(l2Strength >= 0, "an L2 strength must be non-negative, got \(l2Strength)")
    precondition(
      maxGradientNorm.map { $0 > 0 } ?? true, "a maximum gradient norm must be positive")
    self.model = model
    self.data = data
    self.loss = loss
    self.l2Strength = l2Strength
    self.optimizer = optimizer
    self.schedule = schedule
    self.validation = validation
    self.maxGradientNorm = maxGradientNorm
    self.batches = MiniBatches(
      count: data.count, batchSize: batchSize ?? data.count,
      generator: SeededGenerator(seed: shuffleSeed, stream: 2))
  }

  /// The number of steps taken so far.
  @inlinable
  public var stepCount: Int { stepsTaken }

  /// Takes one optimisation step and reports the loss and the figures the model had
  /// before it, with the learning rate it used.
  @inlinable
  public mutating func step() -> RegressionRecord {
    let k = stepsTaken
    let indices = batches.next()
    let predictions = indices.map { model(data.inputs[$0])[0] }
    var total = loss(predictions, indices.map { data.targets[$0] })
    if l2Strength > 0 {
      total = total + l2Penalty(model.parameters(), strength: l2Strength)
    }
    let trainingError = model.meanSquaredError(on: data)
    let validationError = validation.map { model.meanSquaredError(on: $0) }
    optimizer.zeroGrad()
    total.backward()
    if let maxGradientNorm {
      clipGradientNorm(optimizer.parameters, maxNorm: maxGradientNorm)
    }
    let rate = schedule.learningRate(atStep: k)
    optimizer.learningRate = rate
    optimizer.step()
    stepsTaken += 1
    return RegressionRecord(
      step: k, loss: Double(total.data), meanSquaredError: trainingError,
      learningRate: Double(rate), validationMeanSquaredError: validationError)
  }
}

/// What one regression training step reports.
public struct RegressionRecord: Sendable, Hashable, Codable {
  /// The step number, from 0, as in ``TrainingRecord/step``.
  public var step: Int
  /// The step number from 1, as the `micrograd` command prints it: `step + 1`.
  public var number: Int { step + 1 }
  /// The loss (data loss plus penalty) before the step.
  public var loss: Double
  /// The mean squared error on the whole training set before the step.
  public var meanSquaredError: Double
  /// The learning rate the step used.
  public var learningRate: Double
  /// The mean squared error on the validation set before the step; `nil` without one.
  public var validationMeanSquaredError: Double?

  /// Creates a record.
  public init(
    step: Int, loss: Double, meanSquaredError: Double, learningRate: Double,
    validationMeanSquaredError: Double? = nil
  ) {
    self.step = step
    self.loss = loss
    self.meanSquaredError = meanSquaredError
    self.learningRate = learningRate
    self.validationMeanSquaredError = validationMeanSquaredError
  }
}

extension MLP {
  /// The mean squared error of this one-output network on `data`, computed without a
  /// graph.
  ///
  /// - Precondition: the network has one output and as many inputs as `data` has
  ///   features.
  @inlinable
  public func meanSquaredError(on data: RegressionDataset<Scalar>) -> Double {
    precondition(outputCount == 1, "regression needs a network with one output")
    var total = 0.0
    for (x, y) in zip(data.inputs, data.targets) {
      let d = Double(evaluate(x)[0] - y)
      total += d * d
    }
    return total / Double(data.count)
  }
}

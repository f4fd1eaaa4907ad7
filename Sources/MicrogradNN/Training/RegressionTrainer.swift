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

  /// The step, shared with ``Trainer``.
  @usableFromInline var loop: TrainingLoop<Optimizer, Schedule, RegressionLoss>
  /// The training examples.
  public let data: RegressionDataset<Scalar>
  /// Held-out examples, scored before each step but never trained on; `nil` for none.
  public let validation: RegressionDataset<Scalar>?

  /// The network being trained, with one output.
  @inlinable public var model: MLP<Scalar> { loop.model }
  /// The data loss, to which the L2 penalty is added.
  @inlinable public var loss: RegressionLoss { loop.loss }
  /// The L2 strength: `l2Strength · Σ p²` is added to the loss.
  @inlinable public var l2Strength: Scalar { loop.l2Strength }
  /// The learning rate for each step.
  @inlinable public var schedule: Schedule { loop.schedule }
  /// The largest joint norm of the gradients; `nil` for no clipping.
  @inlinable public var maxGradientNorm: Scalar? { loop.maxGradientNorm }

  /// The optimiser, which holds the parameters.
  @inlinable public var optimizer: Optimizer {
    get { loop.optimizer }
    _modify { yield &loop.optimizer }
  }

  /// Whether steps replay a compiled tape (the default) or build the graph each time,
  /// as for ``Trainer/execution``. Set it before the first step.
  @inlinable public var execution: TrainingExecution {
    get { loop.execution }
    set { loop.execution = newValue }
  }

  /// The threads a full batch of more than ``Trainer/examplesPerShard`` examples is
  /// computed on, as for ``Trainer/threads``: the same numbers for any count.
  ///
  /// - Precondition: at least 1.
  @inlinable public var threads: Int {
    get { loop.threads }
    set { loop.threads = newValue }
  }

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
    self.loop = TrainingLoop(
      model: model, inputs: data.inputs, targets: data.targets, loss: loss,
      l2Strength: l2Strength, optimizer: optimizer, schedule: schedule, batchSize: batchSize,
      shuffleSeed: shuffleSeed, maxGradientNorm: maxGradientNorm)
    self.data = data
    self.validation = validation
  }

  /// The number of steps taken so far.
  @inlinable
  public var stepCount: Int { loop.stepsTaken }

  /// Takes one optimisation step and reports the loss and the figures the model had
  /// before it, with the learning rate it used.
  ///
  /// The training error is from the step's own predictions for a full batch, and by a
  /// graph-free pass over the data for a mini-batch.
  @inlinable
  public mutating func step() -> RegressionRecord {
    let k = loop.stepsTaken
    let validationError = validation.map { model.meanSquaredError(on: $0) }
    let (value, outputs) = loop.computeGradient()
    let trainingError =
      outputs.map { meanSquaredError(predictions: $0, data.targets) }
      ?? model.meanSquaredError(on: data)
    let rate = loop.update()
    return RegressionRecord(
      step: k, loss: Double(value), meanSquaredError: trainingError,
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
    return MicrogradNN.meanSquaredError(
      predictions: evaluate(rows: data.inputs).map { $0[0] }, data.targets)
  }
}

/// The mean squared error of plain predictions, summed in `Double` in order: the figure
/// a regression run reports.
@inlinable
func meanSquaredError<T: BinaryFloatingPoint>(predictions: [T], _ targets: [T]) -> Double {
  var total = 0.0
  for (prediction, y) in zip(predictions, targets) {
    let d = Double(prediction - y)
    total += d * d
  }
  return total / Double(targets.count)
}

import Micrograd

/// The training loop of micrograd's demo, one call per step, for any supervised task:
/// forward pass over a batch, loss plus L2 penalty, zero the gradients, backward,
/// clipping, learning rate, update.
///
/// You use it by one of its two names, each with its own initialiser and record:
///
/// - ``Trainer`` (`SupervisedTrainer<…, LossFunction, Int>`): classes, a
///   ``LossFunction``, a ``TrainingRecord`` with the accuracy per step.
/// - ``RegressionTrainer`` (`SupervisedTrainer<…, RegressionLoss, Scalar>`): real
///   targets, a ``RegressionLoss``, a ``RegressionRecord`` with the mean squared error.
///
/// Everything else is one: the step (``TrainingExecution/compiled`` by default, or
/// eager; full batch, mini-batches, or data-parallel shards on ``threads``), the
/// validation set scored before each step, and gradient clipping.
public struct SupervisedTrainer<
  Optimizer: MicrogradNN.Optimizer, Schedule: LearningRateSchedule, Loss: LossTerm, Target
> where Optimizer.Scalar == Schedule.Scalar {
  /// The floating-point type of the model.
  public typealias Scalar = Optimizer.Scalar

  /// The step.
  @usableFromInline var loop: TrainingLoop<Optimizer, Schedule, Loss>
  /// The training examples.
  public let data: Examples<Scalar, Target>
  /// Held-out examples, scored before each step but never trained on; `nil` for none.
  public let validation: Examples<Scalar, Target>?
  /// The rows on which a mini-batch step measures the training figure; `nil` for all of
  /// them. See ``Trainer``'s `measureAccuracy(onRowsUpTo:)`.
  @usableFromInline var accuracyRows: Examples<Scalar, Target>?

  /// The network being trained.
  @inlinable public var model: MLP<Scalar> { loop.model }
  /// The largest joint norm of the gradients; larger ones are scaled down to it before
  /// the update. `nil` for no clipping.
  @inlinable public var maxGradientNorm: Scalar? { loop.maxGradientNorm }
  /// The data loss, to which the L2 penalty is added.
  @inlinable public var loss: Loss { loop.loss }
  /// The L2 strength: `l2Strength · Σ p²` is added to the loss.
  @inlinable public var l2Strength: Scalar { loop.l2Strength }
  /// The learning rate for each step.
  @inlinable public var schedule: Schedule { loop.schedule }

  /// The optimiser, which holds the parameters.
  @inlinable public var optimizer: Optimizer {
    get { loop.optimizer }
    _modify { yield &loop.optimizer }
  }

  /// Whether steps replay a compiled tape (the default) or build the graph each time.
  /// Set it before the first step.
  @inlinable public var execution: TrainingExecution {
    get { loop.execution }
    set { loop.execution = newValue }
  }

  /// The threads a full batch of more than ``examplesPerShard`` examples is computed
  /// on, one shard per thread at a time; by default the machine's cores.
  ///
  /// The numbers do not depend on it: the shards, and the order in which their losses
  /// and gradients are summed, are the same for any thread count, so a run gives the
  /// same losses and parameters bit for bit on 1 thread or 64. Smaller batches, and
  /// mini-batches, run on the caller's thread.
  ///
  /// - Precondition: at least 1.
  @inlinable public var threads: Int {
    get { loop.threads }
    set { loop.threads = newValue }
  }

  /// The number of steps taken so far.
  @inlinable
  public var stepCount: Int { loop.stepsTaken }

  /// The most examples in one shard of a full batch (the last shard holds the rest).
  ///
  /// It is fixed, and does not depend on ``threads``, so that the numbers do not
  /// either. A full batch of at most this many examples is one shard, computed as one
  /// graph.
  @inlinable
  public static var examplesPerShard: Int { MicrogradNN.examplesPerShard }

  /// Creates a trainer whose loss compares each example's outputs with `targetValues`,
  /// its target as a number: what the public initialisers share.
  @inlinable
  init(
    model: MLP<Scalar>, data: Examples<Scalar, Target>, targetValues: [Scalar], loss: Loss,
    l2Strength: Scalar, optimizer: Optimizer, schedule: Schedule, batchSize: Int?,
    shuffleSeed: UInt64, validation: Examples<Scalar, Target>?, maxGradientNorm: Scalar?
  ) {
    precondition(
      validation.map { $0.featureCount == data.featureCount } ?? true,
      "the validation set needs \(data.featureCount) features")
    self.loop = TrainingLoop(
      model: model, inputs: data.inputs, targets: targetValues, loss: loss,
      l2Strength: l2Strength, optimizer: optimizer, schedule: schedule, batchSize: batchSize,
      shuffleSeed: shuffleSeed, maxGradientNorm: maxGradientNorm)
    self.data = data
    self.validation = validation
  }

  /// Takes one step, the figures measured before it: the validation set's by `score`,
  /// the training set's by `figure` (from the full batch's outputs, row after row, or
  /// `nil` for a mini-batch), both given the model as it was.
  @inlinable
  mutating func step<Held>(
    scoringValidation score: (MLP<Scalar>, Examples<Scalar, Target>) -> Held,
    training figure: (MLP<Scalar>, _ outputs: [Scalar]?) -> Double
  ) -> (step: Int, loss: Double, figure: Double, learningRate: Double, validation: Held?) {
    let k = loop.stepsTaken
    let model = loop.model
    let held = validation.map { score(model, $0) }
    let (value, outputs) = loop.computeGradient()
    let training = figure(model, outputs)
    let rate = loop.update()
    return (k, Double(value), training, Double(rate), held)
  }
}

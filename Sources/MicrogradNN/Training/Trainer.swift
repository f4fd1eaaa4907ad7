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
///
/// For k classes, give the model k outputs and the loss ``LossFunction/crossEntropy``:
/// each step is then `crossEntropy(logits: data.inputs.map { model($0) }, labels:
/// data.labels)`, and accuracy is by the largest logit. A `validation` set is scored
/// (without a graph) before every step, and `maxGradientNorm` clips the gradients
/// (``clipGradientNorm(_:maxNorm:)``) before the update.
public struct Trainer<Optimizer: MicrogradNN.Optimizer, Schedule: LearningRateSchedule>
where Optimizer.Scalar == Schedule.Scalar {
  /// The floating-point type of the model.
  public typealias Scalar = Optimizer.Scalar

  /// The step, shared with ``RegressionTrainer``.
  @usableFromInline var loop: TrainingLoop<Optimizer, Schedule, LossFunction>
  /// The training examples: of classes 0 and 1 for a binary loss, 0 … k − 1 for
  /// cross-entropy.
  public let data: Dataset<Scalar>
  /// Held-out examples, scored before each step but never trained on; `nil` for none.
  public let validation: Dataset<Scalar>?
  /// The rows on which a mini-batch step measures the accuracy; `nil` for all of them.
  /// See ``measureAccuracy(onRowsUpTo:)``.
  @usableFromInline var accuracyRows: Dataset<Scalar>?

  /// The network being trained.
  @inlinable public var model: MLP<Scalar> { loop.model }
  /// The largest joint norm of the gradients; larger ones are scaled down to it before
  /// the update. `nil` for no clipping.
  @inlinable public var maxGradientNorm: Scalar? { loop.maxGradientNorm }
  /// The data loss, to which the L2 penalty is added.
  @inlinable public var loss: LossFunction { loop.loss }
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

  /// Creates a trainer.
  ///
  /// - Parameters:
  ///   - model: The network to train: for a binary loss one output, which is the score
  ///     of class 1; for ``LossFunction/crossEntropy`` one logit per class.
  ///   - data: The training examples.
  ///   - loss: The data loss; for a binary loss each class is turned into its target by
  ///     ``LossFunction/target(forClass:)``.
  ///   - l2Strength: The weight of the L2 penalty `l2Strength · Σ p²`; 0 for none.
  ///   - optimizer: The optimiser, made for `model.parameters()`.
  ///   - schedule: The learning rate of each step, which the trainer sets on the
  ///     optimiser before the step.
  ///   - batchSize: Examples per step; `nil` (the default) for the full batch.
  ///   - shuffleSeed: The seed of the mini-batch shuffle (stream 2 of a
  ///     ``SeededGenerator``); unused for the full batch.
  ///   - validation: Held-out examples to score before each step; `nil` for none.
  ///   - maxGradientNorm: The largest joint norm of the gradients; `nil` for no clipping.
  /// - Precondition: the model takes `data.featureCount` inputs; for a binary loss it has
  ///   one output and the labels are 0 and 1, for cross-entropy it has an output per
  ///   class; `l2Strength >= 0`; `maxGradientNorm`, if any, is positive.
  @inlinable
  public init(
    model: MLP<Scalar>, data: Dataset<Scalar>, loss: LossFunction, l2Strength: Scalar,
    optimizer: Optimizer, schedule: Schedule, batchSize: Int? = nil, shuffleSeed: UInt64 = 0,
    validation: Dataset<Scalar>? = nil, maxGradientNorm: Scalar? = nil
  ) {
    if loss.isBinary {
      precondition(model.outputCount == 1, "a binary loss needs a network with one output")
    } else {
      let classes = max(data.classCount, validation?.classCount ?? 0)
      precondition(
        model.outputCount >= max(classes, 2),
        "cross-entropy over \(classes) classes needs as many outputs, not \(model.outputCount)")
    }
    precondition(
      validation.map { $0.featureCount == data.featureCount } ?? true,
      "the validation set needs \(data.featureCount) features")
    self.loop = TrainingLoop(
      model: model, inputs: data.inputs,
      targets: data.labels.map { loss.target(forClass: $0) }, loss: loss,
      l2Strength: l2Strength, optimizer: optimizer, schedule: schedule, batchSize: batchSize,
      shuffleSeed: shuffleSeed, maxGradientNorm: maxGradientNorm)
    self.data = data
    self.validation = validation
  }

  /// The number of steps taken so far.
  @inlinable
  public var stepCount: Int { loop.stepsTaken }

  /// Takes one optimisation step and reports the loss and accuracy the model had
  /// before it, with the learning rate it used (and the validation figures, if any).
  ///
  /// The accuracy is over the whole training set: from the step's own scores for a
  /// full batch, and by a graph-free pass over the data for a mini-batch (or over a
  /// sample of it, after ``measureAccuracy(onRowsUpTo:)``).
  @inlinable
  public mutating func step() -> TrainingRecord {
    let k = loop.stepsTaken
    let held = validation.map { model.score(on: $0, loss: loss) }
    let (value, outputs) = loop.computeGradient()
    let fraction = outputs.map(accuracy(ofOutputs:)) ?? model.accuracy(on: accuracyRows ?? data)
    let rate = loop.update()
    return TrainingRecord(
      step: k, loss: Double(value), accuracy: fraction, learningRate: Double(rate),
      validationLoss: held?.loss, validationAccuracy: held?.accuracy)
  }

  /// The training accuracy from the full batch's outputs, row after row: by the sign of
  /// the one score for a binary loss, by the largest logit for cross-entropy.
  @inlinable
  func accuracy(ofOutputs outputs: [Scalar]) -> Double {
    let width = model.outputCount
    guard width > 1 else { return MicrogradNN.accuracy(scores: outputs, labels: data.labels) }
    let rows = stride(from: 0, to: outputs.count, by: width).map {
      Array(outputs[$0..<$0 + width])
    }
    return MicrogradNN.accuracy(logits: rows, labels: data.labels)
  }
}

extension MLP {
  /// The mean data loss (without a penalty) and the accuracy of this network on `data`,
  /// computed without keeping a graph: how a held-out set is scored.
  ///
  /// - Precondition: as for ``Trainer``: one output for a binary loss (labels 0 and 1),
  ///   an output per class for cross-entropy.
  @inlinable
  public func score(on data: Dataset<Scalar>, loss: LossFunction) -> (
    loss: Double, accuracy: Double
  ) {
    let outputs = evaluate(rows: data.inputs)
    let value =
      loss(
        outputs: outputs.map { $0.map { Primal($0) } },
        targets: data.labels.map { Primal(loss.target(forClass: $0)) }
      ).data
    let fraction =
      outputCount == 1
      ? MicrogradNN.accuracy(scores: outputs.map { $0[0] }, labels: data.labels)
      : MicrogradNN.accuracy(logits: outputs, labels: data.labels)
    return (Double(value), fraction)
  }

}

/// What one training step reports.
public struct TrainingRecord: Sendable, Hashable, Codable {
  /// The step number, from 0: micrograd's k, which the learning-rate schedules take.
  ///
  /// The `micrograd` command prints steps from 1, as ``number``: `step 1/100` is the
  /// record with `step` 0.
  public var step: Int
  /// The step number from 1, as the `micrograd` command prints it: `step + 1`.
  public var number: Int { step + 1 }
  /// The loss (data loss plus penalty) before the step.
  public var loss: Double
  /// The training accuracy before the step, in [0, 1].
  public var accuracy: Double
  /// The learning rate the step used.
  public var learningRate: Double
  /// The mean data loss on the validation set before the step; `nil` without one.
  public var validationLoss: Double?
  /// The validation accuracy before the step, in [0, 1]; `nil` without a validation set.
  public var validationAccuracy: Double?

  /// Creates a record.
  public init(
    step: Int, loss: Double, accuracy: Double, learningRate: Double,
    validationLoss: Double? = nil, validationAccuracy: Double? = nil
  ) {
    self.step = step
    self.loss = loss
    self.accuracy = accuracy
    self.learningRate = learningRate
    self.validationLoss = validationLoss
    self.validationAccuracy = validationAccuracy
  }
}

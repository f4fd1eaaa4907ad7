import Micrograd

/// The training loop of micrograd's demo for classification, one call per step: forward
/// pass over a batch, loss plus L2 penalty, zero the gradients, backward, learning rate,
/// update.
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
///
/// It is ``SupervisedTrainer`` for classes, the one trainer that ``RegressionTrainer``
/// names for real targets.
public typealias Trainer<Optimizer: MicrogradNN.Optimizer, Schedule: LearningRateSchedule> =
  SupervisedTrainer<Optimizer, Schedule, LossFunction, Int>
where Optimizer.Scalar == Schedule.Scalar

extension SupervisedTrainer where Loss == LossFunction, Target == Int {
  /// Creates a trainer for classification.
  ///
  /// - Parameters:
  ///   - model: The network to train: for a binary loss one output, which is the score
  ///     of class 1; for ``LossFunction/crossEntropy`` one logit per class.
  ///   - data: The training examples: of classes 0 and 1 for a binary loss, 0 … k − 1
  ///     for cross-entropy.
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
    self.init(
      model: model, data: data, targetValues: data.labels.map { loss.target(forClass: $0) },
      loss: loss, l2Strength: l2Strength, optimizer: optimizer, schedule: schedule,
      batchSize: batchSize, shuffleSeed: shuffleSeed, validation: validation,
      maxGradientNorm: maxGradientNorm)
  }

  /// Takes one optimisation step and reports the loss and accuracy the model had
  /// before it, with the learning rate it used (and the validation figures, if any).
  ///
  /// The accuracy is over the whole training set: from the step's own scores for a
  /// full batch, and by a graph-free pass over the data for a mini-batch (or over a
  /// sample of it, after ``measureAccuracy(onRowsUpTo:)``).
  @inlinable
  public mutating func step() -> TrainingRecord {
    let (loss, labels, rows) = (self.loss, data.labels, accuracyRows ?? data)
    let taken = step(
      scoringValidation: { model, held in model.score(on: held, loss: loss) },
      training: { model, outputs in
        outputs.map { Self.accuracy(ofOutputs: $0, width: model.outputCount, labels: labels) }
          ?? model.accuracy(on: rows)
      })
    return TrainingRecord(
      step: taken.step, loss: taken.loss, accuracy: taken.figure,
      learningRate: taken.learningRate, validationLoss: taken.validation?.loss,
      validationAccuracy: taken.validation?.accuracy)
  }

  /// The training accuracy from the full batch's outputs, `width` per row: by the sign
  /// of the one score for a binary loss, by the largest logit for cross-entropy.
  @inlinable
  static func accuracy(ofOutputs outputs: [Scalar], width: Int, labels: [Int]) -> Double {
    guard width > 1 else { return MicrogradNN.accuracy(scores: outputs, labels: labels) }
    let rows = stride(from: 0, to: outputs.count, by: width).map {
      Array(outputs[$0..<$0 + width])
    }
    return MicrogradNN.accuracy(logits: rows, labels: labels)
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

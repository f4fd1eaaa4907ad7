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
///
/// It is ``SupervisedTrainer`` for real targets: the same step, validation, clipping and
/// shards as ``Trainer``'s.
public typealias RegressionTrainer<
  Optimizer: MicrogradNN.Optimizer, Schedule: LearningRateSchedule
> = SupervisedTrainer<Optimizer, Schedule, RegressionLoss, Optimizer.Scalar>
where Optimizer.Scalar == Schedule.Scalar

extension SupervisedTrainer where Loss == RegressionLoss, Target == Scalar {
  /// Creates a trainer for regression; the parameters are those of ``Trainer``'s
  /// initialiser, with the targets compared as they are.
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
    self.init(
      model: model, data: data, targetValues: data.targets, loss: loss, l2Strength: l2Strength,
      optimizer: optimizer, schedule: schedule, batchSize: batchSize, shuffleSeed: shuffleSeed,
      validation: validation, maxGradientNorm: maxGradientNorm)
  }

  /// Takes one optimisation step and reports the loss and the figures the model had
  /// before it, with the learning rate it used.
  ///
  /// The training error is from the step's own predictions for a full batch, and by a
  /// graph-free pass over the data for a mini-batch.
  @inlinable
  public mutating func step() -> RegressionRecord {
    let data = self.data
    let taken = step(
      scoringValidation: { model, held in model.meanSquaredError(on: held) },
      training: { model, outputs in
        outputs.map { meanSquaredError(predictions: $0, data.targets) }
          ?? model.meanSquaredError(on: data)
      })
    return RegressionRecord(
      step: taken.step, loss: taken.loss, meanSquaredError: taken.figure,
      learningRate: taken.learningRate, validationMeanSquaredError: taken.validation)
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

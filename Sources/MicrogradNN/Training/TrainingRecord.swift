/// What one training step of a ``Trainer`` (classification) reports.
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
    (self.step, self.loss, self.accuracy, self.learningRate) = (
      step, loss, accuracy, learningRate
    )
    (self.validationLoss, self.validationAccuracy) = (validationLoss, validationAccuracy)
  }
}

/// What one training step of a ``RegressionTrainer`` reports.
public struct RegressionRecord: Sendable, Hashable, Codable {
  /// The step number, from 0, as in ``TrainingRecord/step``.
  public var step: Int
  /// The loss (data loss plus penalty) before the step.
  public var loss: Double
  /// The mean squared error on the whole training set before the step.
  public var meanSquaredError: Double
  /// The learning rate the step used.
  public var learningRate: Double
  /// The mean squared error on the validation set before the step; `nil` without one.
  public var validationMeanSquaredError: Double?
  /// The step number from 1, as the `micrograd` command prints it: `step + 1`.
  public var number: Int { step + 1 }

  /// Creates a record.
  public init(
    step: Int, loss: Double, meanSquaredError: Double, learningRate: Double,
    validationMeanSquaredError: Double? = nil
  ) {
    (self.step, self.loss, self.meanSquaredError) = (step, loss, meanSquaredError)
    (self.learningRate, self.validationMeanSquaredError) = (
      learningRate, validationMeanSquaredError
    )
  }
}

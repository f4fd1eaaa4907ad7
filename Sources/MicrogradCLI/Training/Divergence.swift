/// Where a training run stopped being finite, and what to do about it.
struct Divergence: Equatable {
  /// The step (from 1, as the progress lines count) whose loss was not finite, or
  /// whose update made a parameter not finite.
  let step: Int
  /// The loss of that step, when it is the loss that was not finite; `nil` when the
  /// update was.
  let loss: Double?

  /// One line: the step, what was not finite, which model the files hold, and a hint.
  ///
  /// - Parameter featureScale: the largest magnitude of a feature of the data.
  func message(options: TrainOptions, featureScale: Double) -> String {
    let what =
      loss.map { "the loss stopped being finite at step \(step) (it was \(fixed($0, 4)))" }
      ?? "the parameters stopped being finite at step \(step)"
    let kept = lastGoodStep == 0 ? "the initial model" : "the model of step \(lastGoodStep)"
    return "training diverged: \(what); the files hold \(kept). "
      + hint(options, featureScale: featureScale)
  }

  /// The last step whose loss was finite; 0 for none.
  var lastGoodStep: Int { loss == nil ? step : step - 1 }

  /// What to change: features of a usual scale when they are large; else a smaller
  /// learning rate (a tenth, or the default if that is
  /// smaller), and L2, once training has started; the
  /// scale of the data when even the initial model's loss is not finite.
  func hint(_ options: TrainOptions, featureScale: Double) -> String {
    if featureScale > 1e3 {
      return "The features reach \(compactNumber(featureScale)): scale them to about -1 to 1."
    }
    if step == 1 && loss != nil {
      return "Even the initial model's loss overflows: scale the features to about -1 to 1."
    }
    let usual = options.optimizer.defaultLearningRate(for: options.loss)
    let smaller = compactNumber(min(options.initialLearningRate / 10, usual))
    let l2 = options.l2 >= 1 ? ", and a smaller --l2" : ""
    return "Try a smaller learning rate, such as --lr \(smaller)\(l2)."
  }
}

import MicrogradNN

/// Classification or regression, as `--task` names them.
enum TaskChoice: String, CaseIterable, Equatable {
  case classification, regression
}

// The flags of `micrograd train` beyond micrograd's demo: k classes, regression,
// held-out data, AdamW and clipping; and the defaults of the spiral dataset.
extension ParsedCommand {
  /// Reads `--loss`: a classification loss (hinge, mse, bce, ce), or huber for regression.
  static func readLoss(
    _ reader: inout FlagReader, into options: inout TrainOptions
  ) throws(UsageError) {
    let text = try reader.value(for: "--loss").lowercased()
    if text == "huber" {
      options.regressionLoss = .huber(delta: 1)
      options.task = options.task ?? .regression
    } else if let loss = LossFunction(rawValue: text) {
      options.loss = loss
      options.regressionLoss = .meanSquaredError
    } else {
      throw UsageError("--loss needs one of hinge, mse, bce, ce, huber, got \"\(text)\"")
    }
  }

  /// Reads one of the newer flags of `micrograd train`; `false` if `flag` is not one.
  static func readMoreTrainFlag(
    _ flag: String, _ reader: inout FlagReader, into options: inout TrainOptions
  ) throws(UsageError) -> Bool {
    switch flag {
    case "--classes":
      let k = try reader.positiveInt(for: flag)
      guard k >= 2 && k <= 64 else {
        throw UsageError("\(flag) needs a number of classes from 2 to 64, got \(k)")
      }
      options.classes = k
    case "--task": options.task = try reader.choice(for: flag, TaskChoice.self)
    case "--validation":
      options.validation = try reader.number(
        for: flag, in: 0...0.9, description: "a fraction from 0 to 0.9")
      if options.validation == 0 { options.validation = nil }
    case "--clip": options.clipNorm = try reader.positiveNumber(for: flag)
    case "--weight-decay":
      options.weightDecay = try reader.number(
        for: flag, in: 0...1e6, description: "a number >= 0")
    case "--threads":
      let n = try reader.positiveInt(for: flag)
      guard n <= 1024 else { throw UsageError("\(flag) needs a number from 1 to 1024, got \(n)") }
      options.threads = n
    case "--nesterov":
      try reader.noValue(for: flag)
      options.nesterov = true
    default: return false
    }
    return true
  }

  /// The spiral's defaults, for the flags not given, and the checks across flags.
  ///
  /// The spiral keeps the demo's network, MLP(2, [16, 16, 3]), and its 100 steps and
  /// linear schedule, but takes 300 points (the classic 100 per arm), cross-entropy and
  /// Adam at 0.05: SGD at the demo's rate does not untangle the arms in 100 steps. With
  /// seeds 1–6 it ends at 99.0–99.3% training accuracy.
  static func finishTrainOptions(_ options: inout TrainOptions) throws(UsageError) {
    if options.dataset == .spiral {
      let given = options.given
      if !given.contains("--samples") { options.samples = 300 }
      if !given.contains("--loss") { options.loss = .crossEntropy }
      if !given.contains("--optimizer") { options.optimizer = .adam }
    }
    if options.nesterov && (options.optimizer != .sgd || options.momentum == 0) {
      throw UsageError("--nesterov needs --optimizer sgd and a --momentum above 0")
    }
    if options.weightDecay != nil && options.optimizer == .adam {
      throw UsageError("--weight-decay is for sgd and adamw; Adam's would be an L2 penalty")
    }
    if options.classes != nil && options.dataset != .blobs && options.dataset != .spiral {
      throw UsageError("--classes is for --dataset blobs or spiral")
    }
    if options.task == .regression {
      guard case .csv = options.dataset else {
        throw UsageError("--task regression needs a CSV file with a real last column")
      }
      if options.given.contains("--loss") && options.loss != .meanSquaredError
        && options.regressionLoss == .meanSquaredError
      {
        throw UsageError("regression takes --loss mse or huber")
      }
    }
  }
}

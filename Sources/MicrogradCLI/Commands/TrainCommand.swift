import Foundation
import Micrograd
import MicrogradNN

/// Why `micrograd train` stopped without finishing: printed as one line, exit status 1.
struct RunError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}

/// `micrograd train`: build the data and the model, train, draw, save.
enum TrainCommand {
  static func run(_ options: TrainOptions, console: Console) throws(RunError) {
    // Everything that can be checked before training is: a run never fails after
    // minutes of work for a reason known at the start.
    let folder = try OutputFolder.prepare(options.output, names: outputNames)
    do {
      try run(options, folder: folder, console: console)
    } catch {
      folder.removeIfUnused()
      throw error
    }
  }

  /// Trains and writes into a folder already checked.
  static func run(
    _ options: TrainOptions, folder: OutputFolder, console: Console
  ) throws(RunError) {
    let csv = try TrainingCSV.load(options)
    if case .regression(let regression)? = csv {
      return try RegressionRun.run(regression, options, folder: folder, console: console)
    }
    var given: Dataset<Double>?
    if case .classification(let data)? = csv { given = data }
    let (all, model) = try makeDataAndModel(options, given: given)
    var options = options
    options.loss = try loss(options, all)
    let (data, validation) = split(all, options)
    let lr = options.initialLearningRate
    let schedule = CLISchedule(options.schedule, initial: lr, steps: options.steps)

    console.write(
      "micrograd: training \(model) (\(model.parameterCount) parameters) on \(data.name)\n"
        + setupLines(
          loss: options.loss.displayName, options, schedule, lr, examples: data.count,
          validation: validation?.count))
    let accuracyRows = accuracySampleSize(options, data)
    if accuracyRows < data.count {
      console.write(
        "  accuracy at each step measured on \(accuracyRows) of the \(data.count) rows, "
          + "evenly spread; the final accuracy on all of them\n")
    }

    let result: TrainingResult
    switch options.optimizer {
    case .sgd:
      let optimizer = SGD(
        model.parameters(), learningRate: lr, momentum: options.momentum,
        nesterov: options.nesterov, weightDecay: options.weightDecay ?? 0)
      result = train(model, data, validation, optimizer, schedule, options, console)
    case .adam:
      let optimizer = Adam(model.parameters(), learningRate: lr)
      result = train(model, data, validation, optimizer, schedule, options, console)
    case .adamw:
      let optimizer = AdamW(
        model.parameters(), learningRate: lr, weightDecay: options.weightDecay ?? 0.01)
      result = train(model, data, validation, optimizer, schedule, options, console)
    }

    let finalAccuracy = model.accuracy(on: data)
    let perStep = result.seconds / Double(max(result.records.count, 1)) * 1000
    console.write(
      "trained in \(fixed(result.seconds, 2)) s (\(fixed(perStep, 2)) ms per step); "
        + "final training accuracy \(fixed(finalAccuracy * 100, 1))%"
        + (validation.map { ", validation accuracy \(fixed(model.accuracy(on: $0) * 100, 1))%" }
          ?? "") + "\n")

    try writeOutputs(
      model: model, data: data, result: result, options: options,
      finalAccuracy: finalAccuracy, folder: folder, console: console)
    if let divergence = result.divergence {
      let scale = data.featureRanges.map { max($0.lowerBound.magnitude, $0.upperBound.magnitude) }
      throw RunError(divergence.message(options: options, featureScale: scale.max() ?? 0))
    }
  }

  typealias TrainingResult = TrainingRun<TrainingRecord>

  /// The training loop, specialised for each optimiser.
  static func train<O: Optimizer>(
    _ model: MLP<Double>, _ data: Dataset<Double>, _ validation: Dataset<Double>?,
    _ optimizer: O, _ schedule: CLISchedule, _ options: TrainOptions, _ console: Console
  ) -> TrainingResult where O.Scalar == Double {
    var trainer = Trainer(
      model: model, data: data, loss: options.loss, l2Strength: options.l2,
      optimizer: optimizer, schedule: schedule, batchSize: options.batchSize,
      shuffleSeed: options.seed, validation: validation, maxGradientNorm: options.clipNorm)
    trainer.execution = options.eager ? .eager : .compiled
    if let threads = options.threads { trainer.threads = threads }
    let live = console.isTerminal && !options.plain
    var progress = ProgressReporter(totalSteps: options.steps, live: live, console: console)
    let accuracyRows = accuracySampleSize(options, data)
    if accuracyRows < data.count { trainer.measureAccuracy(onRowsUpTo: accuracyRows) }
    return guardedSteps(
      options.steps, parameters: model.parameters(), liveLine: live, console: console,
      loss: \.loss, step: { trainer.step() }, report: { progress.report($0, seconds: $1) })
  }

  static func seconds(_ duration: Duration) -> Double {
    let (s, attoseconds) = duration.components
    return Double(s) + Double(attoseconds) * 1e-18
  }

  /// The data (from stream 0 of the seed), or the data `given` (read from a CSV file),
  /// and the untrained model (its weights from stream 1), so that changing the data does
  /// not change the initial weights.
  static func makeDataAndModel(
    _ options: TrainOptions, given: Dataset<Double>? = nil
  ) throws(RunError) -> (Dataset<Double>, MLP<Double>) {
    let data: Dataset<Double>
    if let given { data = given } else { data = try makeDataset(options) }
    try checkClassesNumberedFromZero(data, options)
    try checkMemory(options, rows: data.count, features: data.featureCount)
    let outputs = try loss(options, data).isBinary ? 1 : max(data.classCount, 2)
    var weights = SeededGenerator(seed: options.seed, stream: 1)
    let model = MLP<Double>(
      data.featureCount, options.hidden + [outputs], hidden: options.activation,
      output: .linear, using: &weights)
    return (data, model)
  }

  static func makeDataset(_ options: TrainOptions) throws(RunError) -> Dataset<Double> {
    if case .csv(let path) = options.dataset {
      return try TrainingCSV.classification(path, options)
    }
    // Before the data is generated: a million samples take memory too.
    try checkMemory(options, rows: options.samples, features: 2)
    var generator = SeededGenerator(seed: options.seed, stream: 0)
    switch options.dataset {
    case .moons:
      return .moons(samples: options.samples, noise: options.noise, using: &generator)
    case .circles:
      return .circles(samples: options.samples, noise: options.noise, using: &generator)
    case .blobs:
      return .blobs(samples: options.samples, centers: options.classes ?? 2, using: &generator)
    case .spiral:
      return .spiral(
        samples: options.samples, classes: options.classes ?? 3,
        noise: options.given.contains("--noise") ? options.noise : 0.2, using: &generator)
    case .csv(let path):
      return try TrainingCSV.classification(path, options)
    }
  }

  /// The lines under a run's first one, for classification and regression alike: the
  /// loss, the optimiser, the schedule, the batches, the steps and seed, and the
  /// validation set if there is one.
  static func setupLines(
    loss: String, _ options: TrainOptions, _ schedule: CLISchedule, _ lr: Double,
    examples: Int, validation: Int?
  ) -> String {
    "  \(loss) loss + \(options.l2) L2, "
      + "\(optimizerDescription(options)), \(schedule.description(lr)), "
      + "\(options.batchSize.map { "batches of \(min($0, examples))" } ?? "full batch"), "
      + "\(options.steps) steps, seed \(options.seed)\n"
      + (validation.map { "  validation on \($0) held-out examples\n" } ?? "")
  }

  static func optimizerDescription(_ options: TrainOptions) -> String {
    let clipping = options.clipNorm.map { ", gradients clipped to norm \($0)" } ?? ""
    switch options.optimizer {
    case .sgd:
      let decay = options.weightDecay.map { $0 > 0 ? ", weight decay \($0)" : "" } ?? ""
      guard options.momentum > 0 else { return "SGD" + decay + clipping }
      let kind = options.nesterov ? "Nesterov momentum" : "momentum"
      return "SGD with \(kind) \(options.momentum)" + decay + clipping
    case .adam: return "Adam" + clipping
    case .adamw: return "AdamW, weight decay \(options.weightDecay ?? 0.01)" + clipping
    }
  }
}

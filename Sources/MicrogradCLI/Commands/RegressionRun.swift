import Foundation
import MicrogradNN

/// `micrograd train` on a CSV file with a real-valued last column: fit, draw, save.
enum RegressionRun {
  static func run(
    _ all: RegressionDataset<Double>, _ options: TrainOptions, console: Console
  ) throws(RunError) {
    var options = options
    if options.given.contains("--loss") && options.loss != .meanSquaredError
      && options.regressionLoss == .meanSquaredError
    {
      throw RunError(
        "\(all.name): a real-valued last column means regression, which takes --loss mse or "
          + "huber (or give --task classification)")
    }
    // Adam at 0.01 unless told otherwise: SGD at the demo's 1.0 diverges on most data.
    if !options.given.contains("--optimizer") { options.optimizer = .adam }
    if !options.given.contains("--lr") && options.optimizer != .sgd { options.learningRate = 0.01 }
    var weights = SeededGenerator(seed: options.seed, stream: 1)
    let model = MLP<Double>(
      all.featureCount, options.hidden + [1], hidden: options.activation, output: .linear,
      using: &weights)
    let (data, validation) =
      options.validation.map { all.split(validationFraction: $0, seed: options.seed) }
      ?? (all, nil)
    let lr = options.initialLearningRate
    let schedule = CLISchedule(options.schedule, initial: lr, steps: options.steps)
    console.write(
      "micrograd: training \(model) (\(model.parameterCount) parameters) on \(all.name), "
        + "regression\n"
        + "  \(options.regressionLoss.displayName) loss + \(options.l2) L2, "
        + "\(TrainCommand.optimizerDescription(options)), \(schedule.description(lr)), "
        + "\(options.batchSize.map { "batches of \(min($0, data.count))" } ?? "full batch"), "
        + "\(options.steps) steps, seed \(options.seed)\n"
        + (validation.map { "  validation on \($0.count) held-out examples\n" } ?? ""))

    let parameters = model.parameters()
    let records: [RegressionRecord]
    let seconds: Double
    switch options.optimizer {
    case .sgd:
      (records, seconds) = train(
        model, data, validation,
        SGD(
          parameters, learningRate: lr, momentum: options.momentum, nesterov: options.nesterov,
          weightDecay: options.weightDecay ?? 0), schedule, options, console)
    case .adam:
      (records, seconds) = train(
        model, data, validation, Adam(parameters, learningRate: lr), schedule, options, console)
    case .adamw:
      (records, seconds) = train(
        model, data, validation,
        AdamW(parameters, learningRate: lr, weightDecay: options.weightDecay ?? 0.01), schedule,
        options, console)
    }
    let error = model.meanSquaredError(on: data)
    console.write(
      "trained in \(fixed(seconds, 2)) s (\(fixed(seconds / Double(options.steps) * 1000, 2)) "
        + "ms per step); final training mean squared error \(number(error))"
        + (validation.map {
          ", validation mean squared error \(number(model.meanSquaredError(on: $0)))"
        }
          ?? "") + "\n")
    try write(model: model, data: all, records: records, options: options, console: console)
  }

  static func train<O: Optimizer<Double>>(
    _ model: MLP<Double>, _ data: RegressionDataset<Double>,
    _ validation: RegressionDataset<Double>?, _ optimizer: O, _ schedule: CLISchedule,
    _ options: TrainOptions, _ console: Console
  ) -> ([RegressionRecord], Double) {
    var trainer = RegressionTrainer(
      model: model, data: data, loss: options.regressionLoss, l2Strength: options.l2,
      optimizer: optimizer, schedule: schedule, batchSize: options.batchSize,
      shuffleSeed: options.seed, validation: validation, maxGradientNorm: options.clipNorm)
    trainer.execution = options.eager ? .eager : .compiled
    if let threads = options.threads { trainer.threads = threads }
    var records: [RegressionRecord] = []
    let clock = ContinuousClock()
    var elapsed = Duration.zero
    let every = max(options.steps / 10, 1)
    let width = String(options.steps).count
    for _ in 0..<options.steps {
      let start = clock.now
      let record = trainer.step()
      elapsed += clock.now - start
      records.append(record)
      let k = record.number
      if record.step == 0 || k == options.steps || k % every == 0 {
        console.write(
          "step \(padded(String(k), width))/\(options.steps)  loss \(number(record.loss))"
            + "  mse \(number(record.meanSquaredError))"
            + (record.validationMeanSquaredError.map { "  validation mse \(number($0))" } ?? "")
            + "  lr \(fixed(record.learningRate, 4))  \(fixed(TrainCommand.seconds(elapsed), 2)) s\n"
        )
      }
    }
    return (records, TrainCommand.seconds(elapsed))
  }

  /// Four significant digits, for errors that may be large or small.
  static func number(_ x: Double) -> String { String(format: "%.4g", x) }

  static func write(
    model: MLP<Double>, data: RegressionDataset<Double>, records: [RegressionRecord],
    options: TrainOptions, console: Console
  ) throws(RunError) {
    let folder = URL(fileURLWithPath: options.output, isDirectory: true)
    let title = "\(model) on \(data.name)"
    let files = [
      (
        "fit.svg",
        data.featureCount == 1
          ? RegressionPlot.fittedCurve(model: model, data: data, title: title)
          : RegressionPlot.predictedVersusTrue(model: model, data: data, title: title)
      ),
      (
        "training.svg",
        RegressionPlot.curves(
          training: records.map(\.meanSquaredError),
          validation: records.compactMap(\.validationMeanSquaredError), title: title)
      ),
    ]
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      for (name, text) in files {
        try Data(text.utf8).write(to: folder.appendingPathComponent(name), options: .atomic)
      }
      try model.save(to: folder.appendingPathComponent("model.json"), task: .regression)
    } catch {
      throw RunError("cannot write to \(options.output): \(error.localizedDescription)")
    }
    console.write("wrote to \(folder.standardizedFileURL.path)/:\n")
    for name in files.map(\.0) + ["model.json"] { console.write("  \(name)\n") }
  }
}

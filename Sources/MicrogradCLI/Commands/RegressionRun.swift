import Foundation
import MicrogradNN

/// `micrograd train` on a CSV file with a real-valued last column: fit, draw, save.
enum RegressionRun {
  static func run(
    _ all: RegressionDataset<Double>, _ options: TrainOptions, folder: OutputFolder,
    console: Console
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
        + TrainCommand.setupLines(
          loss: options.regressionLoss.displayName, options, schedule, lr, examples: data.count,
          validation: validation?.count))

    let parameters = model.parameters()
    let run: TrainingRun<RegressionRecord>
    switch options.optimizer {
    case .sgd:
      run = train(
        model, data, validation,
        SGD(
          parameters, learningRate: lr, momentum: options.momentum, nesterov: options.nesterov,
          weightDecay: options.weightDecay ?? 0), schedule, options, console)
    case .adam:
      run = train(
        model, data, validation, Adam(parameters, learningRate: lr), schedule, options, console)
    case .adamw:
      run = train(
        model, data, validation,
        AdamW(parameters, learningRate: lr, weightDecay: options.weightDecay ?? 0.01), schedule,
        options, console)
    }
    let error = model.meanSquaredError(on: data)
    let seconds = run.seconds
    console.write(
      "trained in \(fixed(seconds, 2)) s (\(fixed(seconds / Double(max(run.records.count, 1)) * 1000, 2)) "
        + "ms per step); final training mean squared error \(number(error))"
        + (validation.map {
          ", validation mean squared error \(number(model.meanSquaredError(on: $0)))"
        }
          ?? "") + "\n")
    try write(
      model: model, data: all, records: run.records, folder: folder, options: options,
      console: console)
    if let divergence = run.divergence {
      let scale = all.inputs.lazy.flatMap { $0 }.map(\.magnitude).max() ?? 0
      throw RunError(divergence.message(options: options, featureScale: scale))
    }
  }

  static func train<O: Optimizer<Double>>(
    _ model: MLP<Double>, _ data: RegressionDataset<Double>,
    _ validation: RegressionDataset<Double>?, _ optimizer: O, _ schedule: CLISchedule,
    _ options: TrainOptions, _ console: Console
  ) -> TrainingRun<RegressionRecord> {
    var trainer = RegressionTrainer(
      model: model, data: data, loss: options.regressionLoss, l2Strength: options.l2,
      optimizer: optimizer, schedule: schedule, batchSize: options.batchSize,
      shuffleSeed: options.seed, validation: validation, maxGradientNorm: options.clipNorm)
    trainer.execution = options.eager ? .eager : .compiled
    if let threads = options.threads { trainer.threads = threads }
    let every = max(options.steps / 10, 1)
    let width = String(options.steps).count
    return TrainCommand.guardedSteps(
      options.steps, parameters: model.parameters(), liveLine: false, console: console,
      loss: \.loss, step: { trainer.step() },
      report: { record, elapsed in
        let k = record.number
        guard record.step == 0 || k == options.steps || k % every == 0 else { return }
        console.write(
          "step \(padded(String(k), width))/\(options.steps)  loss \(number(record.loss))"
            + "  mse \(number(record.meanSquaredError))"
            + (record.validationMeanSquaredError.map { "  validation mse \(number($0))" } ?? "")
            + "  lr \(fixed(record.learningRate, 4))  \(fixed(elapsed, 2)) s\n")
      })
  }

  /// Four significant digits, for errors that may be large or small.
  static func number(_ x: Double) -> String { String(format: "%.4g", x) }

  /// Draws the fit and the curves and encodes the model, then replaces the output set
  /// with them in one go, as a classification run does.
  static func write(
    model: MLP<Double>, data: RegressionDataset<Double>, records: [RegressionRecord],
    folder: OutputFolder, options: TrainOptions, console: Console
  ) throws(RunError) {
    let title = "\(model) on \(data.name)"
    let fit =
      data.featureCount == 1
      ? RegressionPlot.fittedCurve(model: model, data: data, title: title)
      : RegressionPlot.predictedVersusTrue(model: model, data: data, title: title)
    var files: [(name: String, contents: Data)] = [("fit.svg", Data(fit.utf8))]
    if !records.isEmpty {
      let curves = RegressionPlot.curves(
        training: records.map(\.meanSquaredError),
        validation: records.compactMap(\.validationMeanSquaredError), title: title)
      files.append(("training.svg", Data(curves.utf8)))
    }
    files.append(("model.json", try TrainCommand.modelJSON(model, task: .regression)))
    try folder.replaceSet(with: files)
    let path = URL(fileURLWithPath: options.output, isDirectory: true).standardizedFileURL.path
    console.write("wrote to \(path)/:\n")
    for file in files { console.write("  \(file.name)\n") }
  }
}

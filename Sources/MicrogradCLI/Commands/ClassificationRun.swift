import Foundation
import Micrograd
import MicrogradNN

/// `micrograd train` on classes: a generated dataset, or a CSV file of labels.
struct ClassificationRun: TrainTask {
  let all: Dataset<Double>
  let model: MLP<Double>
  let options: TrainOptions

  /// The data (from stream 0 of the seed), or the data `given` (read from a CSV file),
  /// the model for its classes, and the loss for them.
  init(_ options: TrainOptions, given: Dataset<Double>?) throws(RunError) {
    var options = options
    let data: Dataset<Double>
    if let given { data = given } else { data = try Self.makeDataset(options) }
    try TrainCommand.checkClassesNumberedFromZero(data, options)
    try TrainCommand.checkMemory(options, rows: data.count, features: data.featureCount)
    options.loss = try TrainCommand.loss(options, data)
    let outputs = options.loss.isBinary ? 1 : max(data.classCount, 2)
    self.all = data
    self.model = TrainCommand.makeModel(options, features: data.featureCount, outputs: outputs)
    self.options = options
  }

  var lossName: String { options.loss.displayName }
  var modelTask: ModelTask { .classification }

  func subject(_ training: Dataset<Double>) -> String { training.name }

  func notes(_ training: Dataset<Double>) -> String {
    let rows = TrainCommand.accuracySampleSize(options, training)
    guard rows < training.count else { return "" }
    return "  accuracy at each step measured on \(rows) of the \(training.count) rows, "
      + "evenly spread; the final accuracy on all of them\n"
  }

  func trainer<O: Optimizer<Double>>(
    _ optimizer: O, _ training: Dataset<Double>, validation: Dataset<Double>?,
    schedule: CLISchedule
  ) -> Trainer<O, CLISchedule> {
    var trainer = Trainer(
      model: model, data: training, loss: options.loss, l2Strength: options.l2,
      optimizer: optimizer, schedule: schedule, batchSize: options.batchSize,
      shuffleSeed: options.seed, validation: validation, maxGradientNorm: options.clipNorm)
    let rows = TrainCommand.accuracySampleSize(options, training)
    if rows < training.count { trainer.measureAccuracy(onRowsUpTo: rows) }
    return trainer
  }

  func step<O: Optimizer<Double>>(_ trainer: inout Trainer<O, CLISchedule>) -> TrainingRecord {
    trainer.step()
  }

  func loss(_ record: TrainingRecord) -> Double { record.loss }

  func progress(console: Console) -> (live: Bool, report: (TrainingRecord, Double) -> Void) {
    let live = console.isTerminal && !options.plain
    var reporter = ProgressReporter(totalSteps: options.steps, live: live, console: console)
    return (live, { reporter.report($0, seconds: $1) })
  }

  /// The final accuracies, and the decision boundary (for two features) and the
  /// training curves.
  func results(
    _ training: Dataset<Double>, validation: Dataset<Double>?, records: [TrainingRecord]
  ) -> (summary: String, notes: String, pictures: [(name: String, contents: Data)]) {
    let accuracyText = "training accuracy \(fixed(model.accuracy(on: training) * 100, 1))%"
    let summary =
      accuracyText
      + (validation.map { ", validation accuracy \(fixed(model.accuracy(on: $0) * 100, 1))%" }
        ?? "")
    var notes = ""
    var files: [(name: String, contents: Data)] = []
    if training.featureCount == 2 {
      let svg = DecisionBoundaryPlot.svg(
        model: model, data: training, title: "\(model) on \(training.name): \(accuracyText)")
      files.append(("decision_boundary.svg", Data(svg.utf8)))
      let drawn = min(training.count, DecisionBoundaryPlot.defaultMaxPoints)
      if drawn < training.count {
        notes = "(decision_boundary.svg draws \(drawn) of the \(training.count) points)\n"
      }
    } else {
      notes = "(no decision_boundary.svg: the data has \(training.featureCount) features, not 2)\n"
    }
    if !records.isEmpty {
      let curves = TrainingCurvesPlot.svg(
        losses: records.map(\.loss), accuracies: records.map(\.accuracy),
        validationAccuracies: records.compactMap(\.validationAccuracy),
        title: "\(model) on \(training.name)")
      files.append(("training.svg", Data(curves.utf8)))
    }
    return (summary, notes, files)
  }

  /// The data of `--dataset`: generated from stream 0 of the seed, or read from a CSV file.
  static func makeDataset(_ options: TrainOptions) throws(RunError) -> Dataset<Double> {
    if case .csv(let path) = options.dataset {
      return try TrainingCSV.classification(path, options)
    }
    // Before the data is generated: a million samples take memory too.
    try TrainCommand.checkMemory(options, rows: options.samples, features: 2)
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
}

extension TrainCommand {
  /// The data and the untrained model of a classification run, as
  /// ``ClassificationRun`` makes them.
  static func makeDataAndModel(
    _ options: TrainOptions, given: Dataset<Double>? = nil
  ) throws(RunError) -> (Dataset<Double>, MLP<Double>) {
    let run = try ClassificationRun(options, given: given)
    return (run.all, run.model)
  }

  /// The data of `--dataset`, as ``ClassificationRun`` makes it.
  static func makeDataset(_ options: TrainOptions) throws(RunError) -> Dataset<Double> {
    try ClassificationRun.makeDataset(options)
  }
}

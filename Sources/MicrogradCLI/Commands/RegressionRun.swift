import Foundation
import MicrogradNN

/// `micrograd train` on a CSV file with a real-valued last column.
struct RegressionRun: TrainTask {
  let all: RegressionDataset<Double>
  let model: MLP<Double>
  let options: TrainOptions

  /// The run on `all`, with Adam at 0.01 unless told otherwise: SGD at the demo's 1.0
  /// diverges on most data.
  ///
  /// - Throws: ``RunError`` for a classification loss asked for.
  init(_ all: RegressionDataset<Double>, _ options: TrainOptions) throws(RunError) {
    var options = options
    if options.given.contains("--loss") && options.loss != .meanSquaredError
      && options.regressionLoss == .meanSquaredError
    {
      throw RunError(
        "\(all.name): a real-valued last column means regression, which takes --loss mse or "
          + "huber (or give --task classification)")
    }
    if !options.given.contains("--optimizer") { options.optimizer = .adam }
    if !options.given.contains("--lr") && options.optimizer != .sgd { options.learningRate = 0.01 }
    self.all = all
    self.model = TrainCommand.makeModel(options, features: all.featureCount, outputs: 1)
    self.options = options
  }

  var lossName: String { options.regressionLoss.displayName }
  var modelTask: ModelTask { .regression }

  func subject(_ training: RegressionDataset<Double>) -> String { "\(all.name), regression" }

  func notes(_ training: RegressionDataset<Double>) -> String { "" }

  func trainer<O: Optimizer<Double>>(
    _ optimizer: O, _ training: RegressionDataset<Double>,
    validation: RegressionDataset<Double>?, schedule: CLISchedule
  ) -> SupervisedTrainer<O, CLISchedule, RegressionLoss, Double> {
    RegressionTrainer(
      model: model, data: training, loss: options.regressionLoss, l2Strength: options.l2,
      optimizer: optimizer, schedule: schedule, batchSize: options.batchSize,
      shuffleSeed: options.seed, validation: validation, maxGradientNorm: options.clipNorm)
  }

  func step<O: Optimizer<Double>>(
    _ trainer: inout SupervisedTrainer<O, CLISchedule, RegressionLoss, Double>
  ) -> RegressionRecord {
    trainer.step()
  }

  func loss(_ record: RegressionRecord) -> Double { record.loss }

  /// A line at the first step, every tenth of the run and the last.
  func progress(console: Console) -> (live: Bool, report: (RegressionRecord, Double) -> Void) {
    let (steps, every) = (options.steps, max(options.steps / 10, 1))
    let width = String(steps).count
    return (
      false,
      { record, elapsed in
        let k = record.number
        guard record.step == 0 || k == steps || k % every == 0 else { return }
        console.write(
          "step \(padded(String(k), width))/\(steps)  loss \(Self.number(record.loss))"
            + "  mse \(Self.number(record.meanSquaredError))"
            + (record.validationMeanSquaredError.map { "  validation mse \(Self.number($0))" }
              ?? "") + "  lr \(fixed(record.learningRate, 4))  \(fixed(elapsed, 2)) s\n")
      }
    )
  }

  /// The final errors, the fit and the curves.
  func results(
    _ training: RegressionDataset<Double>, validation: RegressionDataset<Double>?,
    records: [RegressionRecord]
  ) -> (summary: String, notes: String, pictures: [(name: String, contents: Data)]) {
    let summary =
      "training mean squared error \(Self.number(model.meanSquaredError(on: training)))"
      + (validation.map {
        ", validation mean squared error \(Self.number(model.meanSquaredError(on: $0)))"
      } ?? "")
    let title = "\(model) on \(all.name)"
    let fit =
      all.featureCount == 1
      ? RegressionPlot.fittedCurve(model: model, data: all, title: title)
      : RegressionPlot.predictedVersusTrue(model: model, data: all, title: title)
    var files: [(name: String, contents: Data)] = [("fit.svg", Data(fit.utf8))]
    if !records.isEmpty {
      let curves = RegressionPlot.curves(
        training: records.map(\.meanSquaredError),
        validation: records.compactMap(\.validationMeanSquaredError), title: title)
      files.append(("training.svg", Data(curves.utf8)))
    }
    return (summary, "", files)
  }

  /// Four significant digits, for errors that may be large or small.
  static func number(_ x: Double) -> String { String(format: "%.4g", x) }
}

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

  /// Trains and writes into a folder already checked: classification, or regression for
  /// a CSV file of real targets.
  static func run(
    _ options: TrainOptions, folder: OutputFolder, console: Console
  ) throws(RunError) {
    switch try TrainingCSV.load(options) {
    case .regression(let data)?:
      try run(RegressionRun(data, options), folder: folder, console: console)
    case .classification(let data)?:
      try run(ClassificationRun(options, given: data), folder: folder, console: console)
    case nil:
      try run(ClassificationRun(options, given: nil), folder: folder, console: console)
    }
  }

  /// The run itself, for either kind: split, describe, train, report, save.
  static func run<Task: TrainTask>(
    _ task: Task, folder: OutputFolder, console: Console
  ) throws(RunError) {
    let (options, model) = (task.options, task.model)
    let (data, validation) = split(task.all, options)
    let lr = options.initialLearningRate
    let schedule = CLISchedule(options.schedule, initial: lr, steps: options.steps)
    console.write(
      "micrograd: training \(model) (\(model.parameterCount) parameters) on "
        + "\(task.subject(data))\n"
        + setupLines(
          loss: task.lossName, options, schedule, lr, examples: data.count,
          validation: validation?.count) + task.notes(data))

    let result: TrainingRun<Task.Record>
    switch options.optimizer {
    case .sgd:
      let optimizer = SGD(
        model.parameters(), learningRate: lr, momentum: options.momentum,
        nesterov: options.nesterov, weightDecay: options.weightDecay ?? 0)
      result = train(task, data, validation, optimizer, schedule, console)
    case .adam:
      let optimizer = Adam(model.parameters(), learningRate: lr)
      result = train(task, data, validation, optimizer, schedule, console)
    case .adamw:
      let optimizer = AdamW(
        model.parameters(), learningRate: lr, weightDecay: options.weightDecay ?? 0.01)
      result = train(task, data, validation, optimizer, schedule, console)
    }

    var (summary, notes, files) = task.results(
      data, validation: validation, records: result.records)
    let perStep = result.seconds / Double(max(result.records.count, 1)) * 1000
    console.write(
      "trained in \(fixed(result.seconds, 2)) s (\(fixed(perStep, 2)) ms per step); final "
        + summary + "\n" + notes)
    files.append(("model.json", try modelJSON(model, task: task.modelTask)))
    try save(files, folder: folder, options: options, console: console)
    if let divergence = result.divergence {
      let scale = task.all.featureRanges.map {
        max($0.lowerBound.magnitude, $0.upperBound.magnitude)
      }
      throw RunError(divergence.message(options: options, featureScale: scale.max() ?? 0))
    }
  }

  /// The training loop, specialised for each optimiser, under the divergence guard.
  static func train<Task: TrainTask, O: Optimizer<Double>>(
    _ task: Task, _ data: Examples<Double, Task.Target>,
    _ validation: Examples<Double, Task.Target>?, _ optimizer: O, _ schedule: CLISchedule,
    _ console: Console
  ) -> TrainingRun<Task.Record> {
    let options = task.options
    var trainer = task.trainer(optimizer, data, validation: validation, schedule: schedule)
    trainer.execution = options.eager ? .eager : .compiled
    if let threads = options.threads { trainer.threads = threads }
    let progress = task.progress(console: console)
    return guardedSteps(
      options.steps, parameters: task.model.parameters(), liveLine: progress.live,
      console: console, loss: task.loss, step: { task.step(&trainer) }, report: progress.report)
  }

  static func seconds(_ duration: Duration) -> Double {
    let (s, attoseconds) = duration.components
    return Double(s) + Double(attoseconds) * 1e-18
  }

  /// The untrained model for `features` inputs and `outputs` outputs, its weights from
  /// stream 1 of the seed, so that changing the data does not change them.
  static func makeModel(_ options: TrainOptions, features: Int, outputs: Int) -> MLP<Double> {
    var weights = SeededGenerator(seed: options.seed, stream: 1)
    return MLP<Double>(
      features, options.hidden + [outputs], hidden: options.activation, output: .linear,
      using: &weights)
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

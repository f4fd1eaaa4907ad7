import Foundation
import MicrogradNN

/// What a classification run and a regression run of `micrograd train` do differently:
/// the data and model they start from, how they report a step and the end, and the
/// pictures they draw. ``TrainCommand`` does the rest once for both: the split, the
/// setup lines, the optimiser, the trainer, the divergence guard and the output set.
protocol TrainTask {
  /// The kind of the examples' targets: classes or values.
  associatedtype Target
  /// The loss the trainer takes.
  associatedtype Loss: LossTerm
  /// What one step reports.
  associatedtype Record

  /// Every example, before the split.
  var all: Examples<Double, Target> { get }
  /// The untrained model.
  var model: MLP<Double> { get }
  /// The options, with the defaults of this kind of run filled in.
  var options: TrainOptions { get }
  /// The loss's name in the setup lines.
  var lossName: String { get }

  /// What the first line says the model is trained on.
  func subject(_ training: Examples<Double, Target>) -> String
  /// Lines to print after the setup lines: none, or a note on how steps are measured.
  func notes(_ training: Examples<Double, Target>) -> String
  /// The trainer of the run.
  func trainer<O: Optimizer<Double>>(
    _ optimizer: O, _ training: Examples<Double, Target>,
    validation: Examples<Double, Target>?, schedule: CLISchedule
  ) -> SupervisedTrainer<O, CLISchedule, Loss, Target>
  /// Takes one step of `trainer`.
  func step<O: Optimizer<Double>>(
    _ trainer: inout SupervisedTrainer<O, CLISchedule, Loss, Target>
  ) -> Record
  /// A record's loss, which the divergence guard watches.
  func loss(_ record: Record) -> Double
  /// Whether progress is one line redrawn in place, and what reports each step.
  func progress(console: Console) -> (live: Bool, report: (Record, Double) -> Void)
  /// What the run ends with: the final figures (the end of the line after training),
  /// notes about the pictures (lines, or nothing), and the pictures, drawn in memory.
  func results(
    _ training: Examples<Double, Target>, validation: Examples<Double, Target>?,
    records: [Record]
  ) -> (summary: String, notes: String, pictures: [(name: String, contents: Data)])
  /// What the saved model says it does.
  var modelTask: ModelTask { get }
}

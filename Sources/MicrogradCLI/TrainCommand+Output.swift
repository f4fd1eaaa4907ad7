import Foundation
import MicrogradNN

extension TrainCommand {
  /// Writes the pictures and the model into the output folder, and says where they are.
  static func writeOutputs(
    model: MLP<Double>, data: Dataset<Double>, result: TrainingResult, options: TrainOptions,
    finalAccuracy: Double, console: Console
  ) throws(RunError) {
    let folder = URL(fileURLWithPath: options.output, isDirectory: true)
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      throw RunError("cannot create the folder \(options.output): \(error.localizedDescription)")
    }
    var written: [String] = []
    func write(_ text: String, _ name: String) throws(RunError) {
      do {
        try Data(text.utf8).write(to: folder.appendingPathComponent(name), options: .atomic)
      } catch {
        throw RunError("cannot write \(name) in \(options.output): \(error.localizedDescription)")
      }
      written.append(name)
    }

    let accuracyText = "training accuracy \(fixed(finalAccuracy * 100, 1))%"
    if data.featureCount == 2 {
      try write(
        DecisionBoundaryPlot.svg(
          model: model, data: data, title: "\(model) on \(data.name): \(accuracyText)"),
        "decision_boundary.svg")
    } else {
      console.write(
        "(no decision_boundary.svg: the data has \(data.featureCount) features, not 2)\n")
    }
    try write(
      TrainingCurvesPlot.svg(
        losses: result.records.map(\.loss), accuracies: result.records.map(\.accuracy),
        validationAccuracies: result.records.compactMap(\.validationAccuracy),
        title: "\(model) on \(data.name)"),
      "training.svg")
    do {
      try model.save(to: folder.appendingPathComponent("model.json"), task: .classification)
      written.append("model.json")
    } catch {
      throw RunError("cannot write model.json in \(options.output): \(error.localizedDescription)")
    }

    console.write("wrote to \(folder.standardizedFileURL.path)/:\n")
    for name in written {
      console.write("  \(name)\n")
    }
  }
}

import Foundation
import MicrogradNN

extension TrainCommand {
  /// Draws the pictures and encodes the model, then replaces the output set with them
  /// in one go, and says where they are.
  ///
  /// Everything is made in memory first: a model that cannot be saved (a parameter
  /// that is not finite) or a picture that cannot be drawn leaves the old set as it was.
  static func writeOutputs(
    model: MLP<Double>, data: Dataset<Double>, result: TrainingResult, options: TrainOptions,
    finalAccuracy: Double, folder: OutputFolder, console: Console
  ) throws(RunError) {
    var files: [(name: String, contents: Data)] = []
    let accuracyText = "training accuracy \(fixed(finalAccuracy * 100, 1))%"
    if data.featureCount == 2 {
      let svg = DecisionBoundaryPlot.svg(
        model: model, data: data, title: "\(model) on \(data.name): \(accuracyText)")
      files.append(("decision_boundary.svg", Data(svg.utf8)))
      let drawn = min(data.count, DecisionBoundaryPlot.defaultMaxPoints)
      if drawn < data.count {
        console.write("(decision_boundary.svg draws \(drawn) of the \(data.count) points)\n")
      }
    } else {
      console.write(
        "(no decision_boundary.svg: the data has \(data.featureCount) features, not 2)\n")
    }
    if !result.records.isEmpty {
      let curves = TrainingCurvesPlot.svg(
        losses: result.records.map(\.loss), accuracies: result.records.map(\.accuracy),
        validationAccuracies: result.records.compactMap(\.validationAccuracy),
        title: "\(model) on \(data.name)")
      files.append(("training.svg", Data(curves.utf8)))
    }
    files.append(("model.json", try modelJSON(model, task: .classification)))
    try folder.replaceSet(with: files)

    let path = URL(fileURLWithPath: options.output, isDirectory: true).standardizedFileURL.path
    console.write("wrote to \(path)/:\n")
    for file in files {
      console.write("  \(file.name)\n")
    }
  }

  /// The model as JSON; fails naming the first parameter that JSON cannot hold.
  static func modelJSON(
    _ model: MLP<Double>, task: ModelTask? = .classification
  ) throws(RunError) -> Data {
    let parameters = model.parameters()
    if let i = parameters.firstIndex(where: { !$0.data.isFinite }) {
      throw RunError(
        "cannot save the model: parameter \(i + 1) of \(parameters.count) is "
          + "\(fixed(parameters[i].data, 4)), and JSON holds finite numbers only")
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    var snapshot = model.snapshot
    snapshot.task = task
    do {
      return try encoder.encode(snapshot)
    } catch {
      throw RunError("cannot save the model: \(error)")
    }
  }
}

import Foundation
import MicrogradNN

/// `micrograd predict` and `micrograd evaluate`: a saved model on new data.
enum PredictCommand {
  /// A saved model, and whether it does regression.
  static func load(_ path: String) throws(RunError) -> (MLP<Double>, isRegression: Bool) {
    if let problem = fileProblem(atPath: path) { throw RunError("cannot read \(path): \(problem)") }
    do {
      let data = try Data(contentsOf: URL(fileURLWithPath: path))
      let snapshot = try JSONDecoder().decode(MLPSnapshot.self, from: data)
      return (try MLP(snapshot: snapshot), snapshot.task == .regression)
    } catch let error as ModelLoadingError {
      throw RunError("\(path): \(error)")
    } catch is DecodingError {
      throw RunError("\(path): not a model saved by 'micrograd train'")
    } catch {
      throw RunError("cannot read \(path): \(error.localizedDescription)")
    }
  }

  static func predict(
    model path: String, features: String, output: String?, console: Console
  ) throws(RunError) {
    let (model, isRegression) = try load(path)
    let table = try CSVInput.table(features, lastColumn: .feature)
    let width = table.columnCount
    // A labelled file: the label is ignored.
    guard width == model.inputCount || width == model.inputCount + 1 else {
      throw RunError(
        "\(features): \(columns(width)), but the model reads \(model.inputCount) features")
    }
    var csv = isRegression ? "value\n" : "class,probability\n"
    let rows = (0..<table.rowCount).map { Array(table.row($0).prefix(model.inputCount)) }
    for outputs in model.evaluate(rows: rows) {
      if isRegression {
        csv += "\(outputs[0])\n"
      } else {
        let p = MLP.classProbabilities(outputs: outputs)
        let cls = MLP.predictedClass(outputs: outputs)
        csv += "\(cls),\(String(format: "%.6f", p[cls]))\n"
      }
    }
    guard let output else { return console.write(csv) }
    do {
      try Data(csv.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
    } catch {
      throw RunError("cannot write \(output): \(error.localizedDescription)")
    }
    console.write("wrote \(table.rowCount) predictions to \(output)\n")
  }

  static func evaluate(model path: String, data file: String, console: Console) throws(RunError) {
    let (model, isRegression) = try load(path)
    if isRegression {
      let data: RegressionDataset<Double> = try TrainingCSV.examples(
        CSVInput.table(file, lastColumn: .target), file)
      try check(data.featureCount, model, file)
      let error = model.meanSquaredError(on: data)
      console.write(
        "mean squared error \(String(format: "%.6g", error)) on \(data.count) examples\n")
      return
    }
    let data: Dataset<Double> = try TrainingCSV.examples(
      CSVInput.table(file, lastColumn: .label), file)
    try check(data.featureCount, model, file)
    let classes = model.outputCount == 1 ? 2 : model.outputCount
    guard data.classCount <= classes else {
      throw RunError(
        "\(file): class \(data.classCount - 1), but the model knows \(classes) classes")
    }
    let fraction = model.accuracy(on: data)
    let correct = Int((fraction * Double(data.count)).rounded())
    console.write(
      "accuracy \(fixed(fraction * 100, 1))% (\(correct) of \(data.count) examples)\n")
  }

  static func check(_ features: Int, _ model: MLP<Double>, _ file: String) throws(RunError) {
    guard features == model.inputCount else {
      throw RunError("\(file): \(features) features, but the model reads \(model.inputCount)")
    }
  }
}

import Foundation
import MicrogradNN

extension TrainCommand {
  /// Replaces the output set with `files` in one go, and says where they are.
  ///
  /// Everything is made in memory first: a model that cannot be saved (a parameter
  /// that is not finite) or a picture that cannot be drawn leaves the old set as it was.
  static func save(
    _ files: [(name: String, contents: Data)], folder: OutputFolder, options: TrainOptions,
    console: Console
  ) throws(RunError) {
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

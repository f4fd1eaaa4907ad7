import Foundation
import MicrogradNN

extension TrainCommand {
  /// The files of a run's output set; each run replaces them all, or none.
  static let outputNames = ["decision_boundary.svg", "fit.svg", "training.svg", "model.json"]

  /// The most rows a mini-batch step measures its accuracy on.
  static let accuracySampleLimit = 10_000

  /// The rows each step's accuracy is measured on: all of them for a full batch (the
  /// step's own scores), at most ``accuracySampleLimit`` for mini-batches.
  static func accuracySampleSize(_ options: TrainOptions, _ data: Dataset<Double>) -> Int {
    guard let batch = options.batchSize, batch < data.count else { return data.count }
    return min(data.count, accuracySampleLimit)
  }

  /// Fails with one line if a CSV file's labels leave a class below the largest with no
  /// rows (labels 1, 2, 3 would train four classes, one of them never seen): classes are
  /// numbered from 0.
  static func checkClassesNumberedFromZero(
    _ data: Dataset<Double>, _ options: TrainOptions
  ) throws(RunError) {
    guard case .csv(let path) = options.dataset else { return }
    // An array, not a set: a file may hold millions of labels.
    var seen = [Bool](repeating: false, count: data.classCount)
    for label in data.labels { seen[label] = true }
    let missing = seen.indices.filter { !seen[$0] }
    guard !missing.isEmpty else { return }
    let labels = seen.indices.filter { seen[$0] }.map(String.init).joined(separator: ", ")
    let empty = missing.map(String.init).joined(separator: ", ")
    throw RunError(
      "\(path): the labels are \(labels), so class \(empty) would have no rows; number "
        + "the classes 0…k-1 (or -1 and 1)")
  }

  /// Fails with one line if the run would not fit in memory.
  /// A CSV file of `fileBytes` is held in memory while it is parsed.
  static func checkMemory(
    _ options: TrainOptions, rows: Int, features: Int, fileBytes: Int = 0
  ) throws(RunError) {
    let batch = min(options.batchSize ?? rows, rows)
    let estimate = MemoryEstimate(
      inputs: features, layers: options.layerSizes, rows: rows, batch: batch,
      steps: options.steps, fileBytes: fileBytes)
    let model = "MLP(\(features), \(options.layerSizes))"
    if let refusal = estimate.refusal(limit: MemoryEstimate.limit, model: model) {
      throw RunError(refusal)
    }
  }

  /// The rows and features of a CSV file, counted from its bytes (line ends, and the
  /// commas of the first line) without parsing it, and its size: a run that cannot fit
  /// is refused before the file is read. `nil` if it cannot be read.
  static func roughShape(ofCSV path: String) -> (rows: Int, features: Int, bytes: Int)? {
    guard let bytes = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
    else { return nil }
    return bytes.withUnsafeBytes { buffer in
      var newlines = 0
      var returns = 0
      var commas = 0
      var firstLine = true
      var digits = false
      for byte in buffer {
        switch byte {
        case 0x0A:
          newlines += 1
          firstLine = false
        case 0x0D:
          returns += 1
          firstLine = false
        case 0x2C where firstLine: commas += 1
        case 0x30...0x39 where firstLine: digits = true
        default: break
        }
      }
      // A first line without a digit is a header.
      return (max(newlines, returns) - (digits ? 0 : 1), max(commas, 1), buffer.count)
    }
  }
}

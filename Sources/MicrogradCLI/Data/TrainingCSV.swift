import Foundation
import MicrogradNN

/// The CSV file of `micrograd train`, parsed once: for classification, or for regression
/// with `--task regression` or, without `--task`, when its last column is not class
/// numbers.
enum TrainingCSV {
  case classification(Dataset<Double>)
  case regression(RegressionDataset<Double>)

  /// The data of `--dataset FILE`, or `nil` for a generated dataset.
  static func load(_ options: TrainOptions) throws(RunError) -> TrainingCSV? {
    guard case .csv(let path) = options.dataset else { return nil }
    let lastColumn: CSVTable.LastColumn =
      switch options.task {
      case .classification: .label
      case .regression: .target
      case nil: .labelOrTarget
      }
    let table = try self.table(path, options, lastColumn: lastColumn)
    if options.task == .regression
      || (options.task == nil && !table.lastColumnLooksLikeClasses)
    {
      return .regression(try examples(table, path))
    }
    return .classification(try examples(table, path))
  }

  /// The file at `path` read for classification.
  static func classification(
    _ path: String, _ options: TrainOptions
  ) throws(RunError) -> Dataset<Double> {
    try examples(table(path, options, lastColumn: .label), path)
  }

  /// The examples of the table of the file at `path`: classes or real targets.
  static func examples<Target>(
    _ table: CSVTable, _ path: String
  ) throws(RunError) -> Examples<Double, Target> {
    do {
      return try Examples(table, name: CSVInput.name(path))
    } catch {
      throw CSVInput.named(error, path)
    }
  }

  /// The table of the file at `path`; a file too large for memory is refused from its
  /// size and line count, before it is parsed.
  static func table(
    _ path: String, _ options: TrainOptions, lastColumn: CSVTable.LastColumn
  ) throws(RunError) -> CSVTable {
    // Counting the lines reads the whole file: skipped when even the most rows its size
    // allows would fit.
    let fitsAnyway = upperBound(ofCSV: path).map { bound in
      (try? TrainCommand.checkMemory(
        options, rows: bound.rows, features: bound.features, fileBytes: bound.bytes)) != nil
    }
    if fitsAnyway != true, let shape = TrainCommand.roughShape(ofCSV: path) {
      try TrainCommand.checkMemory(
        options, rows: shape.rows, features: shape.features, fileBytes: shape.bytes)
    }
    return try CSVInput.table(path, lastColumn: lastColumn)
  }

  /// The most rows a CSV file of its size can hold with as many columns as its first
  /// line (two bytes a column: `0,` … `0\n`), read from its size and first line only.
  static func upperBound(ofCSV path: String) -> (rows: Int, features: Int, bytes: Int)? {
    guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
    defer { try? handle.close() }
    guard let size = try? handle.seekToEnd(), (try? handle.seek(toOffset: 0)) != nil,
      let head = try? handle.read(upToCount: 65_536)
    else { return nil }
    let firstLine = head.prefix { $0 != 0x0A && $0 != 0x0D }
    // A first line longer than the head: leave it to the full count.
    guard firstLine.count < head.count || head.count == Int(size) else { return nil }
    let columns = firstLine.filter { $0 == UInt8(ascii: ",") }.count + 1
    return (Int(size) / (2 * columns) + 1, max(columns - 1, 1), Int(size))
  }
}

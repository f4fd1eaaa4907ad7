import Foundation
import MicrogradNN

/// The CSV files of `micrograd train`, `predict` and `evaluate`, read once by the
/// library's one reader (``CSVTable``); a problem is one line that names the file once.
enum CSVInput {
  /// The table of the file at `path`.
  static func table(_ path: String, lastColumn: CSVTable.LastColumn) throws(RunError) -> CSVTable {
    do {
      return try CSVTable(contentsOfFile: path, lastColumn: lastColumn)
    } catch {
      throw named(error, path)
    }
  }

  /// `error` as a run error: `PATH: line 3: …`, or the reason alone when it names `path`.
  static func named(_ error: CSVError, _ path: String) -> RunError {
    RunError(error.reason.contains(path) ? "\(error)" : "\(path): \(error)")
  }

  /// The name of a dataset read from `path`: the file's name.
  static func name(_ path: String) -> String { URL(fileURLWithPath: path).lastPathComponent }
}

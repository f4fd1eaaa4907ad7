/// Why a CSV file could not be read as a dataset, and on which line.
public struct CSVError: Error, Equatable, CustomStringConvertible, Sendable {
  /// The 1-based line number in the file; 0 for a problem with the whole file.
  public let line: Int
  /// What is wrong, in words, such as `expected 3 columns, found 2`.
  public let reason: String

  /// Creates an error for `line`.
  public init(line: Int, reason: String) {
    self.line = line
    self.reason = reason
  }

  /// `line 7: expected 3 columns, found 2`, or the reason alone for line 0.
  public var description: String {
    line > 0 ? "line \(line): \(reason)" : reason
  }
}

/// "1 column" or "n columns", for the messages about a file's rows.
package func columns(_ count: Int) -> String { count == 1 ? "1 column" : "\(count) columns" }

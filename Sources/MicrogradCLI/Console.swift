import Foundation

/// Writing to the terminal: standard output, standard error, and whether standard
/// output is a terminal.
enum Console {
  static var isTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

  /// Writes `text` to standard output at once (no line buffering).
  static func write(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  /// Writes one line to standard error.
  static func error(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
  }
}

/// A number with a fixed count of decimals, for progress lines.
func fixed(_ value: Double, _ decimals: Int) -> String {
  String(format: "%.\(decimals)f", value)
}

/// `width` characters, `text` right-aligned.
func padded(_ text: String, _ width: Int) -> String {
  text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
}

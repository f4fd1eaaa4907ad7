import Foundation

/// Where the commands write: standard output and standard error by default; tests
/// pass a silent or recording console.
struct Console: Sendable {
  /// Writes text to the output, as it is (no newline added).
  var write: @Sendable (String) -> Void
  /// Writes one line to the error output.
  var error: @Sendable (String) -> Void
  /// Whether the output is a terminal, where progress is drawn in place.
  var isTerminal: Bool

  /// Standard output (unbuffered) and standard error.
  static var standard: Console {
    Console(
      write: { FileHandle.standardOutput.write(Data($0.utf8)) },
      error: { FileHandle.standardError.write(Data(($0 + "\n").utf8)) },
      isTerminal: isatty(STDOUT_FILENO) == 1)
  }

  /// A console that drops everything.
  static let silent = Console(write: { _ in }, error: { _ in }, isTerminal: false)
}

/// `width` characters, `text` right-aligned.
func padded(_ text: String, _ width: Int) -> String {
  text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
}

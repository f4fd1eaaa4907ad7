/// Records the first read past the inputs of a checked function.
final class OutOfRangeProbe: @unchecked Sendable {
  private(set) var error: InputOutOfRange?

  func record(index: Int, count: Int) {
    if error == nil { error = InputOutOfRange(index: index, count: count) }
  }

  /// Throws the recorded read, if any.
  func check() throws(InputOutOfRange) {
    if let error { throw error }
  }
}

/// A mistake on the command line: printed as one line, exit status 2.
struct UsageError: Error, Equatable, CustomStringConvertible {
  /// What is wrong, such as `--steps needs a positive whole number, got "ten"`.
  let message: String

  init(_ message: String) { self.message = message }

  var description: String { message }
}

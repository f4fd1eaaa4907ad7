/// Parsing `micrograd predict` and `micrograd evaluate`: two file names, and `-o FILE`.
extension ParsedCommand {
  static func parseModelCommand(
    _ command: String, _ arguments: [String]
  ) throws(UsageError) -> ParsedCommand {
    var files: [String] = []
    var output: String?
    var rest = arguments[...]
    while let word = rest.popFirst() {
      switch word {
      case "--help", "-h": return .help(command: command)
      case "--output", "-o":
        guard command == "predict" else {
          throw UsageError("evaluate prints its figures; it takes no \(word)")
        }
        guard let path = rest.popFirst(), !path.isEmpty else {
          throw UsageError("\(word) needs a file name")
        }
        output = path
      default:
        if word.hasPrefix("--output=") && command == "predict" {
          output = String(word.dropFirst("--output=".count))
          guard output?.isEmpty == false else { throw UsageError("--output needs a file name") }
        } else if word.hasPrefix("-") && word.count > 1 {
          throw UsageError(
            "unknown flag \(word) for 'micrograd \(command)': try 'micrograd \(command) --help'")
        } else {
          files.append(word)
        }
      }
    }
    let what = command == "predict" ? "FEATURES.csv" : "DATA.csv"
    guard files.count == 2 else {
      throw UsageError(
        "'micrograd \(command)' needs MODEL.json and \(what), got \(files.count) file names")
    }
    return command == "predict"
      ? .predict(model: files[0], features: files[1], output: output)
      : .evaluate(model: files[0], data: files[1])
  }
}

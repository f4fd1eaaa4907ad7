import Foundation

/// The `micrograd` command: `train`, `graph`, `predict`, `evaluate` and `help`.
///
/// Exit status: 0 on success, 1 when the work fails (unreadable data, a file that
/// cannot be written), 2 for a bad command line.
@main
enum MicrogradCommand {
  static func main() {
    exit(run(Array(CommandLine.arguments.dropFirst()), console: .standard))
  }

  /// Runs the command line `arguments` (without the program name); returns the exit status.
  static func run(_ arguments: [String], console: Console) -> Int32 {
    let command: ParsedCommand
    do {
      command = try ParsedCommand.parse(arguments)
    } catch {
      console.error("micrograd: \(error)")
      return 2
    }
    do {
      switch command {
      case .help(let name):
        console.write(Help.text(of: name) + "\n")
      case .version:
        console.write("micrograd \(MicrogradCommand.version)\n")
      case .train(let options):
        try TrainCommand.run(options, console: console)
      case .graph(let output):
        try GraphCommand.run(output: output, console: console)
      case .predict(let model, let features, let output):
        try PredictCommand.predict(
          model: model, features: features, output: output, console: console)
      case .evaluate(let model, let data):
        try PredictCommand.evaluate(model: model, data: data, console: console)
      }
    } catch {
      console.error("micrograd: \(error)")
      return 1
    }
    return 0
  }
}

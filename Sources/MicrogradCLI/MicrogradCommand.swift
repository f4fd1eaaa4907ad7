import Foundation

/// The `micrograd` command: `train`, `graph` and `help`.
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
        console.write(
          (name == "train" ? Help.train : name == "graph" ? Help.graph : Help.overview) + "\n")
      case .version:
        console.write("micrograd \(MicrogradCommand.version)\n")
      case .train(let options):
        try TrainCommand.run(options, console: console)
      case .graph(let output):
        try GraphCommand.run(output: output, console: console)
      }
    } catch {
      console.error("micrograd: \(error)")
      return 1
    }
    return 0
  }
}

/// The command line of `micrograd-bench`.
struct Options {
  /// The workloads, in the order they run.
  static let allWorkloads = [
    "memory", "W1", "W1-compiled", "W2", "W2-graph", "W2-compiled", "tape-memory", "W3",
    "W3-compiled", "W4", "W4-compiled", "W3-deep", "forward-mode", "hvp", "R", "F", "W5",
    "W6",
  ]

  /// Workloads run only when named: `moons-parameters` prints W2's initial parameters
  /// and the hand-written losses, for Scripts/compare/pytorch_moons.py.
  /// `W5-limits` measures what limits W5's speed-up (see Benchmarks.md).
  static let namedOnly = ["moons-parameters", "W5-limits"]

  var json = false
  var quick = false
  var workloads = Options.allWorkloads

  static let usage = """
    usage: micrograd-bench [--json] [--quick] [--workload NAME[,NAME…]]

    Runs the standard workloads of DESIGN.md in a release build and prints a table,
    or one JSON object per line with --json.

      --json             one JSON object per workload, one per line
      --quick            fewer repetitions and smaller sizes, for CI (seconds)
      --workload NAMES   run only these: \(allWorkloads.joined(separator: ", "))
      --help             this text

    Each figure is the median of 9 timed repetitions after 2 warm-ups
    (--quick: median of 3 after 1). Build with: swift build -c release
    """

  /// Parses the arguments (without the program name); returns an error message for a
  /// bad flag or value.
  static func parse(_ arguments: [String]) -> Result<Options, OptionsError> {
    var options = Options()
    var rest = arguments[...]
    while let argument = rest.popFirst() {
      switch argument {
      case "--json": options.json = true
      case "--quick": options.quick = true
      case "--help", "-h": return .failure(.help)
      case "--workload":
        guard let value = rest.popFirst() else {
          return .failure(.message("--workload needs a value"))
        }
        let names = value.split(separator: ",").map(String.init)
        if let unknown = names.first(where: { !(allWorkloads + namedOnly).contains($0) }) {
          return .failure(
            .message(
              "unknown workload '\(unknown)'; expected one of \(allWorkloads.joined(separator: ", "))"
            ))
        }
        options.workloads = (allWorkloads + namedOnly).filter(names.contains)
      default:
        return .failure(.message("unknown option '\(argument)'; try --help"))
      }
    }
    return .success(options)
  }
}

/// Why the command line was not run.
enum OptionsError: Error {
  case help
  case message(String)
}

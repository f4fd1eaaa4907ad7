// micrograd-bench: the standard workloads of DESIGN.md, in a release build, side by
// side in one process. Run: swift run -c release micrograd-bench [--json] [--quick]

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

let options: Options
switch Options.parse(Array(CommandLine.arguments.dropFirst())) {
case .success(let parsed):
  options = parsed
case .failure(.help):
  print(Options.usage)
  exit(0)
case .failure(.message(let message)):
  printError("micrograd-bench: \(message)")
  exit(2)
}

#if DEBUG
  printError("micrograd-bench: this is a debug build; numbers are meaningless. Use -c release.")
#endif

let plan = options.quick ? Plan.quick : Plan.full
var failed = false
if !options.json {
  print(
    "micrograd-bench (\(options.quick ? "quick" : "full"): median of \(plan.repetitions) after \(plan.warmups) warm-ups)"
  )
}
for workload in options.workloads {
  guard let report = run(workload, plan: plan, quick: options.quick) else { continue }
  if report.failed || report.fields.contains(where: { $0.0 == "ok" && $0.1.text == "NO" }) {
    failed = true
  }
  print(options.json ? report.jsonLine : report.tableLine)
}
exit(failed ? 1 : 0)

/// Writes a line to standard error.
func printError(_ line: String) {
  var text = line + "\n"
  text.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
}

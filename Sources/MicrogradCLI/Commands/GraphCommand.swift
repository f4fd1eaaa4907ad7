import Foundation
import Micrograd

/// `micrograd graph`: the DOT drawings of the README expression and the lecture's neuron,
/// and their SVG renderings when Graphviz's `dot` is installed.
enum GraphCommand {
  static func run(output: String, console: Console) throws(RunError) {
    let folder = URL(fileURLWithPath: output, isDirectory: true)
    let graphs = [
      ("readme_expression", readmeExpression().graphviz()),
      ("neuron", lectureNeuron().graphviz()),
    ]
    let files = graphs.map { (name: "\($0.0).dot", contents: Data($0.1.utf8)) }
    try OutputFolder.prepare(output, names: files.map(\.name)).replaceSet(with: files)
    let path = folder.standardizedFileURL.path
    console.write("wrote to \(path)/:\n")
    for (name, _) in graphs { console.write("  \(name).dot\n") }

    guard let dot = findExecutable("dot") else {
      console.write(
        "Graphviz's 'dot' is not on PATH, so no SVG was drawn. Install Graphviz "
          + "(Debian/Ubuntu: apt-get install graphviz; macOS: brew install graphviz), then run "
          + "'micrograd graph' again, or: dot -Tsvg \(output)/neuron.dot -o \(output)/neuron.svg\n"
      )
      return
    }
    for (name, _) in graphs {
      let input = folder.appendingPathComponent("\(name).dot").path
      let svg = folder.appendingPathComponent("\(name).svg").path
      let process = Process()
      process.executableURL = dot
      process.arguments = ["-Tsvg", input, "-o", svg]
      do {
        try process.run()
        process.waitUntilExit()
      } catch {
        throw RunError("cannot run \(dot.path): \(error.localizedDescription)")
      }
      guard process.terminationStatus == 0 else {
        throw RunError("dot failed on \(name).dot (exit status \(process.terminationStatus))")
      }
      console.write("  \(name).svg\n")
    }
  }

  /// micrograd's README expression, after `g.backward()`: g = 24.7041.
  static func readmeExpression() -> Var<Double> {
    let a = Var(-4.0, label: "a")
    let b = Var(2.0, label: "b")
    var c = (a + b).labeled("c")
    var d = (a * b + b.pow(3)).labeled("d")
    c += c + 1
    c += 1 + c + (-a)
    d += d * 2 + (b + a).relu()
    d += 3 * d + (b - a).relu()
    let e = (c - d).labeled("e")
    let f = e.pow(2).labeled("f")
    var g = f / 2.0
    g += 10.0 / f
    g.label = "g"
    g.backward()
    return g
  }

  /// The lecture's neuron, o = tanh(x1·w1 + x2·w2 + b), after `o.backward()`.
  static func lectureNeuron() -> Var<Double> {
    let x1 = Var(2.0, label: "x1")
    let x2 = Var(0.0, label: "x2")
    let w1 = Var(-3.0, label: "w1")
    let w2 = Var(1.0, label: "w2")
    let b = Var(6.8813735870195432, label: "b")
    let x1w1 = (x1 * w1).labeled("x1*w1")
    let x2w2 = (x2 * w2).labeled("x2*w2")
    let sum = (x1w1 + x2w2).labeled("x1*w1 + x2*w2")
    let n = (sum + b).labeled("n")
    let o = n.tanh().labeled("o")
    o.backward()
    return o
  }

  /// The first executable named `name` in the folders of `PATH`.
  static func findExecutable(_ name: String) -> URL? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
    for folder in path.split(separator: ":") where !folder.isEmpty {
      let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    }
    return nil
  }
}

import Foundation
import MicrogradNN
import Testing

@testable import MicrogradCLI

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Runs the commands end to end in a temporary folder.
@Suite("micrograd train and graph")
struct CommandTests {
  func temporaryFolder() -> URL {
    FileManager.default.temporaryDirectory
      .appendingPathComponent("micrograd-test-\(UInt64.random(in: 0...UInt64.max))")
  }

  /// The names of the elements of an XML document, counted; fails if it does not parse.
  func elementCounts(_ url: URL) throws -> [String: Int] {
    let parser = try #require(XMLParser(contentsOf: url))
    let counter = ElementCounter()
    parser.delegate = counter
    #expect(parser.parse(), "\(url.lastPathComponent): \(String(describing: parser.parserError))")
    return counter.counts
  }

  @Test("train writes a decision boundary, training curves and the model")
  func train() throws {
    let folder = temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let recorder = Recorder()
    let status = MicrogradCommand.run(
      [
        "train", "--steps", "20", "--samples", "40", "--hidden", "8", "--output", folder.path,
      ], console: recorder.console)
    #expect(status == 0)
    #expect(recorder.errors.isEmpty)

    // Not a terminal: plain lines at step 1, every tenth of the run, and the last.
    let lines = recorder.output.split(separator: "\n").map(String.init)
    let progress = lines.filter { $0.hasPrefix("step ") }
    #expect(
      progress.map { $0.prefix(10) } == ["step  1/20", "step  2/20", "step  4/20"]
        + ["step  6/20", "step  8/20", "step 10/20", "step 12/20", "step 14/20", "step 16/20"]
        + ["step 18/20", "step 20/20"])
    for line in progress {
      #expect(line.contains("loss ") && line.contains("accuracy ") && line.contains("lr "))
      #expect(line.hasSuffix(" s"))
    }
    #expect(!recorder.output.contains("\r"))
    #expect(lines.contains { $0.hasPrefix("trained in ") && $0.contains("ms per step") })
    #expect(lines.contains("wrote to \(folder.standardizedFileURL.path)/:"))
    #expect(lines.suffix(3) == ["  decision_boundary.svg", "  training.svg", "  model.json"])

    let boundary = try elementCounts(folder.appendingPathComponent("decision_boundary.svg"))
    #expect(boundary["svg"] == 1)
    #expect(boundary["circle"] == 40 + 2)  // the points and the legend's two
    #expect((boundary["rect"] ?? 0) > 50)  // the shaded surface
    #expect((boundary["text"] ?? 0) > 5)  // title, ticks, labels

    let curves = try elementCounts(folder.appendingPathComponent("training.svg"))
    #expect(curves["svg"] == 1)
    #expect(curves["polyline"] == 2)  // loss and accuracy
    let text = try String(
      contentsOf: folder.appendingPathComponent("training.svg"), encoding: .utf8)
    let lossLine = try #require(text.split(separator: "\n").first { $0.hasPrefix("<polyline") })
    let points = lossLine.split(separator: "\"")[1].split(separator: " ")
    #expect(points.count == 20)

    let model = try MLP<Double>.load(from: folder.appendingPathComponent("model.json"))
    #expect(model.description == "MLP(2, [8, 1])")
  }

  @Test("train reads a CSV file, and stops with status 1 naming a bad line")
  func trainFromCSV() throws {
    let folder = temporaryFolder()
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let good = folder.appendingPathComponent("good.csv")
    try "a,b,c,label\n0,0,1,0\n1,1,0,1\n0,1,1,0\n1,0,0,1\n".write(
      to: good, atomically: true, encoding: .utf8)
    #expect(
      MicrogradCommand.run(
        [
          "train", "--dataset", good.path, "--steps", "3", "--plain", "-o", folder.path,
        ], console: .silent) == 0)
    // Three features: no decision boundary, but the curves and the model.
    #expect(
      !FileManager.default.fileExists(
        atPath: folder.appendingPathComponent("decision_boundary.svg").path))
    #expect(
      FileManager.default.fileExists(atPath: folder.appendingPathComponent("training.svg").path))

    let bad = folder.appendingPathComponent("bad.csv")
    try "0,0,0\n1,1\n".write(to: bad, atomically: true, encoding: .utf8)
    #expect(
      MicrogradCommand.run(["train", "--dataset", bad.path, "-o", folder.path], console: .silent)
        == 1)
  }

  @Test("graph writes the DOT of the README expression and of the lecture's neuron")
  func graph() throws {
    let folder = temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(MicrogradCommand.run(["graph", "--output", folder.path], console: .silent) == 0)
    let neuron = try String(
      contentsOf: folder.appendingPathComponent("neuron.dot"), encoding: .utf8)
    #expect(neuron.hasPrefix("digraph"))
    #expect(neuron.contains("data 0.7071") && neuron.contains("tanh"))
    let readme = try String(
      contentsOf: folder.appendingPathComponent("readme_expression.dot"), encoding: .utf8)
    #expect(readme.contains("data 24.7041"))
    if GraphCommand.findExecutable("dot") != nil {
      #expect(try elementCounts(folder.appendingPathComponent("neuron.svg"))["svg"] == 1)
    }
  }

  @Test("the graphs carry the known values and gradients")
  func graphValues() {
    let g = GraphCommand.readmeExpression()
    #expect(abs(g.data - 24.70408163265306) < 1e-12)
    let o = GraphCommand.lectureNeuron()
    #expect(abs(o.data - 0.7071067811865476) < 1e-12)
  }

  @Test("on a terminal, progress is one line redrawn in place, ended by a newline")
  func liveProgress() {
    let recorder = Recorder()
    var console = recorder.console
    console.isTerminal = true
    var reporter = ProgressReporter(totalSteps: 4, live: console.isTerminal, console: console)
    for k in 0..<4 {
      let record = TrainingRecord(step: k, loss: 1 / Double(k + 1), accuracy: 0.5, learningRate: 1)
      reporter.report(record, seconds: Double(k))
    }
    let output = recorder.output
    #expect(output.hasPrefix("\r"))
    #expect(output.filter { $0 == "\n" }.count == 1 && output.hasSuffix("\n"))
    #expect(
      output.contains(
        "█████··············· step 1/4  loss 1.0000  accuracy  50.0%  lr 1.0000  0.00 s"))
    #expect(output.contains("████████████████████ step 4/4  loss 0.2500"))
  }

  @Test("SVG text is escaped")
  func escaping() {
    #expect(SVGDocument.escape("a < b & \"c\"") == "a &lt; b &amp; &quot;c&quot;")
    #expect(n(1.234) == "1.23" && n(0.5) == "0.5" && n(.nan) == "0")
    #expect(n(2) == "2" && n(-0.5) == "-0.5")
  }
}

/// Counts the elements an XML parser reports.
final class ElementCounter: NSObject, XMLParserDelegate {
  var counts: [String: Int] = [:]

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String] = [:]
  ) {
    counts[elementName, default: 0] += 1
  }
}

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
    let status = MicrogradCommand.run([
      "train", "--steps", "5", "--samples", "40", "--hidden", "8", "--plain", "--output",
      folder.path,
    ])
    #expect(status == 0)

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
    #expect(points.count == 5)

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
      MicrogradCommand.run([
        "train", "--dataset", good.path, "--steps", "3", "--plain", "-o", folder.path,
      ]) == 0)
    // Three features: no decision boundary, but the curves and the model.
    #expect(
      !FileManager.default.fileExists(
        atPath: folder.appendingPathComponent("decision_boundary.svg").path))
    #expect(
      FileManager.default.fileExists(atPath: folder.appendingPathComponent("training.svg").path))

    let bad = folder.appendingPathComponent("bad.csv")
    try "0,0,0\n1,1\n".write(to: bad, atomically: true, encoding: .utf8)
    #expect(MicrogradCommand.run(["train", "--dataset", bad.path, "-o", folder.path]) == 1)
  }

  @Test("graph writes the DOT of the README expression and of the lecture's neuron")
  func graph() throws {
    let folder = temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(MicrogradCommand.run(["graph", "--output", folder.path]) == 0)
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

  @Test("SVG text is escaped")
  func escaping() {
    #expect(SVGDocument.escape("a < b & \"c\"") == "a &lt; b &amp; &quot;c&quot;")
    #expect(n(1.005) == "1" || n(1.005) == "1.01")
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

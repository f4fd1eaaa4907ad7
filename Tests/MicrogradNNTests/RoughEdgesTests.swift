import Foundation
import Micrograd
import MicrogradNN
import Testing

@testable import MicrogradCLI

/// The rough edges a new user hit (issue 18, items 8–12): the docs' custom-op extension,
/// the manifest by path, the kit's reports and replay filter, the command's help, labels
/// and counts, and the README's PyTorch comparison.
@Suite("Rough edges a new user hit")
struct RoughEdgesTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static func text(_ path: String) throws -> String {
    try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
  }

  @Test("the custom-op docs extend DifferentiableScalar, so the op works in forward mode")
  func customOpDocs() throws {
    for path in [
      "Sources/Micrograd/Micrograd.docc/WritingACustomOp.md",
      "Sources/Micrograd/Micrograd.docc/Ops.md", "README.md",
    ] {
      let text = try Self.text(path)
      #expect(!text.contains("extension Differentiable {"), "\(path)")
      #expect(!text.contains("extension Differentiable where"), "\(path)")
      #expect(!text.contains("methods of ``Differentiable``"), "\(path)")
    }
    // What the article shows: a method on DifferentiableScalar reaches Dual.
    #expect(derivative(of: { $0.applying(P3()).softsign() }, at: 0.5).isFinite)
  }

  @Test("the README shows the manifest by path, named after the folder")
  func manifestByPath() throws {
    let readme = try Self.text("README.md")
    #expect(readme.contains(".package(path: \"../micrograd\")"))
    #expect(readme.contains(".product(name: \"Micrograd\", package: \"micrograd\")"))
  }

  @Test("the documented #expect form prints the report once")
  func expectForm() throws {
    for path in [
      "Sources/MicrogradTesting/MicrogradTesting.docc/PropertyTestingYourOp.md",
      "Sources/MicrogradTesting/MicrogradTesting.docc/MicrogradTesting.md", "README.md",
    ] {
      #expect(!(try Self.text(path)).contains("#expect(result.passed, \"\\(result)\")"), "\(path)")
    }
  }

  @Test("train --help does not say two classes only")
  func help() {
    #expect(!Help.train.contains("into two classes,"))
    #expect(Help.train.contains("two or more classes"))
  }

  @Test("a CSV labelled 1, 2, 3 is refused with one line, not trained as 4 classes")
  func labelsFromOne() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("micrograd-labels-\(UInt64.random(in: 0...UInt64.max))")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let csv = folder.appendingPathComponent("data.csv")
    let rows = (0..<30).map { i in "\(Double(i) / 10),\(Double(i % 7) / 3),\(i % 3 + 1)" }
    try (["x,y,label"] + rows).joined(separator: "\n").write(
      to: csv, atomically: true, encoding: .utf8)
    let recorder = Recorder()
    let status = MicrogradCommand.run(
      ["train", "--dataset", csv.path, "--steps", "2", "--output", folder.path],
      console: recorder.console)
    #expect(status != 0)
    #expect(recorder.errors.count == 1, "\(recorder.errors)")
    #expect(
      recorder.errors.first?.contains("class 0 would have no rows") == true, "\(recorder.errors)")
  }

  @Test("one column is \"1 column\"")
  func oneColumn() {
    #expect(columns(1) == "1 column")
    #expect(columns(3) == "3 columns")
    do {
      _ = try CSVTable(parsing: "0.5\n1,2\n", lastColumn: .feature)
      Issue.record("a long row was accepted")
    } catch {
      #expect("\(error)" == "line 2: expected 1 column, found 2", "\(error)")
    }
  }

  @Test("step numbers: records count from 0 (micrograd's k), printed steps from 1")
  func stepNumbers() {
    let first = TrainingRecord(step: 0, loss: 1, accuracy: 0.5, learningRate: 1)
    #expect(first.number == 1)
    let recorder = Recorder()
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("micrograd-steps-\(UInt64.random(in: 0...UInt64.max))")
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = MicrogradCommand.run(
      ["train", "--steps", "3", "--samples", "20", "--hidden", "4", "--output", folder.path],
      console: recorder.console)
    #expect(recorder.output.contains("step 1/3"), "\(recorder.output)")
  }

  @Test("the README quotes the PyTorch comparison as a range, with the date")
  func pytorchComparison() throws {
    let readme = try Self.text("README.md")
    #expect(!readme.contains("about\n15× faster") && !readme.contains("about 15× faster"))
    #expect(readme.contains("0.40–0.9 ms"))
    #expect(readme.contains("2026-12-06"))
  }
}

/// P₃, as the README writes it.
struct P3<Scalar: BinaryFloatingPoint>: UnaryLocalGradient {
  func forward(_ x: Scalar) -> (value: Scalar, dx: Scalar) {
    (0.5 * (5 * x * x * x - 3 * x), 1.5 * (5 * x * x - 1))
  }
}

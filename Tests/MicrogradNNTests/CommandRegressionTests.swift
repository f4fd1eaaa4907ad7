import Foundation
import MicrogradNN
import Testing

@testable import MicrogradCLI

/// Regression tests for issue 11's command items: each of these trapped, corrupted the
/// heap, or gave a wrong result on the main branch before the fix.
@Suite("micrograd train: regressions of issue 11")
struct CommandRegressionTests {
  func temporaryFolder() -> URL {
    FileManager.default.temporaryDirectory
      .appendingPathComponent("micrograd-test-\(UInt64.random(in: 0...UInt64.max))")
  }

  func run(_ arguments: [String]) -> (status: Int32, recorder: Recorder) {
    let recorder = Recorder()
    return (MicrogradCommand.run(arguments, console: recorder.console), recorder)
  }

  @Test("a tick label of a huge or non-finite value is short, not a trap")
  func hugeTickLabels() {
    #expect(tickLabel(3.2e300, step: 1e300) == "3.2e+300")
    #expect(tickLabel(1e19, step: 1e19) == "1e+19")
    #expect(tickLabel(.infinity, step: 1) == "" && tickLabel(.nan, step: 1) == "")
    #expect(tickLabel(40, step: 20) == "40" && tickLabel(0.25, step: 0.05) == "0.25")
    let axis = Axis(lower: 0, upper: .greatestFiniteMagnitude, from: 0, to: 100)
    #expect(axis.ticks().count <= 12 && axis.ticks().allSatisfy(\.isFinite))
    // A step below the spacing of doubles at 1e17 cannot loop for ever.
    let tight = Axis(lower: 1e17, upper: 1e17 + 64, from: 0, to: 100)
    #expect(tight.ticks().count <= 28)
  }

  @Test("numbers in messages: no -nan, no 300 digits")
  func numberText() {
    #expect(fixed(-.nan, 4) == "nan" && fixed(.infinity, 4) == "inf")
    #expect(fixed(-.infinity, 1) == "-inf")
    #expect(fixed(3.2498e299, 4) == "3.2498e+299" && fixed(0.12345, 4) == "0.1235")
    #expect(fixed(999_999, 1) == "999999.0" && fixed(1e6, 4) == "1e+06")
  }

  @Test("the curves leave non-finite losses out and scale to the finite ones")
  func curvesOfADivergedRun() throws {
    let svg = TrainingCurvesPlot.svg(
      losses: [2, 1e300, .infinity, .nan], accuracies: [0.5, 0.5, 0.5, 0.5], title: "t")
    let lossGroup = try #require(svg.components(separatedBy: "<g id=\"accuracy\"").first)
    let polylines = lossGroup.components(separatedBy: "<polyline").dropFirst()
    #expect(polylines.count == 1)
    let points = try #require(polylines.first?.components(separatedBy: "\"").dropFirst().first)
    #expect(points.split(separator: " ").count == 2)
    #expect(svg.contains(">1e+300<") || svg.contains("e+300<"))
  }

  @Test("train --loss mse and --loss bce train with their default learning rates")
  func lossDefaults() throws {
    #expect(TrainOptions().initialLearningRate == 1.0)
    // The default run for mse (it trapped); a shorter one for bce.
    for (flags, floor) in [(["--loss", "mse"], 85.0), (["--loss", "bce", "--steps", "40"], 90)] {
      let folder = temporaryFolder()
      defer { try? FileManager.default.removeItem(at: folder) }
      let (status, recorder) = run(["train"] + flags + ["--output", folder.path])
      let loss = flags[1]
      #expect(status == 0, "\(loss): \(recorder.errors)")
      let line = try #require(
        recorder.output.split(separator: "\n").first { $0.hasPrefix("trained in") })
      let percent = try #require(Double(line.split(separator: " ").last?.dropLast() ?? ""))
      #expect(percent >= floor, "\(loss): \(line)")
    }
    #expect(Help.train.contains("0.1 with mse"))
  }

  @Test("a diverging run stops at the step, says so in one line, and draws what is finite")
  func divergence() throws {
    let folder = temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let (status, recorder) = run([
      "train", "--lr", "1e6", "--steps", "20", "--samples", "30", "-o", folder.path,
    ])
    #expect(status == 1)
    #expect(recorder.errors.count == 1)
    let message = try #require(recorder.errors.first)
    #expect(
      message.hasPrefix("micrograd: training diverged: the loss stopped being finite at step"))
    #expect(message.contains("smaller learning rate, such as --lr 1."))
    // The whole set, from the last finite model.
    let model = try MLP<Double>.load(from: folder.appendingPathComponent("model.json"))
    #expect(model.parameters().allSatisfy { $0.data.isFinite })
    let curves = try String(
      contentsOf: folder.appendingPathComponent("training.svg"), encoding: .utf8)
    #expect(curves.contains("<polyline"))
    #expect(
      FileManager.default.fileExists(
        atPath: folder.appendingPathComponent("decision_boundary.svg").path))
  }

  @Test(
    "a run that cannot fit in memory is refused before it starts",
    arguments: [
      (["--steps", "9223372036854775807"], "or fewer"),
      (["--steps", "1000000000000"], "or fewer"),
      (["--hidden", "4096,4096", "--samples", "100000"], "use --batch-size"),
      (["--samples", "100000000000"], "use fewer --samples"),
    ])
  func memory(flags: [String], advice: String) {
    let folder = temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let (status, recorder) = run(["train"] + flags + ["-o", folder.path])
    #expect(status == 1)
    #expect(recorder.errors.count == 1)
    #expect(recorder.errors.first?.contains("of memory") == true)
    #expect(recorder.errors.first?.contains(advice) == true, "\(recorder.errors)")
    #expect(!recorder.output.contains("step 1/"))
  }

  @Test("--version, and --samples or --noise with a CSV file are refused")
  func flags() {
    let (status, recorder) = run(["--version"])
    #expect(status == 0 && recorder.output == "micrograd \(MicrogradCommand.version)\n")
    #expect(throws: UsageError("--noise is for a generated dataset; a CSV file has its own rows")) {
      _ = try ParsedCommand.parse(["train", "--noise", "0.2", "--dataset", "a.csv"])
    }
    #expect(throws: UsageError.self) {
      _ = try ParsedCommand.parse(["train", "--dataset", "a.csv", "--samples", "20"])
    }
  }

  @Test("--help: the --lr line is aligned, and the data is not said to be 2-D only")
  func help() {
    let lines = Help.train.split(separator: "\n")
    let flagLines = lines.filter { $0.hasPrefix("  --") }
    // Every flag's description starts in the same column, 29.
    #expect(flagLines.count > 15)
    for line in flagLines {
      #expect(line.dropFirst(25).hasPrefix("  ") && line.dropFirst(27).first != " ", "\(line)")
    }
    // Defaults after a short description line up too, in column 63 (a long
    // description pushes its default further).
    var aligned = 0
    for line in lines {
      guard let range = line.range(of: "(default") else { continue }
      let offset = line.distance(from: line.startIndex, to: range.lowerBound)
      if (55...66).contains(offset) {
        #expect(offset == 62, "\(line)")
        aligned += 1
      }
    }
    #expect(aligned >= 10)
    #expect(!Help.train.contains("2-D points"))
    #expect(Help.overview.contains("--version"))
  }

  @Test("the decision-boundary title fits the picture in DejaVu Sans")
  func titleFits() {
    let title = "MLP(2, [16, 16, 1]) on moons (100 samples, noise 0.1): training accuracy 100.0%"
    let data = Dataset<Double>(inputs: [[0, 0], [1, 1]], labels: [0, 1])
    let svg = DecisionBoundaryPlot.svg(
      model: MLP<Double>(2, [1], seed: 1), data: data, title: title)
    let width = 648.0
    let size = fittedFontSize(title, width: width - 16, size: 15)
    #expect(size < 15 && size >= 9)
    #expect(estimatedWidth(title) * size <= width - 16)
    #expect(svg.contains("font-size=\"\(n(size))\""))
  }

  @Test("the decision boundary draws at most maxPoints points, and says so")
  func sampledPoints() throws {
    let inputs = (0..<50).map { [Double($0), Double($0 % 7)] }
    let data = Dataset<Double>(inputs: inputs, labels: (0..<50).map { $0 % 2 })
    let svg = DecisionBoundaryPlot.svg(
      model: MLP<Double>(2, [1], seed: 1), data: data, title: "t", maxPoints: 10)
    #expect(svg.components(separatedBy: "class=\"class").count - 1 == 10)
    #expect(svg.contains("10 of 50 points shown"))
  }

  @Test("a CSV file's rows and features are counted from its bytes, before it is parsed")
  func roughShape() throws {
    let folder = temporaryFolder()
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    for (text, rows, features) in [
      ("x,y,z,label\r\n1,2,3,0\r\n4,5,6,1\r\n", 2, 3), ("1,2,0\r3,4,1\r5,6,0\r", 3, 2),
      ("a,label\n1,0\n", 1, 1),
    ] {
      let url = folder.appendingPathComponent("data.csv")
      try Data(text.utf8).write(to: url)
      let shape = try #require(TrainCommand.roughShape(ofCSV: url.path))
      #expect(shape.rows == rows && shape.features == features, "\(text.debugDescription)")
    }
    #expect(TrainCommand.roughShape(ofCSV: folder.appendingPathComponent("none.csv").path) == nil)
  }
}

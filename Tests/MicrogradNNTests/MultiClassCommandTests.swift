import Foundation
import MicrogradNN
import Testing

@testable import MicrogradCLI

/// `micrograd train` beyond two classes, regression, `predict` and `evaluate`, end to end.
@Suite("micrograd train with k classes, regression, predict and evaluate")
struct MultiClassCommandTests {
  func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("micrograd-test-\(UInt64.random(in: 0...UInt64.max))")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  func run(_ arguments: [String]) -> (status: Int32, output: String, errors: [String]) {
    let recorder = Recorder()
    let status = MicrogradCommand.run(arguments, console: recorder.console)
    return (status, recorder.output, recorder.errors)
  }

  @Test("--dataset spiral defaults to 300 points, cross-entropy and Adam; flags still win")
  func spiralDefaults() throws {
    guard case .train(let options) = try ParsedCommand.parse(["train", "--dataset", "spiral"])
    else { Issue.record("not a train command"); return }
    #expect(options.samples == 300 && options.loss == .crossEntropy && options.optimizer == .adam)
    #expect(
      options.hidden == [16, 16] && options.steps == 100 && options.initialLearningRate == 0.05)
    guard
      case .train(let other) = try ParsedCommand.parse([
        "train", "--dataset", "spiral", "--samples", "90", "--optimizer", "sgd",
      ])
    else { Issue.record("not a train command"); return }
    #expect(other.samples == 90 && other.optimizer == .sgd && other.initialLearningRate == 1)
    // Moons keeps the demo's defaults.
    guard case .train(let moons) = try ParsedCommand.parse(["train"]) else { return }
    #expect(moons.loss == .hinge && moons.optimizer == .sgd && moons.samples == 100)
  }

  @Test(
    "bad combinations of the new flags are usage errors",
    arguments: [
      ["train", "--nesterov"],
      ["train", "--optimizer", "adam", "--weight-decay", "0.1"],
      ["train", "--classes", "3"],
      ["train", "--validation", "0.95"],
      ["train", "--task", "regression"],
      ["train", "--loss", "squared"],
      ["predict", "model.json"],
      ["evaluate", "model.json", "data.csv", "-o", "x.csv"],
    ])
  func usageErrors(arguments: [String]) {
    let result = run(arguments)
    #expect(result.status == 2, "\(arguments)")
    #expect(result.errors.count == 1)
  }

  @Test("blobs with --classes 4 trains a network of 4 logits with cross-entropy")
  func fourBlobs() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = run([
      "train", "--dataset", "blobs", "--classes", "4", "--samples", "40", "--steps", "2",
      "--hidden", "4", "-o", folder.path,
    ])
    #expect(result.status == 0, "\(result.errors)")
    #expect(
      result.output.contains("MLP(2, [4, 4])")
        && result.output.contains("blobs (40 samples, 4 centres)"))
    #expect(result.output.contains("cross-entropy loss"))
    let svg = try String(
      contentsOf: folder.appendingPathComponent("decision_boundary.svg"), encoding: .utf8)
    #expect(svg.contains("class 3") && svg.components(separatedBy: "<circle").count == 1 + 40 + 4)
  }

  @Test("a classification loss on a real-valued CSV stops with status 1")
  func classificationLossOnRegression() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let data = folder.appendingPathComponent("real.csv")
    try "0.1,0.5\n0.2,0.75\n".write(to: data, atomically: true, encoding: .utf8)
    let result = run(["train", "--dataset", data.path, "--loss", "bce", "-o", folder.path])
    #expect(result.status == 1 && result.errors.first?.contains("--loss mse or huber") == true)
  }

  @Test("a binary loss asked for on three classes stops with status 1")
  func binaryLossOnThreeClasses() {
    let result = run(["train", "--dataset", "spiral", "--loss", "hinge", "--steps", "1"])
    #expect(result.status == 1)
    #expect(result.errors.first?.contains("need --loss ce") == true)
  }

  @Test("spiral with validation: k outputs, validation figures, 3-colour plot, predict, evaluate")
  func spiralWithValidation() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = run([
      "train", "--dataset", "spiral", "--samples", "60", "--steps", "12", "--hidden", "8",
      "--validation", "0.25", "--optimizer", "adamw", "--clip", "5", "-o", folder.path,
    ])
    #expect(result.status == 0, "\(result.errors)")
    let lines = result.output.split(separator: "\n").map(String.init)
    #expect(lines[0].contains("MLP(2, [8, 3])") && lines[0].contains("spiral"))
    #expect(lines[1].contains("cross-entropy") && lines[1].contains("AdamW, weight decay 0.01"))
    #expect(lines[1].contains("clipped to norm 5.0"))
    #expect(lines[2] == "  validation on 15 held-out examples")
    let progress = lines.filter { $0.hasPrefix("step ") }
    #expect(!progress.isEmpty && progress.allSatisfy { $0.contains("validation accuracy ") })
    let last = try #require(lines.first { $0.hasPrefix("trained in ") })
    #expect(last.contains("final training accuracy ") && last.contains(", validation accuracy "))

    let svg = try String(
      contentsOf: folder.appendingPathComponent("decision_boundary.svg"), encoding: .utf8)
    for colour in [Colors.region(0, of: 3), Colors.region(1, of: 3), Colors.region(2, of: 3)] {
      #expect(svg.contains("fill=\"\(colour)\""), "no region of colour \(colour)")
    }
    #expect(Set([0, 1, 2].map { Colors.point($0, of: 3) }).count == 3)
    #expect(svg.contains("class 2"))
    let curves = try String(
      contentsOf: folder.appendingPathComponent("training.svg"), encoding: .utf8)
    #expect(curves.contains("id=\"validation\""))

    // predict: the data file's features (its label column is ignored), to a file.
    let data = folder.appendingPathComponent("points.csv")
    try "x,y,label\n0.1,0.2,0\n-0.5,0.4,1\n0.3,-0.6,2\n".write(
      to: data, atomically: true, encoding: .utf8)
    let model = folder.appendingPathComponent("model.json").path
    let printed = run(["predict", model, data.path])
    #expect(printed.status == 0)
    let rows = printed.output.split(separator: "\n")
    #expect(rows.count == 4 && rows[0] == "class,probability")
    let mlp = try MLP<Double>.load(from: URL(fileURLWithPath: model))
    for (row, x) in zip(rows.dropFirst(), [[0.1, 0.2], [-0.5, 0.4], [0.3, -0.6]]) {
      let fields = row.split(separator: ",")
      #expect(Int(fields[0]) == mlp.predictedClass(x))
      let p = try #require(Double(fields[1]))
      #expect(abs(p - mlp.classProbabilities(x)[mlp.predictedClass(x)]) < 1e-6 && p >= 1.0 / 3)
    }
    let file = folder.appendingPathComponent("predictions.csv")
    #expect(run(["predict", model, data.path, "-o", file.path]).status == 0)
    #expect(try String(contentsOf: file, encoding: .utf8) == printed.output)

    let evaluated = run(["evaluate", model, data.path])
    #expect(evaluated.status == 0)
    let expected = mlp.accuracy(on: try Dataset<Double>.csv(contentsOf: data))
    #expect(evaluated.output.hasPrefix("accuracy \(fixed(expected * 100, 1))% ("))
    #expect(evaluated.output.contains("of 3 examples"))

    // A file of the wrong width is an error, not a trap.
    try "1,2,3,4\n".write(to: data, atomically: true, encoding: .utf8)
    let wrong = run(["predict", model, data.path])
    #expect(wrong.status == 1 && wrong.errors.first?.contains("reads 2 features") == true)
  }

  @Test("a CSV with a real last column is regression: fit.svg, MSE, predict values, evaluate")
  func regression() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let data = folder.appendingPathComponent("line.csv")
    let rows = (0..<20).map { i -> String in
      let x = Double(i) / 10
      return "\(x),\(0.5 * x + 0.25)"
    }
    try ("x,y\n" + rows.joined(separator: "\n") + "\n").write(
      to: data, atomically: true, encoding: .utf8)
    let result = run([
      "train", "--dataset", data.path, "--steps", "30", "--hidden", "8", "--validation", "0.2",
      "--loss", "huber", "-o", folder.path,
    ])
    #expect(result.status == 0, "\(result.errors)")
    #expect(result.output.contains("regression") && result.output.contains("Huber"))
    #expect(result.output.contains("validation mse "))
    #expect(result.output.contains("final training mean squared error "))
    let fit = try String(contentsOf: folder.appendingPathComponent("fit.svg"), encoding: .utf8)
    #expect(fit.contains("id=\"fit\"") && fit.components(separatedBy: "<circle").count > 20)
    let model = folder.appendingPathComponent("model.json").path
    let predicted = run(["predict", model, data.path])
    #expect(predicted.status == 0)
    let values = predicted.output.split(separator: "\n")
    #expect(values.count == 21 && values[0] == "value" && Double(values[1]) != nil)
    let evaluated = run(["evaluate", model, data.path])
    #expect(evaluated.output.hasPrefix("mean squared error ") && evaluated.output.contains("20"))

    // Two features: predicted against true.
    let wide = folder.appendingPathComponent("wide.csv")
    try "1,2,0.5\n2,1,1.5\n3,3,2.25\n0,1,-0.5\n".write(to: wide, atomically: true, encoding: .utf8)
    let two = run([
      "train", "--dataset", wide.path, "--task", "regression", "--steps", "3", "--hidden", "4",
      "-o", folder.path,
    ])
    #expect(two.status == 0, "\(two.errors)")
    let plot = try String(contentsOf: folder.appendingPathComponent("fit.svg"), encoding: .utf8)
    #expect(plot.contains("id=\"diagonal\"") && plot.contains("predicted value"))
  }

  @Test(
    "micrograd train --dataset spiral reaches at least 95% with its defaults", .tags(.slow))
  func spiralReaches95() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = run(["train", "--dataset", "spiral", "-o", folder.path])
    #expect(result.status == 0)
    let last = try #require(result.output.split(separator: "\n").first { $0.hasPrefix("trained") })
    let percent = try #require(
      Double(last.split(separator: " ").last!.dropLast()))
    #expect(percent >= 95, "\(last)")
  }
}

import Foundation
import Micrograd
import MicrogradNN
import Testing

/// Regression tests for issue 11's library items: each input here trapped or was
/// rejected on the main branch before the fix.
@Suite("MicrogradNN: files from outside never trap")
struct InputRegressionTests {
  func temporaryFile(_ name: String, _ bytes: [UInt8]) throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("micrograd-\(UInt64.random(in: 0...UInt64.max))-\(name)")
    try Data(bytes).write(to: url)
    return url
  }

  @Test(
    "MLP.load: huge inputs or layers are a ModelLoadingError, not an arithmetic overflow",
    arguments: [
      #"{"format":"micrograd-mlp","version":1,"inputs":9223372036854775807,"layers":[1],"#,
      #"{"format":"micrograd-mlp","version":1,"inputs":2,"layers":[9223372036854775807,2],"#,
      #"{"format":"micrograd-mlp","version":1,"inputs":4611686018427387904,"layers":[1],"#,
    ])
  func hugeShape(prefix: String) throws {
    let json = prefix + #""hidden":"relu","output":"linear","parameters":[0.5,0.25]}"#
    let url = try temporaryFile("model.json", Array(json.utf8))
    defer { try? FileManager.default.removeItem(at: url) }
    #expect {
      _ = try MLP<Double>.load(from: url)
    } throws: { error in
      guard let error = error as? ModelLoadingError else { return false }
      return error.reason.contains("parameters; the file has 2")
    }
  }

  @Test(
    "MLP.load: a file that is not a network is a ModelLoadingError in one line",
    arguments: [
      ("not json at all", "not JSON"),
      (#"{"format":"micrograd-mlp","version":1}"#, "no \"inputs\" field"),
      (#"{"format":"micrograd-mlp","version":1,"inputs":"two"}"#, "field \"inputs\""),
    ])
  func notANetwork(text: String, reason: String) throws {
    let url = try temporaryFile("model.json", Array(text.utf8))
    defer { try? FileManager.default.removeItem(at: url) }
    #expect {
      _ = try MLP<Double>.load(from: url)
    } throws: { error in
      guard let error = error as? ModelLoadingError else { return false }
      return error.reason.contains(reason) && !error.reason.contains("\n")
    }
    let missing = url.appendingPathExtension("missing")
    #expect(throws: ModelLoadingError.self) { _ = try MLP<Double>.load(from: missing) }
  }

  @Test(
    "CSV: Windows (\\r\\n) and old Mac (\\r) line endings are lines",
    arguments: ["\r\n", "\r"])
  func lineEndings(ending: String) throws {
    let text = ["x,y,label", "0.5,1,0", "1,-2,1", "", "3,4,1"].joined(separator: ending) + ending
    let data = try Dataset<Double>.csv(text)
    #expect(data.count == 3)
    #expect(data.inputs == [[0.5, 1], [1, -2], [3, 4]] && data.labels == [0, 1, 1])
    // A bad line is still named by its number.
    let bad = ["1,2,0", "1,2"].joined(separator: ending)
    #expect(throws: CSVError(line: 2, reason: "expected 3 columns, found 2")) {
      _ = try Dataset<Double>.csv(bad)
    }
    let url = try temporaryFile("endings.csv", Array(text.utf8))
    defer { try? FileManager.default.removeItem(at: url) }
    #expect(try Dataset<Double>.csv(contentsOf: url).count == 3)
  }

  @Test("CSV: a first row of names is a header even when the names read as numbers")
  func nonFiniteHeader() throws {
    let data = try Dataset<Double>.csv("nan,inf,label\n1,2,0\n3,4,1\n")
    #expect(data.count == 2 && data.inputs[0] == [1, 2])
    // A data row with a non-finite feature is still an error, not a header.
    #expect(throws: CSVError(line: 2, reason: "feature 1 is nan, not finite")) {
      _ = try Dataset<Double>.csv("1,2,0\nnan,2,1\n")
    }
  }

  @Test("CSV: a file that is not UTF-8 says so, and a byte order mark is skipped")
  func encoding() throws {
    let latin1 = try temporaryFile("latin1.csv", Array("x,y,label\n1,2,0\n".utf8) + [0xE9, 0x0A])
    defer { try? FileManager.default.removeItem(at: latin1) }
    #expect(throws: CSVError(line: 0, reason: "\(latin1.path) is not UTF-8 text")) {
      _ = try Dataset<Double>.csv(contentsOf: latin1)
    }
    let bom = try temporaryFile("bom.csv", [0xEF, 0xBB, 0xBF] + Array("x,y,label\n1,2,0\n".utf8))
    defer { try? FileManager.default.removeItem(at: bom) }
    #expect(try Dataset<Double>.csv(contentsOf: bom).count == 1)
  }

  @Test("CSV: a folder is named as a folder")
  func folder() {
    let url = FileManager.default.temporaryDirectory
    #expect(
      throws: CSVError(line: 0, reason: "cannot read \(url.path): it is a folder, not a file")
    ) {
      _ = try Dataset<Double>.csv(contentsOf: url)
    }
  }

  @Test("a mini-batch step measures its accuracy on the evenly spread sample it was given")
  func accuracySample() {
    // 40 rows at x = 1; only the first and the last are of class 1.
    let data = Dataset<Double>(
      inputs: Array(repeating: [1.0], count: 40), labels: (0..<40).map { $0 % 39 == 0 ? 1 : 0 })
    // A network whose score is x: it says class 1 everywhere.
    let model = MLP<Double>(1, [1], parameters: [Var(1), Var(0)])
    var trainer = Trainer(
      model: model, data: data, loss: .hinge, l2Strength: 0,
      optimizer: SGD(model.parameters(), learningRate: 0), schedule: ConstantLearningRate(0),
      batchSize: 4)
    #expect(trainer.step().accuracy == 2.0 / 40)
    // Two rows, evenly spread: the first and the last.
    trainer.measureAccuracy(onRowsUpTo: 2)
    #expect(trainer.step().accuracy == 1)
    // Three: the middle one is of class 0.
    trainer.measureAccuracy(onRowsUpTo: 3)
    #expect(abs(trainer.step().accuracy - 2.0 / 3) < 1e-12)
    // As many as the data has: all of them again.
    trainer.measureAccuracy(onRowsUpTo: 40)
    #expect(trainer.step().accuracy == 2.0 / 40)
  }
}

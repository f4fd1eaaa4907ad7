import Foundation
import MicrogradNN
import Testing

@testable import MicrogradCLI

/// The output folder holds the whole set of one run: a run replaces every file of the
/// previous set, or none, and a folder that cannot be written is found before training.
@Suite("micrograd train: the output set")
struct OutputSetTests {
  func folderWithOldSet() throws -> URL {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("micrograd-set-\(UInt64.random(in: 0...UInt64.max))")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for name in TrainCommand.outputNames {
      try Data("old".utf8).write(to: folder.appendingPathComponent(name))
    }
    return folder
  }

  func contents(_ folder: URL, _ name: String) -> String? {
    try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
  }

  @Test("a run on 3 features removes the old decision boundary, not leaves it beside new files")
  func staleBoundary() throws {
    let folder = try folderWithOldSet()
    defer { try? FileManager.default.removeItem(at: folder) }
    let csv = folder.appendingPathComponent("three.csv")
    try "a,b,c,label\n0,0,1,0\n1,1,0,1\n".write(to: csv, atomically: true, encoding: .utf8)
    let status = MicrogradCommand.run(
      ["train", "--dataset", csv.path, "--steps", "2", "-o", folder.path], console: .silent)
    #expect(status == 0)
    #expect(contents(folder, "decision_boundary.svg") == nil)
    #expect(contents(folder, "training.svg")?.hasPrefix("<?xml") == true)
    #expect(try MLP<Double>.load(from: folder.appendingPathComponent("model.json")).inputCount == 3)
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(Set(names) == ["three.csv", "training.svg", "model.json"])
  }

  @Test("a model that JSON cannot hold is refused with the real reason")
  func nonFiniteModel() throws {
    let model = MLP<Double>(2, [1], seed: 1)
    model.parameters()[1].data = .nan
    #expect(throws: RunError.self) { _ = try TrainCommand.modelJSON(model) }
    do {
      _ = try TrainCommand.modelJSON(model)
    } catch {
      #expect(
        error.description == "cannot save the model: parameter 2 of 3 is nan, and JSON "
          + "holds finite numbers only")
    }
  }

  @Test("a failed replacement puts the old set back")
  func rollback() throws {
    let folder = try folderWithOldSet()
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = try OutputFolder.prepare(folder.path, names: TrainCommand.outputNames)
    // A name outside the set that is a folder: the move of the new file onto it fails
    // after the old set has been moved aside.
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("extra/inside"), withIntermediateDirectories: true)
    #expect(throws: RunError.self) {
      try output.replaceSet(with: [
        ("training.svg", Data("new".utf8)), ("extra", Data("new".utf8)),
      ])
    }
    #expect(TrainCommand.outputNames.allSatisfy { contents(folder, $0) == "old" })
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(!names.contains { $0.hasPrefix(".micrograd-") })
  }

  @Test("a run that fails before writing leaves no new folder behind")
  func noTrace() {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("micrograd-none-\(UInt64.random(in: 0...UInt64.max))")
    let status = MicrogradCommand.run(
      ["train", "--dataset", folder.path + ".csv", "-o", folder.path], console: .silent)
    #expect(status == 1)
    #expect(!FileManager.default.fileExists(atPath: folder.path))
  }

  #if os(Linux)
    @Test("a folder that cannot be created is found before training, in one line")
    func unwritable() {
      let recorder = Recorder()
      let status = MicrogradCommand.run(
        ["train", "--steps", "1000", "-o", "/proc/micrograd-out"], console: recorder.console)
      #expect(status == 1)
      #expect(
        recorder.errors == [
          "micrograd: cannot create the folder /proc/micrograd-out: No such file or directory"
        ])
      #expect(recorder.output.isEmpty)
    }
  #endif
}

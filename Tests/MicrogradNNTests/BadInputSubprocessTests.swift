import Foundation
import Testing

/// The bad-input corpus again, through the built `micrograd` executable: a trap there
/// would be a signal, not an exit status, and standard error is the real one.
@Suite("micrograd: the corpus of bad inputs, as a process")
struct BadInputSubprocessTests {
  /// The built `micrograd`, beside the test bundle (or in the package's `.build/debug`).
  static var executable: URL? {
    let candidates = [
      URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
      Bundle.main.bundleURL.deletingLastPathComponent(),
      URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent(".build/debug"),
    ]
    return candidates.map { $0.appendingPathComponent("micrograd") }
      .first { FileManager.default.isExecutableFile(atPath: $0.path) }
  }

  @Test(
    "as a process: an exit status of 1 or 2, never a signal, and one line on standard error",
    .enabled(if: executable != nil), arguments: BadInputCorpusTests.cases)
  func asProcess(item: BadInputCorpusTests.Case) throws {
    let dir = try BadInputCorpusTests.makeCorpus()
    defer { try? FileManager.default.removeItem(at: dir) }
    let out = dir.appendingPathComponent("out")
    let process = Process()
    let executable = Self.executable
    #expect(executable != nil)
    process.executableURL = executable
    process.arguments = try BadInputCorpusTests.arguments(item, dir: dir, out: out)
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    let data = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationReason == .exit, "killed by signal \(process.terminationStatus)")
    #expect(process.terminationStatus == item.status)
    let text = String(decoding: data, as: UTF8.self)
    #expect(text.hasPrefix("micrograd: ") && text.hasSuffix("\n"))
    #expect(text.filter { $0 == "\n" }.count == 1, "\(text)")
    if !item.arguments.contains("{model-folder}") {
      BadInputCorpusTests.checkOutput(out, item.testDescription)
    }
  }

  @Test(
    "relative paths of one letter, which some path APIs trap on", .enabled(if: executable != nil))
  func shortRelativePaths() throws {
    let dir = try BadInputCorpusTests.makeCorpus()
    defer { try? FileManager.default.removeItem(at: dir) }
    for (arguments, status) in [
      (["train", "--steps", "2", "--samples", "10", "-o", "o"], Int32(0)),
      (["train", "--dataset", "m.csv", "-o", "p"], 1), (["graph", "-o", "g"], 0),
    ] {
      let process = Process()
      process.executableURL = Self.executable
      process.arguments = arguments
      process.currentDirectoryURL = dir
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      process.waitUntilExit()
      #expect(process.terminationReason == .exit && process.terminationStatus == status)
    }
    #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("o/model.json").path))
  }
}

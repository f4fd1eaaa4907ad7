import Foundation
import MicrogradNN
import Testing

@testable import MicrogradCLI

/// Runs `micrograd` over a corpus of bad inputs, flags and files: each must end with
/// exit status 1 or 2, one line on standard error, no trap, and an output folder that
/// holds either the old set of files or a complete new one.
@Suite("micrograd: a corpus of bad inputs")
struct BadInputCorpusTests {
  /// One bad input: the arguments after `micrograd`, with `{dir}` standing for a folder
  /// holding the corpus files and `{out}` for the output folder.
  struct Case: CustomTestStringConvertible, Sendable {
    let arguments: [String]
    let status: Int32
    var testDescription: String { arguments.joined(separator: " ") }
  }

  static let cases: [Case] = [
    // Flags.
    Case(arguments: ["train", "--steps", "-1"], status: 2),
    Case(arguments: ["train", "--steps", "ten"], status: 2),
    Case(arguments: ["train", "--steps", "99999999999999999999"], status: 2),
    Case(arguments: ["train", "--lr", "nan"], status: 2),
    Case(arguments: ["train", "--lr", "inf"], status: 2),
    Case(arguments: ["train", "--lr", "0"], status: 2),
    Case(arguments: ["train", "--l2", "-1"], status: 2),
    Case(arguments: ["train", "--noise", "1e400"], status: 2),
    Case(arguments: ["train", "--hidden", "0"], status: 2),
    Case(arguments: ["train", "--hidden", "5000"], status: 2),
    Case(arguments: ["train", "--batch-size", "0"], status: 2),
    Case(arguments: ["train", "--threads", "0"], status: 2),
    Case(arguments: ["train", "--threads", "abc"], status: 2),
    Case(arguments: ["train", "--threads", "-3"], status: 2),
    Case(arguments: ["train", "--threads", "100000"], status: 2),
    Case(arguments: ["train", "--threads"], status: 2),
    Case(arguments: ["train", "--seed", "-1"], status: 2),
    Case(arguments: ["train", "--momentum", "1"], status: 2),
    Case(arguments: ["train", "--dataset", "nothing"], status: 2),
    Case(arguments: ["train", "--bogus"], status: 2),
    Case(arguments: ["train", "--output", ""], status: 2),
    Case(arguments: ["train", "--plain=yes"], status: 2),
    Case(arguments: ["train", "--samples", "5", "--dataset", "{dir}/good.csv"], status: 2),
    Case(arguments: ["train", "--dataset", "{dir}/good.csv", "--noise", "0.3"], status: 2),
    Case(arguments: ["--version", "extra"], status: 2),
    Case(arguments: [], status: 2),
    // Runs that cannot fit in memory.
    Case(arguments: ["train", "--steps", "9223372036854775807"], status: 1),
    Case(arguments: ["train", "--steps", "1000000000000"], status: 1),
    Case(arguments: ["train", "--hidden", "4096,4096", "--samples", "100000"], status: 1),
    Case(arguments: ["train", "--samples", "100000000000"], status: 1),
    // Diverging runs.
    Case(arguments: ["train", "--lr", "1e6", "--steps", "20", "--samples", "30"], status: 1),
    Case(arguments: ["train", "--l2", "1e6", "--steps", "12", "--samples", "30"], status: 1),
    Case(arguments: ["train", "--loss", "mse", "--lr", "10", "--steps", "12"], status: 1),
    Case(arguments: ["train", "--dataset", "{dir}/huge.csv", "--steps", "5"], status: 1),
    // Files.
    Case(arguments: ["train", "--dataset", "{dir}/missing.csv"], status: 1),
    Case(arguments: ["train", "--dataset", "{dir}/folder.csv"], status: 1),
    Case(arguments: ["train", "--dataset", "{dir}/latin1.csv"], status: 1),
    Case(arguments: ["train", "--dataset", "{dir}/empty.csv"], status: 1),
    Case(arguments: ["train", "--dataset", "{dir}/header-only.csv"], status: 1),
    Case(arguments: ["train", "--dataset", "{dir}/ragged.csv"], status: 1),
    Case(arguments: ["train", "--dataset", "{dir}/nan.csv"], status: 1),
    Case(
      arguments: ["train", "--dataset", "{dir}/three-classes.csv", "--loss", "hinge"], status: 1),
    Case(arguments: ["train", "--dataset", "{dir}/binary.csv"], status: 1),
    // Output folders.
    Case(arguments: ["train", "--steps", "2", "-o", "{dir}/good.csv"], status: 1),
    Case(arguments: ["train", "--steps", "2", "-o", "{dir}/good.csv/sub"], status: 1),
    Case(arguments: ["train", "--steps", "2", "-o", "{out}", "{model-folder}"], status: 1),
    Case(arguments: ["graph", "-o", "{dir}/good.csv"], status: 1),
  ]

  /// The corpus files, in a new folder.
  static func makeCorpus() throws -> URL {
    let dir = FileManager.default.temporaryDirectory
      .appendingPathComponent("micrograd-corpus-\(UInt64.random(in: 0...UInt64.max))")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    func file(_ name: String, _ bytes: [UInt8]) throws {
      try Data(bytes).write(to: dir.appendingPathComponent(name))
    }
    try file("good.csv", Array("x,y,label\n0,0,0\n1,1,1\n".utf8))
    let huge = (0..<30).map {
      "\($0 % 3 == 0 ? "-" : "")1e300,\($0 % 2 == 0 ? "-" : "")1e300,\($0 % 2)"
    }
    try file("huge.csv", Array(("a,b,label\n" + huge.joined(separator: "\n")).utf8))
    try FileManager.default.createDirectory(
      at: dir.appendingPathComponent("folder.csv"), withIntermediateDirectories: true)
    try file("latin1.csv", Array("x,y,label\n0,0,0\n".utf8) + [0x63, 0x61, 0x66, 0xE9, 0x0A])
    try file("empty.csv", [])
    try file("header-only.csv", Array("x,y,label\r\n".utf8))
    try file("ragged.csv", Array("0,0,0\r\n1,1\r\n".utf8))
    try file("nan.csv", Array("x,y,label\n0,nan,0\n".utf8))
    try file("three-classes.csv", Array("x,y,label\n0,0,0\n1,1,1\n2,2,2\n".utf8))
    try file("binary.csv", [0x00, 0x01, 0xFF, 0xFE, 0x0A, 0x00])
    return dir
  }

  /// The old set every run starts from.
  static let oldSet = ["decision_boundary.svg", "training.svg", "model.json"]

  /// Fails unless `out` holds the old set untouched, or a complete new one.
  static func checkOutput(_ out: URL, _ description: String) {
    let contents = oldSet.map {
      try? String(contentsOf: out.appendingPathComponent($0), encoding: .utf8)
    }
    if contents.allSatisfy({ $0 == "old" }) { return }
    #expect(!contents.contains("old"), "\(description): a mix of old and new files")
    #expect(
      (try? MLP<Double>.load(from: out.appendingPathComponent("model.json"))) != nil,
      "\(description): no loadable model.json")
    #expect(contents[1]?.hasPrefix("<?xml") == true, "\(description): no training.svg")
    let leftovers = (try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []
    #expect(!leftovers.contains { $0.hasPrefix(".micrograd-") }, "\(description): \(leftovers)")
  }

  /// The arguments of `item` with its placeholders filled in; prepares `out`.
  static func arguments(_ item: Case, dir: URL, out: URL) throws -> [String] {
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    for name in oldSet {
      try Data("old".utf8).write(to: out.appendingPathComponent(name))
    }
    var arguments = item.arguments.map {
      $0.replacingOccurrences(of: "{dir}", with: dir.path)
        .replacingOccurrences(of: "{out}", with: out.path)
    }
    if let i = arguments.firstIndex(of: "{model-folder}") {
      // A folder where model.json should be: the old set is then not a set of files.
      arguments.remove(at: i)
      try FileManager.default.removeItem(at: out.appendingPathComponent("model.json"))
      try FileManager.default.createDirectory(
        at: out.appendingPathComponent("model.json"), withIntermediateDirectories: true)
    } else if !arguments.contains("-o") && arguments.first != nil {
      arguments += ["-o", out.path]
    }
    return arguments
  }

  @Test("in process: status 1 or 2, one line on standard error, old or new set", arguments: cases)
  func inProcess(item: Case) throws {
    let dir = try Self.makeCorpus()
    defer { try? FileManager.default.removeItem(at: dir) }
    let out = dir.appendingPathComponent("out")
    let arguments = try Self.arguments(item, dir: dir, out: out)
    let recorder = Recorder()
    let status = MicrogradCommand.run(arguments, console: recorder.console)
    #expect(status == item.status, "\(recorder.errors)")
    #expect(recorder.errors.count == 1)
    let line = recorder.errors.first ?? ""
    #expect(line.hasPrefix("micrograd: ") && !line.contains("\n") && !line.contains("-nan"))
    #expect(!line.contains("NSCocoaErrorDomain") && !line.contains("isn't in the correct format"))
    if !item.arguments.contains("{model-folder}") { Self.checkOutput(out, item.testDescription) }
  }
}

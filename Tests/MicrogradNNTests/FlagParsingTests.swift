import Foundation
import MicrogradNN
import Testing

@testable import MicrogradCLI

@Suite("micrograd's command line")
struct FlagParsingTests {
  @Test("no flags: micrograd's demo")
  func defaults() throws {
    let command = try ParsedCommand.parse(["train"])
    let options = TrainOptions()
    #expect(command == .train(options))
    #expect(options.dataset == .moons && options.samples == 100 && options.noise == 0.1)
    #expect(options.layerSizes == [16, 16, 1] && options.steps == 100)
    #expect(options.loss == .hinge && options.l2 == 1e-4 && options.batchSize == nil)
    #expect(options.optimizer == .sgd && options.initialLearningRate == 1.0)
    #expect(options.schedule == .linear && options.output == "micrograd-output")
  }

  @Test("every flag, in both spellings")
  func allFlags() throws {
    let command = try ParsedCommand.parse([
      "train", "--dataset", "circles", "--samples=60", "--noise", "0.2", "--steps", "50",
      "--lr", "0.5", "--schedule", "cosine", "--seed", "9", "--hidden", "8,4",
      "--activation", "tanh", "--batch-size", "16", "--loss", "bce", "--optimizer", "ADAM",
      "--l2", "0", "-o", "out", "--plain",
    ])
    var expected = TrainOptions()
    expected.dataset = .circles
    expected.samples = 60
    expected.noise = 0.2
    expected.steps = 50
    expected.learningRate = 0.5
    expected.schedule = .cosine
    expected.seed = 9
    expected.hidden = [8, 4]
    expected.activation = .tanh
    expected.batchSize = 16
    expected.loss = .binaryCrossEntropy
    expected.optimizer = .adam
    expected.l2 = 0
    expected.output = "out"
    expected.plain = true
    #expect(command == .train(expected))
    #expect(
      try ParsedCommand.parse(["train", "--dataset", "my data.CSV"])
        == .train(
          {
            var o = TrainOptions(); o.dataset = .csv(path: "my data.CSV"); return o
          }()))
  }

  @Test(
    "bad flags and values are usage errors with a message that names them",
    arguments: [
      (["train", "--bogus"], "unknown flag --bogus"),
      (["train", "--steps"], "--steps needs a value"),
      (["train", "--steps", "0"], "--steps needs a positive whole number, got \"0\""),
      (["train", "--steps", "ten"], "--steps needs a positive whole number, got \"ten\""),
      (["train", "--lr=-1"], "--lr needs a positive number, got \"-1\""),
      (["train", "--seed", "-3"], "--seed needs a whole number"),
      (["train", "--hidden", "16,,16"], "--hidden needs layer sizes"),
      (
        ["train", "--loss", "hubert"],
        "--loss needs one of hinge, mse, bce, ce, huber, got \"hubert\""
      ),
      (["train", "--optimizer", "rmsprop"], "--optimizer needs one of sgd, adam"),
      (["train", "--dataset", "spirals"], "--dataset needs moons, circles, blobs"),
      (["train", "--noise", "nan"], "--noise needs a number from 0 to 100"),
      (["train", "--plain=yes"], "--plain takes no value"),
      (["train", "extra"], "unexpected argument \"extra\""),
      (["train", "--optimizer", "adam", "--momentum", "0.9"], "--momentum is for"),
      (["train", "--samples", "1"], "--samples needs at least 2"),
      (["fly"], "unknown command \"fly\""),
      ([], "missing command"),
    ])
  func usageErrors(arguments: [String], message: String) {
    #expect {
      _ = try ParsedCommand.parse(arguments)
    } throws: { error in
      guard let error = error as? UsageError else { return false }
      return error.message.hasPrefix(message) && !error.message.contains("\n")
    }
  }

  @Test("--help anywhere asks for help")
  func help() throws {
    #expect(try ParsedCommand.parse(["--help"]) == .help(command: ""))
    #expect(
      try ParsedCommand.parse(["train", "--steps", "3", "--help"]) == .help(command: "train"))
    #expect(try ParsedCommand.parse(["help", "graph"]) == .help(command: "graph"))
    #expect(try ParsedCommand.parse(["graph", "-o", "g"]) == .graph(output: "g"))
    #expect(Help.train.contains("--batch-size") && Help.train.contains("--optimizer"))
  }

  @Test("exit status: 2 for a bad command line, 0 for help")
  func exitStatus() {
    #expect(MicrogradCommand.run(["train", "--steps", "x"], console: .silent) == 2)
    #expect(MicrogradCommand.run(["nonsense"], console: .silent) == 2)
    #expect(MicrogradCommand.run(["train", "--help"], console: .silent) == 0)
  }

  @Test("a bad flag prints one line on standard error, and nothing on standard output")
  func oneLineError() {
    let recorder = Recorder()
    let status = MicrogradCommand.run(["train", "--hidden", "16,x"], console: recorder.console)
    #expect(status == 2)
    #expect(recorder.output == "")
    #expect(
      recorder.errors == [
        "micrograd: --hidden needs layer sizes from 1 to 4096 separated by commas, such as 16,16; "
          + "got \"16,x\""
      ])
  }
}

/// A console that keeps what is written to it.
final class Recorder: @unchecked Sendable {
  private let lock = NSLock()
  private var outputText = ""
  private var errorLines: [String] = []

  var output: String { lock.withLock { outputText } }
  var errors: [String] { lock.withLock { errorLines } }

  var console: Console {
    Console(
      write: { text in self.lock.withLock { self.outputText += text } },
      error: { line in self.lock.withLock { self.errorLines.append(line) } },
      isTerminal: false)
  }
}

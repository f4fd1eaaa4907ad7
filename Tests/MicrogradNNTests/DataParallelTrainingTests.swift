import Foundation
import Micrograd
import MicrogradNN
import Testing

@testable import MicrogradCLI

/// Full batches larger than one shard: the same numbers, bit for bit, on any number of
/// threads, in the compiled and the eager mode. Run these under ThreadSanitizer too:
/// `swift test --sanitize=thread --filter DataParallelTrainingTests`.
@Suite("Data-parallel training")
struct DataParallelTrainingTests {
  /// The losses, accuracies and final parameters of a short run.
  struct Run: Equatable {
    var records: [TrainingRecord]
    var parameters: [UInt64]
  }

  /// A short run on `samples` points (`Trainer.examplesPerShard` is 256).
  static func train(
    threads: Int, loss: LossFunction, samples: Int = 700, steps: Int = 4,
    execution: TrainingExecution = .compiled
  ) -> Run {
    let classes = loss.isBinary ? 2 : 3
    let data =
      loss.isBinary
      ? Dataset<Double>.moons(samples: samples, noise: 0.1, seed: 3)
      : Dataset<Double>.spiral(samples: samples, classes: classes, seed: 3)
    let model = MLP<Double>(2, [8, 8, loss.isBinary ? 1 : classes], seed: 5)
    var trainer = Trainer(
      model: model, data: data, loss: loss, l2Strength: 1e-4,
      optimizer: Adam(model.parameters(), learningRate: 0.05),
      schedule: LinearDecay(from: 0.05, to: 0.005, steps: steps))
    trainer.execution = execution
    trainer.threads = threads
    let records = (0..<steps).map { _ in trainer.step() }
    return Run(records: records, parameters: model.parameters().map(\.data.bitPattern))
  }

  @Test(
    "Any thread count gives the same losses and parameters, bit for bit",
    arguments: [LossFunction.crossEntropy, .hinge, .binaryCrossEntropy])
  func bitIdenticalAcrossThreads(loss: LossFunction) {
    let one = Self.train(threads: 1, loss: loss)
    for threads in [2, 3, 4, 8] {
      #expect(Self.train(threads: threads, loss: loss) == one, "\(threads) threads")
    }
  }

  @Test("The eager mode computes the same shards, bit for bit")
  func eagerMatchesCompiled() {
    let compiled = Self.train(threads: 2, loss: .crossEntropy)
    let eager = Self.train(threads: 2, loss: .crossEntropy, execution: .eager)
    #expect(eager == compiled)
  }

  @Test("A sharded step computes the loss and gradient of the whole batch")
  func shardedStepIsTheBatchGradient() throws {
    let data = Dataset<Double>.spiral(samples: 600, classes: 3, seed: 4)
    let model = MLP<Double>(2, [6, 3], seed: 2)
    // The unsharded loss and gradient, from one graph.
    let whole =
      crossEntropy(logits: data.inputs.map { model($0) }, labels: data.labels)
      + l2Penalty(model.parameters(), strength: 1e-3)
    model.zeroGrad()
    whole.backward()
    let expected = model.parameters().map(\.grad)
    var trainer = Trainer(
      model: model, data: data, loss: .crossEntropy, l2Strength: 1e-3,
      optimizer: SGD(model.parameters(), learningRate: 0.1),
      schedule: ConstantLearningRate(0.1))
    trainer.threads = 2
    let record = trainer.step()
    #expect(abs(record.loss - whole.data) <= 1e-14 * whole.data)
    for (g, e) in zip(model.parameters().map(\.grad), expected) {
      #expect(abs(g - e) <= 1e-13 * max(1, abs(e)))
    }
  }

  @Test("Tape.backward(writingGradientsOf:into:) gives backward()'s gradients, leaves untouched")
  func tapeGradientsInPlace() {
    let model = MLP<Double>(2, [4, 1], seed: 1)
    let loss = hingeLoss([model([0.5, -1])[0], model([1, 2])[0]], [1, -1])
    let tape = loss.compile()
    let parameters = model.parameters()
    model.zeroGrad()
    tape.backward()
    let expected = parameters.map(\.grad)
    model.zeroGrad()
    let extra = Var(3.0)
    let positions = tape.leafPositions(of: parameters + [extra])
    var gradient = [Double](repeating: .nan, count: positions.count)
    tape.backward(writingGradientsOf: positions, into: &gradient)
    #expect(gradient == expected + [0])
    #expect(parameters.allSatisfy { $0.grad == 0 })
  }

  @Test("micrograd train --threads 1 and the default write the same files")
  func commandThreads() throws {
    let base = FileManager.default.temporaryDirectory
      .appendingPathComponent("micrograd-threads-\(UInt64.random(in: 0...UInt64.max))")
    defer { try? FileManager.default.removeItem(at: base) }
    let arguments = ["train", "--dataset", "spiral", "--samples", "600", "--steps", "5"]
    var contents: [[String: Data]] = []
    for (name, extra) in [
      ("one", ["--threads", "1"]), ("default", []), ("three", ["--threads", "3"]),
    ] {
      let folder = base.appendingPathComponent(name)
      let recorder = Recorder()
      let status = MicrogradCommand.run(
        arguments + extra + ["--output", folder.path], console: recorder.console)
      #expect(status == 0)
      #expect(recorder.errors.isEmpty)
      var files: [String: Data] = [:]
      for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
        files[file] = try Data(contentsOf: folder.appendingPathComponent(file))
      }
      contents.append(files)
    }
    #expect(contents[0].count == 3)
    #expect(contents[1] == contents[0])
    #expect(contents[2] == contents[0])
  }
}

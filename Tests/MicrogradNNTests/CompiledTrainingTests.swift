import Micrograd
import MicrogradNN
import Testing

/// Trains twice from the same start, once replaying a compiled tape and once building
/// the graph at every step, and returns both runs' records and final parameters.
private func trainBothWays(
  data: Dataset<Double>, hidden: [Int], loss: LossFunction, steps: Int, batchSize: Int? = nil,
  adam: Bool = false, validation: Dataset<Double>? = nil, clip: Double? = nil
) -> [(records: [TrainingRecord], parameters: [Double])] {
  [TrainingExecution.compiled, .eager].map { execution in
    let model = MLP<Double>(data.featureCount, hidden, seed: 7)
    func run<O: Optimizer>(_ optimizer: O) -> [TrainingRecord] where O.Scalar == Double {
      var trainer = Trainer(
        model: model, data: data, loss: loss, l2Strength: 1e-4, optimizer: optimizer,
        schedule: LinearDecay(from: adam ? 0.05 : 0.5, to: 0.05, steps: steps),
        batchSize: batchSize, shuffleSeed: 3, validation: validation, maxGradientNorm: clip)
      trainer.execution = execution
      return (0..<steps).map { _ in trainer.step() }
    }
    let records =
      adam
      ? run(Adam(model.parameters(), learningRate: 0.05))
      : run(SGD(model.parameters(), learningRate: 0.5))
    return (records, model.parameters().map(\.data))
  }
}

@Suite("Training from a compiled tape")
struct CompiledTrainingTests {
  static let moons = Dataset<Double>.moons(samples: 60, noise: 0.1, seed: 1)

  @Test(
    "replaying a tape gives the eager graph's losses, accuracies and parameters bit for bit",
    arguments: [LossFunction.hinge, .meanSquaredError, .binaryCrossEntropy])
  func fullBatch(loss: LossFunction) {
    let runs = trainBothWays(data: Self.moons, hidden: [8, 8, 1], loss: loss, steps: 25)
    #expect(runs[0].records == runs[1].records)
    #expect(runs[0].parameters == runs[1].parameters)
    if loss == .hinge {  // (mse and bce diverge at this learning rate, identically)
      #expect(runs[0].records.last!.loss < runs[0].records.first!.loss)
    }
  }

  @Test(
    "mini-batches replay with their inputs and targets re-fed, a short last batch eagerly",
    arguments: [(20, LossFunction.hinge), (20, .binaryCrossEntropy), (25, .meanSquaredError)])
  func miniBatches(batchSize: Int, loss: LossFunction) {
    let runs = trainBothWays(
      data: Self.moons, hidden: [8, 1], loss: loss, steps: 12, batchSize: batchSize)
    #expect(runs[0].records == runs[1].records)
    #expect(runs[0].parameters == runs[1].parameters)
  }

  @Test("k classes with cross-entropy, Adam, validation and clipping match too")
  func crossEntropy() {
    let spiral = Dataset<Double>.spiral(samples: 60, classes: 3, noise: 0.2, seed: 2)
    let (train, held) = spiral.split(validationFraction: 0.25, seed: 1)
    let runs = trainBothWays(
      data: train, hidden: [8, 3], loss: .crossEntropy, steps: 10, adam: true,
      validation: held, clip: 1.0)
    #expect(runs[0].records == runs[1].records)
    #expect(runs[0].parameters == runs[1].parameters)
    let batched = trainBothWays(
      data: train, hidden: [8, 3], loss: .crossEntropy, steps: 6, batchSize: 10, adam: true)
    #expect(batched[0].records == batched[1].records)
  }
}

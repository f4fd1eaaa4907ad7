import Micrograd
import MicrogradNN
import Testing

/// Trains a regression model twice from the same start, compiled and eager, and returns
/// both runs' records and final parameters.
private func regressionBothWays(
  data: RegressionDataset<Double>, loss: RegressionLoss, steps: Int, batchSize: Int? = nil,
  validation: RegressionDataset<Double>? = nil, clip: Double? = nil, threads: Int = 1
) -> [(records: [RegressionRecord], parameters: [Double])] {
  [TrainingExecution.compiled, .eager].map { execution in
    let model = MLP<Double>(data.featureCount, [8, 8, 1], hidden: .tanh, seed: 5)
    var trainer = RegressionTrainer(
      model: model, data: data, loss: loss, l2Strength: 1e-3,
      optimizer: Adam(model.parameters(), learningRate: 0.05),
      schedule: LinearDecay(from: 0.05, to: 0.005, steps: steps), batchSize: batchSize,
      shuffleSeed: 4, validation: validation, maxGradientNorm: clip)
    trainer.execution = execution
    trainer.threads = threads
    let records = (0..<steps).map { _ in trainer.step() }
    return (records, model.parameters().map(\.data))
  }
}

/// A noisy surface of two features, `count` rows.
private func surface(_ count: Int) -> RegressionDataset<Double> {
  var generator = SeededGenerator(seed: 9)
  let inputs = (0..<count).map { _ in [generator.nextUniform(-2, 2), generator.nextUniform(-2, 2)] }
  let targets = inputs.map { x in x[0] * x[1] - 0.5 * x[0] + 0.1 * generator.nextUniform(-1, 1) }
  return RegressionDataset(inputs: inputs, targets: targets, name: "surface")
}

@Suite("Every training path replays a tape with eager's numbers")
struct EveryPathCompiledTests {
  @Test(
    "cross-entropy mini-batches replay one recording, classes re-fed, bit for bit",
    arguments: [10, 16, 32])
  func crossEntropyMiniBatches(batchSize: Int) {
    let spiral = Dataset<Double>.spiral(samples: 90, classes: 3, noise: 0.2, seed: 3)
    let runs = [TrainingExecution.compiled, .eager].map { execution in
      let model = MLP<Double>(2, [12, 3], seed: 7)
      var trainer = Trainer(
        model: model, data: spiral, loss: .crossEntropy, l2Strength: 1e-4,
        optimizer: Adam(model.parameters(), learningRate: 0.05),
        schedule: ConstantLearningRate(0.05), batchSize: batchSize, shuffleSeed: 2,
        maxGradientNorm: 2)
      trainer.execution = execution
      let records = (0..<15).map { _ in trainer.step() }
      return (records, model.parameters().map(\.data))
    }
    #expect(runs[0].0 == runs[1].0)
    #expect(runs[0].1 == runs[1].1)
    #expect(runs[0].0.last!.loss < runs[0].0.first!.loss)
  }

  @Test(
    "regression replays a tape, full batch and mini-batches, MSE and Huber, bit for bit",
    arguments: [nil, 16, 25] as [Int?], [RegressionLoss.meanSquaredError, .huber(delta: 0.5)])
  func regression(batchSize: Int?, loss: RegressionLoss) {
    let (data, validation) = surface(100).split(validationFraction: 0.2, seed: 1)
    let runs = regressionBothWays(
      data: data, loss: loss, steps: 12, batchSize: batchSize, validation: validation, clip: 1)
    #expect(runs[0].records == runs[1].records)
    #expect(runs[0].parameters == runs[1].parameters)
    #expect(runs[0].records.last!.meanSquaredError < runs[0].records.first!.meanSquaredError)
  }

  @Test("a regression full batch over 256 rows is cut into shards: any thread count, bit for bit")
  func regressionShards() {
    let data = surface(600)
    let one = regressionBothWays(data: data, loss: .meanSquaredError, steps: 4, threads: 1)
    let two = regressionBothWays(data: data, loss: .meanSquaredError, steps: 4, threads: 2)
    #expect(one[0].records == one[1].records && one[0].parameters == one[1].parameters)
    #expect(one[0].records == two[0].records && one[0].parameters == two[0].parameters)
  }

  @Test("the class operand gives the constant class's value and gradient, and a tape re-reads it")
  func sparseCrossEntropy() {
    let logits = [Var(0.5), Var(-1.25), Var(2.0)]
    let constant = Var.softmaxCrossEntropy(logits: logits, target: 1)
    constant.backward()
    let expected = logits.map(\.grad)
    for z in logits { z.grad = 0 }
    let label = Var(1.0)
    let operand = Var.softmaxCrossEntropy(logits: logits, label: label)
    operand.backward()
    #expect(operand.data == constant.data)
    #expect(logits.map(\.grad) == expected)
    #expect(label.grad == 0)

    let tape = operand.compile()
    label.data = 2
    let replayed = tape.forward()
    tape.backward()
    let fresh = [Var(0.5), Var(-1.25), Var(2.0)]
    let atTwo = Var.softmaxCrossEntropy(logits: fresh, target: 2)
    atTwo.backward()
    #expect(replayed == atTwo.data)
    for z in logits { z.grad = 0 }
    tape.backward()
    #expect(logits.map(\.grad) == fresh.map(\.grad))
  }

  @Test("one forward pass in every mode: recorded, value-only and forward mode agree")
  func oneForwardPass() {
    let model = MLP<Double>(3, [5, 4, 2], hidden: .tanh, seed: 11)
    let x = [0.3, -0.7, 1.1]
    let leaves = x.map { Var($0) }
    let recorded = model(leaves)
    #expect(model.evaluate(x) == recorded.map(\.data))
    #expect(model.evaluate(rows: [x, x]) == [recorded.map(\.data), recorded.map(\.data)])
    recorded[1].backward()
    // d output₁ / d x₀ by forward mode, through the same neurons.
    let snapshot = model.snapshot
    let slope = directionalDerivative(
      of: { (v: [Dual<Double>]) in snapshot(v)[1] }, at: x, along: [1, 0, 0])
    #expect(abs(slope - leaves[0].grad) < 1e-12)
    let nonlinearity = Nonlinearity.relu
    #expect(nonlinearity(-0.0) == Var(-0.0).relu().data && nonlinearity(Double.nan).isNaN)
  }

  @Test("losses take targets of the same mode, with the constant targets' numbers")
  func lossesOverAnyMode() {
    let scores = [0.8, -0.3, 2.5]
    let targets = [1.0, -1.0, -1.0]
    let constant = hingeLoss(scores.map { Var($0) }, targets).data
    #expect(hingeLoss(scores.map { Primal($0) }, targets.map { Primal($0) }).data == constant)
    let mse = meanSquaredError(scores.map { Var($0) }, targets).data
    #expect(
      RegressionLoss.meanSquaredError(
        outputs: scores.map { [Primal($0)] }, targets: targets.map { Primal($0) }
      ).data == mse)
    let bce = binaryCrossEntropy(logits: scores.map { Var($0) }, targets: [1, 0, 0]).data
    #expect(
      LossFunction.binaryCrossEntropy(
        outputs: scores.map { [Primal($0)] }, targets: [1, 0, 0].map { Primal($0) }
      ).data == bce)
  }
}

import Micrograd
import MicrogradNN
import Testing

/// The lecture's part 4: Neuron, Layer, MLP, the 4-example dataset and the training loop.
@Suite("The lecture's network")
struct LectureTests {
  let data = Dataset<Double>.lectureExample

  /// The lecture's training loop: sum of squared errors, zero the gradients, backward,
  /// `p.data += -lr * p.grad`. Returns the loss at each step.
  func train(
    _ model: MLP<Double>, steps: Int, learningRate: Double, zeroGrad: Bool = true
  ) -> [Double] {
    var losses: [Double] = []
    for _ in 0..<steps {
      let ypred = data.inputs.map { model($0)[0] }
      let loss = meanSquaredError(ypred, data.signedLabels, reduction: .sum)
      if zeroGrad { model.zeroGrad() }
      loss.backward()
      for p in model.parameters() { p.data += -learningRate * p.grad }
      losses.append(loss.data)
    }
    return losses
  }

  @Test("parameter counts: MLP(3, [4, 4, 1]) has 41, MLP(2, [16, 16, 1]) has 337")
  func parameterCounts() {
    #expect(MLP<Double>(3, [4, 4, 1], seed: 1).parameterCount == 41)
    #expect(MLP<Double>(2, [16, 16, 1], seed: 1).parameterCount == 337)
    #expect(MLP<Double>.parameterCount(2, [16, 16, 1]) == 337)
    var generator = SeededGenerator(seed: 5)
    #expect(Neuron<Double>(inputs: 3, using: &generator).parameterCount == 4)
  }

  @Test("the tanh MLP(3, [4, 4, 1]) trains to a loss below 0.01")
  func trainsBelowOneHundredth() {
    let model = MLP<Double>(3, [4, 4, 1], hidden: .tanh, output: .tanh, seed: 1)
    let losses = train(model, steps: 200, learningRate: 0.05)
    #expect(losses[0] > 1, "the untrained network should be far off: \(losses[0])")
    #expect(losses.last! < 0.01, "final loss \(losses.last!)")
    // The predictions have the targets' signs and are close to them.
    for (x, y) in zip(data.inputs, data.signedLabels) {
      let prediction = model.evaluate(x)[0]
      #expect(abs(prediction - y) < 0.1, "predicted \(prediction) for target \(y)")
    }
  }

  @Test("forgetting zeroGrad changes the result: the gradients pile up")
  func forgottenZeroGrad() {
    let correct = train(
      MLP<Double>(3, [4, 4, 1], hidden: .tanh, output: .tanh, seed: 1), steps: 20,
      learningRate: 0.05)
    let buggy = train(
      MLP<Double>(3, [4, 4, 1], hidden: .tanh, output: .tanh, seed: 1), steps: 20,
      learningRate: 0.05, zeroGrad: false)
    // The first step is the same: the gradients start at zero either way.
    #expect(correct[0] == buggy[0])
    #expect(correct[1] == buggy[1])
    // From the second update on, the stale gradients change every step.
    #expect(correct[2] != buggy[2])
    #expect(correct.last! != buggy.last!)
  }

  @Test("without zeroGrad, a second backward adds the same gradient again")
  func gradientsAccumulate() {
    let model = MLP<Double>(3, [4, 4, 1], hidden: .tanh, output: .tanh, seed: 3)
    let loss = meanSquaredError(
      data.inputs.map { model($0)[0] }, data.signedLabels, reduction: .sum)
    loss.backward()
    let once = model.parameters().map(\.grad)
    loss.backward()
    let twice = model.parameters().map(\.grad)
    #expect(once.contains { $0 != 0 })
    // Leaves add each contribution to what they hold, so the sums round differently.
    #expect(zip(once, twice).allSatisfy { abs($0 * 2 - $1) <= 1e-12 * max(1, abs($1)) })
    model.zeroGrad()
    #expect(model.parameters().allSatisfy { $0.grad == 0 })
  }

  @Test("a neuron computes f(w · x + b) and a layer applies each of its neurons")
  func neuronAndLayer() {
    let neuron = Neuron(
      weights: [Var(-3.0), Var(1.0)], bias: Var(6.8813735870195432), nonlinearity: .tanh)
    let o = neuron([Var(2.0), Var(0.0)])
    #expect(abs(o.data - 0.7071067811865476) < 1e-12)  // the lecture's neuron
    o.backward()
    #expect(abs(neuron.weights[0].grad - 1.0) < 1e-12)  // x1 · (1 − o²) = 2 · 0.5
    #expect(abs(neuron.bias.grad - 0.5) < 1e-12)

    var generator = SeededGenerator(seed: 9)
    let layer = Layer<Double>(inputs: 2, outputs: 3, nonlinearity: .tanh, using: &generator)
    let x = [Var(0.5), Var(-1.5)]
    let outputs = layer(x)
    #expect(outputs.count == 3)
    for (output, neuron) in zip(outputs, layer.neurons) {
      #expect(output.data == neuron(x).data)
    }
    #expect(layer.parameterCount == 9)
  }
}

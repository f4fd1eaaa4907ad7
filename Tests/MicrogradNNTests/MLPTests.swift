import Micrograd
import MicrogradNN
import Testing

@Suite("MLP")
struct MLPTests {
  @Test("micrograd's semantics: ReLU hidden layers, a linear last layer")
  func defaultNonlinearities() {
    let model = MLP<Double>(2, [16, 16, 1], seed: 1)
    #expect(model.layers.count == 3)
    #expect(model.layers[0].neurons.allSatisfy { $0.nonlinearity == .relu })
    #expect(model.layers[1].neurons.allSatisfy { $0.nonlinearity == .relu })
    #expect(model.layers[2].neurons.allSatisfy { $0.nonlinearity == .linear })
    #expect(model.description == "MLP(2, [16, 16, 1])")
    #expect(model.layerSizes == [16, 16, 1])
  }

  @Test("weights are uniform in [-1, 1], biases start at 0, and a seed fixes them")
  func initialization() {
    let a = MLP<Double>(2, [16, 16, 1], seed: 42)
    let b = MLP<Double>(2, [16, 16, 1], seed: 42)
    let c = MLP<Double>(2, [16, 16, 1], seed: 43)
    let weights = a.layers.flatMap { $0.neurons.flatMap { $0.weights.map(\.data) } }
    #expect(weights.allSatisfy { -1 <= $0 && $0 <= 1 })
    #expect(weights.contains { $0 < -0.9 } && weights.contains { $0 > 0.9 })
    #expect(a.layers.allSatisfy { $0.neurons.allSatisfy { $0.bias.data == 0 } })
    #expect(a.parameters().map(\.data) == b.parameters().map(\.data))
    #expect(a.parameters().map(\.data) != c.parameters().map(\.data))
  }

  @Test("parameters() is in layer, neuron, weights-then-bias order, and is the model's own")
  func parameterOrder() {
    let model = MLP<Double>(2, [3, 1], seed: 7)
    let parameters = model.parameters()
    let first = model.layers[0].neurons[0]
    #expect(parameters[0].id == first.weights[0].id)
    #expect(parameters[1].id == first.weights[1].id)
    #expect(parameters[2].id == first.bias.id)
    #expect(parameters[9].id == model.layers[1].neurons[0].weights[0].id)
    #expect(parameters.last!.id == model.layers[1].neurons[0].bias.id)
    parameters[0].data = 0.25
    #expect(first.weights[0].data == 0.25)
  }

  @Test("evaluate gives the recorded forward pass's values, bit for bit", arguments: [1, 2, 3])
  func evaluateMatchesGraph(seed: UInt64) {
    for (hidden, output) in [(Nonlinearity.relu, Nonlinearity.linear), (.tanh, .tanh)] {
      let model = MLP<Double>(3, [8, 5, 2], hidden: hidden, output: output, seed: seed)
      var generator = SeededGenerator(seed: seed, stream: 9)
      for _ in 0..<20 {
        let x = (0..<3).map { _ in generator.nextUniform(-3, 3) }
        #expect(model(x).map(\.data) == model.evaluate(x))
      }
    }
  }

  @Test("the gradients of a tanh MLP agree with the gradient checker")
  func tanhGradients() {
    let shape = [4, 3, 1]
    let count = MLP<Double>.parameterCount(2, shape)
    var generator = SeededGenerator(seed: 11)
    let point = (0..<(count + 2)).map { _ in generator.nextUniform(-1, 1) }
    let result = checkGradients(
      of: { values in
        let model = MLP<Double>(
          2, shape, hidden: .tanh, output: .tanh, parameters: Array(values[..<count]))
        return model(Array(values[count...]))[0]
      }, at: point)
    #expect(result.passed, "\(result)")
    #expect(result.analytic.contains { $0 != 0 })
  }

  @Test("the gradients of the demo's loss through a ReLU MLP agree with the gradient checker")
  func reluLossGradients() {
    let shape = [5, 4, 1]
    let count = MLP<Double>.parameterCount(2, shape)
    let data = Dataset<Double>.moons(samples: 8, noise: 0.1, seed: 4)
    let reference = MLP<Double>(2, shape, seed: 5)
    let point = reference.parameters().map { $0.data + 0.05 }  // biases away from 0
    let result = checkGradients(
      of: { values in
        let model = MLP<Double>(2, shape, parameters: values)
        let scores = data.inputs.map { model($0)[0] }
        return hingeLoss(scores, data.signedLabels)
          + l2Penalty(model.parameters(), strength: 1e-2)
      }, at: point)
    #expect(point.count == count)
    #expect(result.passed, "\(result)")
    #expect(result.analytic.filter { $0 != 0 }.count > count / 2)
  }

  @Test("Float networks train too")
  func floatNetwork() {
    let model = MLP<Float>(2, [8, 1], seed: 2)
    let x: [Float] = [0.5, -0.5]
    #expect(model(x)[0].data == model.evaluate(x)[0])
    let result = checkGradients(
      of: { v in
        MLP<Float>(2, [8, 1], hidden: .tanh, parameters: Array(v[..<33]))(Array(v[33...]))[0]
      },
      at: model.parameters().map(\.data) + x)
    #expect(result.passed, "\(result)")
  }
}

import Micrograd

/// A layer of independent neurons that all see the same inputs: micrograd's `Layer`.
///
/// Each neuron gives one output, so a layer of `outputs` neurons turns `inputs` values
/// into `outputs` values, with `(inputs + 1) · outputs` parameters:
///
/// ```swift
/// var generator = SeededGenerator(seed: 1)
/// let layer = Layer<Double>(inputs: 3, outputs: 4, nonlinearity: .tanh, using: &generator)
/// layer.parameterCount                             // 16: 4 neurons of 3 weights and a bias
/// let outputs = layer([Var(2.0), Var(3.0), Var(-1.0)])  // 4 values
/// ```
///
/// A `Layer` is a value type over `Var`s: a copy shares its parameters.
public struct Layer<Scalar: ScalarMath>: Module {
  /// The neurons, one per output.
  public let neurons: [Neuron<Scalar>]
  /// Every neuron's parameters, in order, gathered once.
  @usableFromInline let flatParameters: [Var<Scalar>]

  /// Creates a layer of `outputs` neurons with `inputs` inputs each, their weights
  /// drawn from `generator`.
  ///
  /// - Precondition: `inputs > 0` and `outputs > 0`.
  @inlinable
  public init(
    inputs: Int, outputs: Int, nonlinearity: Nonlinearity = .relu,
    using generator: inout some RandomNumberGenerator
  ) {
    precondition(outputs > 0, "a layer needs at least one neuron, got \(outputs)")
    var neurons: [Neuron<Scalar>] = []
    neurons.reserveCapacity(outputs)
    for _ in 0..<outputs {
      neurons.append(Neuron(inputs: inputs, nonlinearity: nonlinearity, using: &generator))
    }
    self.init(neurons: neurons)
  }

  /// Creates a layer of the given neurons.
  ///
  /// - Precondition: `neurons` is not empty and every neuron has the same input count.
  @inlinable
  public init(neurons: [Neuron<Scalar>]) {
    precondition(!neurons.isEmpty, "a layer needs at least one neuron")
    let inputs = neurons[0].inputCount
    precondition(
      neurons.allSatisfy { $0.inputCount == inputs },
      "every neuron of a layer must take the same number of inputs")
    self.neurons = neurons
    var flat: [Var<Scalar>] = []
    flat.reserveCapacity(neurons.count * (inputs + 1))
    for neuron in neurons {
      flat.append(contentsOf: neuron.weights)
      flat.append(neuron.bias)
    }
    self.flatParameters = flat
  }

  /// The number of inputs each neuron takes.
  @inlinable
  public var inputCount: Int { neurons[0].inputCount }

  /// The number of outputs, one per neuron.
  @inlinable
  public var outputCount: Int { neurons.count }

  /// The forward pass: each neuron's output, recorded in the graph.
  @inlinable
  public func callAsFunction(_ x: [Var<Scalar>]) -> [Var<Scalar>] {
    var outputs: [Var<Scalar>] = []
    outputs.reserveCapacity(neurons.count)
    for neuron in neurons { outputs.append(neuron(x)) }
    return outputs
  }

  /// The forward pass on plain numbers, without a graph.
  @inlinable
  public func evaluate(_ x: [Scalar]) -> [Scalar] {
    ValueOnlyNetwork([self])(x)
  }

  /// Every neuron's weights and bias, neuron by neuron.
  @inlinable
  public func parameters() -> [Var<Scalar>] { flatParameters }
}

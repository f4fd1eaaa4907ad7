import Micrograd

/// A multi-layer perceptron: layers of neurons, each layer feeding the next.
///
/// `MLP(nin, nouts)` has micrograd's semantics: `nouts` lists the layer sizes, the
/// hidden layers use ReLU and the last layer is linear, so a one-output network gives
/// a score whose sign is the class.
///
/// ```swift
/// let model = MLP<Double>(2, [16, 16, 1], seed: 1)   // micrograd's moons model
/// model.parameterCount                                 // 337
/// let score = model([0.5, -0.25])[0]                   // a Var
///
/// // The lecture's tanh network:
/// let lecture = MLP<Double>(3, [4, 4, 1], hidden: .tanh, output: .tanh, seed: 1)
/// lecture.parameterCount                               // 41
/// ```
///
/// The flat list of parameters is gathered once, when the network is built, so
/// ``parameters()`` costs nothing. An `MLP` is a value type over `Var`s: a copy shares
/// its parameters with the original.
public struct MLP<Scalar: ScalarMath>: Module {
  /// The layers, from input to output.
  public let layers: [Layer<Scalar>]
  /// Every layer's parameters, in order, gathered once.
  @usableFromInline let flatParameters: [Var<Scalar>]

  /// Creates a network with `nin` inputs and layers of the sizes in `nouts`, its
  /// weights drawn uniform in [−1, 1] from `generator` and its biases zero.
  ///
  /// - Parameters:
  ///   - nin: The number of inputs.
  ///   - nouts: The size of each layer; the last is the number of outputs.
  ///   - hidden: The nonlinearity of every layer but the last; ReLU by default.
  ///   - output: The nonlinearity of the last layer; linear by default.
  ///   - generator: The source of the initial weights.
  /// - Precondition: `nin > 0`, `nouts` is not empty, and every size is positive.
  @inlinable
  public init(
    _ nin: Int, _ nouts: [Int], hidden: Nonlinearity = .relu, output: Nonlinearity = .linear,
    using generator: inout some RandomNumberGenerator
  ) {
    MLP.checkShape(nin, nouts)
    let sizes = [nin] + nouts
    var layers: [Layer<Scalar>] = []
    for i in nouts.indices {
      let f = i == nouts.count - 1 ? output : hidden
      layers.append(
        Layer(inputs: sizes[i], outputs: sizes[i + 1], nonlinearity: f, using: &generator))
    }
    self.init(layers: layers)
  }

  /// Creates a network whose initial weights are fixed by `seed`: the same on every
  /// platform (see ``SeededGenerator``).
  @inlinable
  public init(
    _ nin: Int, _ nouts: [Int], hidden: Nonlinearity = .relu, output: Nonlinearity = .linear,
    seed: UInt64
  ) {
    var generator = SeededGenerator(seed: seed)
    self.init(nin, nouts, hidden: hidden, output: output, using: &generator)
  }

  /// Creates a network over existing values, which become its parameters, in
  /// ``parameters()`` order: for each layer, for each neuron, its weights then its bias.
  ///
  /// Use it to load saved values, or to differentiate with respect to the parameters
  /// of a network built inside a function (as `checkGradients` needs).
  ///
  /// - Precondition: `parameters.count` is the parameter count of the shape.
  @inlinable
  public init(
    _ nin: Int, _ nouts: [Int], hidden: Nonlinearity = .relu, output: Nonlinearity = .linear,
    parameters: [Var<Scalar>]
  ) {
    MLP.checkShape(nin, nouts)
    let expected = MLP.parameterCount(nin, nouts)
    precondition(
      parameters.count == expected,
      "MLP(\(nin), \(nouts)) has \(expected) parameters, given \(parameters.count)")
    let sizes = [nin] + nouts
    var layers: [Layer<Scalar>] = []
    var next = 0
    for i in nouts.indices {
      let f = i == nouts.count - 1 ? output : hidden
      var neurons: [Neuron<Scalar>] = []
      for _ in 0..<sizes[i + 1] {
        let weights = Array(parameters[next..<next + sizes[i]])
        neurons.append(Neuron(weights: weights, bias: parameters[next + sizes[i]], nonlinearity: f))
        next += sizes[i] + 1
      }
      layers.append(Layer(neurons: neurons))
    }
    self.init(layers: layers)
  }

  /// Creates a network of the given layers.
  ///
  /// - Precondition: `layers` is not empty, and each layer takes as many inputs as
  ///   the one before has outputs.
  @inlinable
  public init(layers: [Layer<Scalar>]) {
    precondition(!layers.isEmpty, "an MLP needs at least one layer")
    for (a, b) in zip(layers, layers.dropFirst()) {
      precondition(
        b.inputCount == a.outputCount,
        "a layer with \(b.inputCount) inputs cannot follow one with \(a.outputCount) outputs")
    }
    self.layers = layers
    self.flatParameters = layers.flatMap { $0.parameters() }
  }

  /// The number of inputs.
  @inlinable
  public var inputCount: Int { layers[0].inputCount }

  /// The number of outputs.
  @inlinable
  public var outputCount: Int { layers[layers.count - 1].outputCount }

  /// The layer sizes, as given to `init` (`[16, 16, 1]`).
  @inlinable
  public var layerSizes: [Int] { layers.map(\.outputCount) }

  /// The forward pass, recorded in the graph: one `Var` per output.
  ///
  /// - Precondition: `x.count == inputCount`.
  @inlinable
  public func callAsFunction(_ x: [Var<Scalar>]) -> [Var<Scalar>] {
    var values = x
    for layer in layers { values = layer(values) }
    return values
  }

  /// The forward pass on plain inputs, which become leaves of the graph (as
  /// micrograd's `list(map(Value, x))`): one `Var` per output.
  ///
  /// - Precondition: `x.count == inputCount`.
  @inlinable
  public func callAsFunction(_ x: [Scalar]) -> [Var<Scalar>] {
    var leaves: [Var<Scalar>] = []
    leaves.reserveCapacity(x.count)
    for value in x { leaves.append(Var(value)) }
    return self(leaves)
  }

  /// The outputs as plain numbers, without recording a graph: for predictions and
  /// plots. Bit for bit the `data` of the recorded forward pass, and far cheaper.
  ///
  /// - Precondition: `x.count == inputCount`.
  @inlinable
  public func evaluate(_ x: [Scalar]) -> [Scalar] {
    ValueOnlyNetwork(layers)(x)
  }

  /// Every parameter: for each layer, for each neuron, its weights then its bias.
  @inlinable
  public func parameters() -> [Var<Scalar>] { flatParameters }

  /// The number of parameters of `MLP(nin, nouts)`: Σ (inputs + 1) · outputs.
  @inlinable
  public static func parameterCount(_ nin: Int, _ nouts: [Int]) -> Int {
    var total = 0
    var inputs = nin
    for n in nouts {
      total += (inputs + 1) * n
      inputs = n
    }
    return total
  }

  @inlinable
  static func checkShape(_ nin: Int, _ nouts: [Int]) {
    precondition(nin > 0, "an MLP needs at least one input, got \(nin)")
    precondition(!nouts.isEmpty, "an MLP needs at least one layer size")
    precondition(nouts.allSatisfy { $0 > 0 }, "every layer size must be positive, got \(nouts)")
  }
}

extension MLP: CustomStringConvertible {
  /// The shape in micrograd's words, such as `MLP(2, [16, 16, 1])`.
  public var description: String {
    "MLP(\(inputCount), \(layerSizes))"
  }
}

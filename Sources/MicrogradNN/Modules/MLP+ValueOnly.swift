import Micrograd

/// A network's parameter values, read once into `Primal`s neuron by neuron: the forward
/// pass of ``Neuron/forward(_:weights:bias:nonlinearity:)`` on plain numbers, with no
/// graph, for as many rows as needed (accuracy, predictions, plots).
@usableFromInline
struct ValueOnlyNetwork<Scalar: ScalarMath> {
  @usableFromInline
  struct Unit {
    @usableFromInline let weights: [Primal<Scalar>]
    @usableFromInline let bias: Primal<Scalar>
    @usableFromInline let nonlinearity: Nonlinearity

    @inlinable
    init(_ neuron: Neuron<Scalar>) {
      weights = neuron.weights.map { Primal($0.data) }
      bias = Primal(neuron.bias.data)
      nonlinearity = neuron.nonlinearity
    }
  }

  @usableFromInline let layers: [[Unit]]

  @inlinable
  init(_ layers: [Layer<Scalar>]) {
    self.layers = layers.map { $0.neurons.map { Unit($0) } }
  }

  /// The outputs at `x`, bit for bit the `data` of the recorded forward pass.
  @inlinable
  func callAsFunction(_ x: [Scalar]) -> [Scalar] {
    var result: [Scalar] = []
    forEachRow(of: [x]) { _, outputs in result = outputs.map(\.data) }
    return result
  }

  /// Runs the forward pass on each row of `rows` in turn, handing `body` the row's index
  /// and its outputs; two buffers serve every row and layer, so a row allocates nothing.
  @inlinable
  func forEachRow(
    of rows: [[Scalar]], _ body: (_ index: Int, _ outputs: [Primal<Scalar>]) -> Void
  ) {
    var values: [Primal<Scalar>] = []
    var outputs: [Primal<Scalar>] = []
    for (index, row) in rows.enumerated() {
      values.removeAll(keepingCapacity: true)
      for x in row { values.append(Primal(x)) }
      for layer in layers {
        outputs.removeAll(keepingCapacity: true)
        for unit in layer {
          outputs.append(
            Neuron.forward(
              values, weights: unit.weights, bias: unit.bias, nonlinearity: unit.nonlinearity))
        }
        swap(&values, &outputs)
      }
      body(index, values)
    }
  }
}

extension MLP {
  /// The outputs for each row of `rows` as plain numbers, without recording a graph:
  /// ``evaluate(_:)`` for many rows, with the parameters read once.
  ///
  /// - Precondition: every row has ``inputCount`` values.
  @inlinable
  public func evaluate(rows: [[Scalar]]) -> [[Scalar]] {
    var result: [[Scalar]] = []
    result.reserveCapacity(rows.count)
    ValueOnlyNetwork(layers).forEachRow(of: rows) { _, outputs in
      result.append(outputs.map(\.data))
    }
    return result
  }
}

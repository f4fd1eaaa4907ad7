import Micrograd

// The network a snapshot describes, run straight from its values: a `Sendable` model
// that any thread or task can differentiate, in any mode, with no `Var` shared.

extension MLPSnapshot {
  /// The network's outputs at `x`, with its parameters given as values of any mode, in
  /// ``MLP/parameters()`` order: the same numbers as the `MLP` the snapshot came from.
  ///
  /// Differentiate with respect to the parameters by passing them as the variables:
  ///
  /// ```swift
  /// let snapshot = model.snapshot   // Sendable: shape and parameter values
  /// let g = gradient(of: { p in snapshot([0.5, -0.2], parameters: p)[0] },
  ///                  at: snapshot.parameters)
  /// ```
  ///
  /// - Precondition: `x` has ``inputs`` values and `parameters` has as many values as
  ///   the shape needs.
  @inlinable
  public func callAsFunction<V: DifferentiableScalar>(
    _ x: [Double], parameters: [V]
  ) -> [V] where V.Scalar: ScalarMath {
    self(x.map { V(V.Scalar($0)) }, parameters: parameters)
  }

  /// The network's outputs at inputs `x` of any mode, with its parameters given as
  /// values of the same mode, in ``MLP/parameters()`` order.
  ///
  /// - Precondition: `x` has ``inputs`` values and `parameters` has as many values as
  ///   the shape needs.
  @inlinable
  public func callAsFunction<V: DifferentiableScalar>(
    _ x: [V], parameters: [V]
  ) -> [V] where V.Scalar: ScalarMath {
    precondition(x.count == inputs, "the network takes \(inputs) inputs, given \(x.count)")
    precondition(
      parameters.count == MLPSnapshot.parameterCount(inputs, layers),
      "MLP(\(inputs), \(layers)) has \(MLPSnapshot.parameterCount(inputs, layers) ?? 0) "
        + "parameters, given \(parameters.count)")
    var values = x
    var next = 0
    for (index, size) in layers.enumerated() {
      let nonlinearity = index == layers.count - 1 ? output : hidden
      let fanIn = values.count
      var outputs: [V] = []
      outputs.reserveCapacity(size)
      for _ in 0..<size {
        outputs.append(
          Neuron<V.Scalar>.forward(
            values, weights: Array(parameters[next..<next + fanIn]), bias: parameters[next + fanIn],
            nonlinearity: nonlinearity))
        next += fanIn + 1
      }
      values = outputs
    }
    return values
  }

  /// The network's outputs at `x` with the snapshot's own parameter values as
  /// constants: differentiate with respect to the inputs.
  ///
  /// ```swift
  /// let slope = gradient(of: { x in snapshot(x)[0] }, at: [0.5, -0.2])
  /// ```
  @inlinable
  public func callAsFunction<V: DifferentiableScalar>(_ x: [V]) -> [V]
  where V.Scalar: ScalarMath {
    self(x, parameters: parameters.map { V(V.Scalar($0)) })
  }
}

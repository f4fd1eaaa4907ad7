extension LBFGS {
  /// Runs one step over `parameters`, as PyTorch's `optimizer.step(closure)`: `loss`
  /// rebuilds the loss from the parameters' current `data` each time it is called.
  ///
  /// ```swift
  /// var optimizer = LBFGS<Double>(lineSearch: .strongWolfe)
  /// optimizer.step(model.parameters()) { model.loss(on: data) }
  /// ```
  ///
  /// Each evaluation sets the parameters' `data`, zeroes their `grad`, calls `loss` and
  /// back-propagates it; after the step the parameters hold the new point (and the
  /// gradients of the last evaluation).
  ///
  /// - Returns: The loss before the step.
  @inlinable
  @discardableResult
  public mutating func step(_ parameters: [Var<T>], loss: () -> Var<T>) -> T {
    var point = parameters.map(\.data)
    let value = step(&point) { x in
      for (p, value) in zip(parameters, x) {
        p.data = value
        p.grad = 0
      }
      let output = loss()
      output.backward()
      return (output.data, parameters.map(\.grad))
    }
    for (p, value) in zip(parameters, point) { p.data = value }
    return value
  }

  /// Runs one step of a function of n scalars from `point`, moving it; the gradients
  /// come from ``valueWithGradient(of:at:)-(([Tracer<T>])->Tracer<T>,_)``.
  ///
  /// ```swift
  /// var point = [-1.5, 2.0]
  /// var optimizer = LBFGS<Double>(lineSearch: .strongWolfe)
  /// optimizer.step(&point, of: rosenbrock)
  /// ```
  ///
  /// - Returns: The value at the point the step started from.
  @inlinable
  @discardableResult
  public mutating func step(_ point: inout [T], of f: ([Tracer<T>]) -> Tracer<T>) -> T
  where T: SIMDScalar {
    step(&point) { valueWithGradient(of: f, at: $0) }
  }
}

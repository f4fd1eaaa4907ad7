import Micrograd

/// The function a ``Neuron`` applies to its weighted sum.
public enum Nonlinearity: String, Sendable, Hashable, Codable, CaseIterable {
  /// max(0, x): micrograd's hidden layers.
  case relu
  /// tanh x: the lecture's neuron.
  case tanh
  /// x unchanged: micrograd's output layer, which gives a score.
  case linear

  /// Applies the function to a value of any mode: its op (`Ops.ReLU`, `Ops.Tanh`), or
  /// the value itself for ``linear``. The one place the choice is made.
  @inlinable
  public func applied<V: DifferentiableScalar>(to x: V) -> V where V.Scalar: ScalarMath {
    switch self {
    case .relu: x.relu()
    case .tanh: x.tanh()
    case .linear: x
    }
  }

  /// Applies the function to a value, recording it in the graph.
  @inlinable
  public func callAsFunction<T: ScalarMath>(_ x: Var<T>) -> Var<T> { applied(to: x) }

  /// Applies the function to a plain number: the op's own value, run on a `Primal`.
  @inlinable
  public func callAsFunction<T: ScalarMath>(_ x: T) -> T { applied(to: Primal(x)).data }
}

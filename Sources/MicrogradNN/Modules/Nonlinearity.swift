import Micrograd

/// The function a ``Neuron`` applies to its weighted sum.
public enum Nonlinearity: String, Sendable, Hashable, Codable, CaseIterable {
  /// max(0, x): micrograd's hidden layers.
  case relu
  /// tanh x: the lecture's neuron.
  case tanh
  /// x unchanged: micrograd's output layer, which gives a score.
  case linear

  /// Applies the function to a value, recording it in the graph.
  @inlinable
  public func callAsFunction<T: ScalarMath>(_ x: Var<T>) -> Var<T> {
    switch self {
    case .relu: x.relu()
    case .tanh: x.tanh()
    case .linear: x
    }
  }

  /// Applies the function to a plain number, with the same arithmetic as the graph ops.
  @inlinable
  public func callAsFunction<T: ScalarMath>(_ x: T) -> T {
    switch self {
    case .relu: x > 0 || x.isNaN ? x : 0
    case .tanh: T.tanh(x)
    case .linear: x
    }
  }
}

import Micrograd

/// One neuron: a weighted sum of its inputs plus a bias, passed through a
/// ``Nonlinearity``.
///
/// ```
/// out = f(w · x + b)
/// ```
///
/// As in micrograd's `nn.py`, the weights are drawn uniform in [−1, 1] and the bias
/// starts at 0. The weighted sum is one fused `Var.dot` node, so a neuron adds three
/// nodes to the graph (dot, + b, f) however many inputs it has.
///
/// A `Neuron` is a value type over `Var`s, which are references: a copy shares its
/// parameters with the original, as a second Python name for the same object would.
public struct Neuron<Scalar: ScalarMath>: Module {
  /// The weights, one per input.
  public let weights: [Var<Scalar>]
  /// The bias b, added to the weighted sum; it starts at 0.
  public let bias: Var<Scalar>
  /// The function applied to the weighted sum.
  public let nonlinearity: Nonlinearity

  /// Creates a neuron with `inputs` weights drawn uniform in [−1, 1] from `generator`,
  /// and a zero bias.
  ///
  /// - Precondition: `inputs > 0`.
  @inlinable
  public init(
    inputs: Int, nonlinearity: Nonlinearity = .relu,
    using generator: inout some RandomNumberGenerator
  ) {
    precondition(inputs > 0, "a neuron needs at least one input, got \(inputs)")
    var weights: [Var<Scalar>] = []
    weights.reserveCapacity(inputs)
    for _ in 0..<inputs {
      weights.append(Var(Scalar(generator.nextUniform(-1, 1))))
    }
    self.init(weights: weights, bias: Var(0), nonlinearity: nonlinearity)
  }

  /// Creates a neuron over existing values, which become its parameters.
  ///
  /// - Precondition: `weights` is not empty.
  @inlinable
  public init(weights: [Var<Scalar>], bias: Var<Scalar>, nonlinearity: Nonlinearity) {
    precondition(!weights.isEmpty, "a neuron needs at least one weight")
    self.weights = weights
    self.bias = bias
    self.nonlinearity = nonlinearity
  }

  /// The number of inputs the neuron takes.
  @inlinable
  public var inputCount: Int { weights.count }

  /// The forward pass, f(w · x + b), recorded in the graph.
  ///
  /// - Precondition: `x.count == inputCount`.
  @inlinable
  public func callAsFunction(_ x: [Var<Scalar>]) -> Var<Scalar> {
    Neuron.forward(x, weights: weights, bias: bias, nonlinearity: nonlinearity)
  }

  /// The forward pass on plain numbers, without a graph: the same value as
  /// `self(x.map { Var($0) }).data`, bit for bit.
  ///
  /// - Precondition: `x.count == inputCount`.
  @inlinable
  public func evaluate(_ x: [Scalar]) -> Scalar {
    Neuron.forward(
      x.map { Primal($0) }, weights: weights.map { Primal($0.data) }, bias: Primal(bias.data),
      nonlinearity: nonlinearity
    ).data
  }

  /// A neuron's forward pass, f(w · x + b), in any mode: recorded with `Var`, value-only
  /// with `Primal`, forward mode with `Dual`. The one place the formula is written; every
  /// module, snapshot and value-only pass runs it.
  ///
  /// - Precondition: `x.count == weights.count`.
  @inlinable @inline(__always)
  public static func forward<V: DifferentiableScalar>(
    _ x: [V], weights: [V], bias: V, nonlinearity: Nonlinearity
  ) -> V where V.Scalar == Scalar {
    precondition(
      x.count == weights.count, "neuron with \(weights.count) inputs given \(x.count) values")
    return nonlinearity.applied(to: V.dot(weights, x) + bias)
  }

  /// The weights followed by the bias.
  @inlinable
  public func parameters() -> [Var<Scalar>] { weights + [bias] }
}

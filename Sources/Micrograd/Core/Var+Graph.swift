// Inspection of the graph: what produced a value, and from what.

extension Var {
  /// Whether this value is a leaf: an input or parameter, not the result of an op.
  @inlinable
  public var isLeaf: Bool { node.arity == .leaf }

  /// The name of the op that produced this value, such as `"*"` or `"tanh"`;
  /// empty for a leaf.
  public var operation: String {
    type(of: node).operationName
  }

  /// The values this one was computed from, in the op's argument order
  /// (micrograd's `_prev`, but ordered, and with repeats: `a * a` lists `a` twice).
  public var inputs: [Var<T>] {
    var result: [Var<T>] = []
    result.reserveCapacity(node.inputCount)
    node.forEachInput { input, _ in result.append(Var(node: input.takeUnretainedValue())) }
    return result
  }

  /// The local partial derivative of this value with respect to each of ``inputs``,
  /// as the op computed it during the forward pass.
  public var localGradients: [T] {
    var result: [T] = []
    result.reserveCapacity(node.inputCount)
    node.forEachInput { _, partial in result.append(partial) }
    return result
  }
}

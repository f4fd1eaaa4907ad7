// Recording an op in the graph: the three `Differentiable.apply` requirements.
// The op runs once, here; its partials are stored in the new node.

extension Var: Differentiable {
  /// Applies a one-input op to `x`, recording it in the graph.
  @inlinable @inline(__always)
  public static func apply<Op: UnaryLocalGradient>(_ op: Op, _ x: Self) -> Self
  where Op.Scalar == T {
    let (value, dx) = op.forward(x.node.data)
    // (Decided at compile time, for each op type.)
    if Op.self == Ops.Scale<T>.self {
      return Var(node: ScaleNode(data: value, input: x.node, partial: dx))
    }
    return Var(node: UnaryOpNode(op, data: value, input: x.node, partial: dx))
  }

  /// Applies a two-input op to `x` and `y`, recording it in the graph.
  @inlinable @inline(__always)
  public static func apply<Op: BinaryLocalGradient>(_ op: Op, _ x: Self, _ y: Self) -> Self
  where Op.Scalar == T {
    let (value, dx, dy) = op.forward(x.node.data, y.node.data)
    return Var(node: BinaryOpNode(op, data: value, lhs: x.node, rhs: y.node, partials: (dx, dy)))
  }

  /// Applies an n-input op to `inputs`, recording it in the graph.
  ///
  /// - Precondition: the op returns one partial derivative per input.
  @inlinable
  public static func apply<Op: NaryLocalGradient>(_ op: Op, _ inputs: [Self]) -> Self
  where Op.Scalar == T {
    let (value, partials) = op.forward(inputs.map { $0.node.data })
    precondition(
      partials.count == inputs.count,
      "\(Op.name) returned \(partials.count) partial derivatives for \(inputs.count) inputs")
    return Var(node: NaryOpNode(op, data: value, retaining: inputs, partials: partials))
  }
}

// The one place where the graph hands its ops to another mode. A node's class knows its
// op (`Node+Op.swift`); a recorder, such as the compiled tape's builder, is told each op
// with its inputs and decides what to do with it. The graph knows nothing of tapes.

/// Receives the ops of a graph, one node at a time, each after the nodes it reads.
@usableFromInline
protocol OpRecorder {
  /// The scalar type of the graph.
  associatedtype T: BinaryFloatingPoint

  /// Records a one-input op.
  mutating func record<Op: UnaryLocalGradient>(_ op: Op, input: Unmanaged<Node<T>>)
  where Op.Scalar == T

  /// Records a two-input op.
  mutating func record<Op: BinaryLocalGradient>(
    _ op: Op, lhs: Unmanaged<Node<T>>, rhs: Unmanaged<Node<T>>
  ) where Op.Scalar == T

  /// Records an n-input op.
  mutating func record<Op: NaryLocalGradient>(_ op: Op, inputs: [Unmanaged<Node<T>>])
  where Op.Scalar == T
}

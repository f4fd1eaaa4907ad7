// The op of a node is its class: `UnaryOpNode<Double, Ops.Tanh<Double>>` is a tanh
// node. A compiled tape runs the op's own `forward` again, so the node keeps the op,
// with its constants (the factor of `x * 2`, the exponent of `pow`, a custom op's stored
// properties). An op without stored properties (`Ops.Tanh`, `Ops.Add`, most ops) has
// size 0, so keeping it costs nothing: such nodes keep their 64 or 80 bytes. One class
// per arity serves every op, but for `Ops.Scale` (`x * 2`): its factor is its partial
// derivative, so `ScaleNode` rebuilds the op from that and stays at 64 bytes (keeping
// the factor made a chain of `(y * 0.5).tanh() * 2` 30% slower to build, W3).
//
// The engine's hot paths only ever look at the arity classes above these.

/// A one-input node produced by the op `Op`, which it keeps.
@usableFromInline
final class UnaryOpNode<T, Op: UnaryLocalGradient>: UnaryNode<T> where Op.Scalar == T {
  /// The op, with its constants.
  @usableFromInline let op: Op

  @inlinable
  init(_ op: Op, data: T, input: Node<T>, partial: T) {
    self.op = op
    super.init(data: data, input: input, partial: partial)
  }

  @usableFromInline
  override class var operationName: String { Op.name }

  @usableFromInline
  override func record<Recorder: OpRecorder>(into recorder: inout Recorder)
  where Recorder.T == T {
    recorder.record(op, input: input)
  }
}

/// A node of ``Ops/Scale``, `x * c`: the factor c is its partial derivative, so it is
/// not stored twice.
@usableFromInline
final class ScaleNode<T: BinaryFloatingPoint>: UnaryNode<T> {
  @usableFromInline
  override class var operationName: String { Ops.Scale<T>.name }

  @usableFromInline
  override func record<Recorder: OpRecorder>(into recorder: inout Recorder)
  where Recorder.T == T {
    recorder.record(Ops.Scale(by: partial), input: input)
  }
}

/// A two-input node produced by the op `Op`, which it keeps.
@usableFromInline
final class BinaryOpNode<T, Op: BinaryLocalGradient>: BinaryNode<T> where Op.Scalar == T {
  /// The op, with its constants.
  @usableFromInline let op: Op

  @inlinable
  init(_ op: Op, data: T, lhs: Node<T>, rhs: Node<T>, partials: (T, T)) {
    self.op = op
    super.init(data: data, lhs: lhs, rhs: rhs, partials: partials)
  }

  @usableFromInline
  override class var operationName: String { Op.name }

  @usableFromInline
  override func record<Recorder: OpRecorder>(into recorder: inout Recorder)
  where Recorder.T == T {
    recorder.record(op, lhs: lhs, rhs: rhs)
  }
}

/// An n-input node produced by the op `Op`, which it keeps.
@usableFromInline
final class NaryOpNode<T, Op: NaryLocalGradient>: NaryNode<T> where Op.Scalar == T {
  /// The op, with its constants.
  @usableFromInline let op: Op

  @inlinable
  init(_ op: Op, data: T, retaining inputs: [Var<T>], partials: [T]) {
    self.op = op
    super.init(data: data, retaining: inputs, partials: partials)
  }

  @inlinable
  init(_ op: Op, data: T, retained inputs: [Unmanaged<Node<T>>], partials: [T]) {
    self.op = op
    super.init(data: data, retained: inputs, partials: partials)
  }

  @usableFromInline
  override class var operationName: String { Op.name }

  @usableFromInline
  override func record<Recorder: OpRecorder>(into recorder: inout Recorder)
  where Recorder.T == T {
    recorder.record(op, inputs: inputs)
  }
}

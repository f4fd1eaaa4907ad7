// The op of a node is its class: `UnaryOpNode<Double, Ops.Tanh<Double>>` is a tanh
// node, and the node keeps the op itself, with its constants (the factor of `x * 2`,
// the exponent of `pow`, a custom op's stored properties), so that a compiled tape
// can run the op's own `forward` again. An op without stored properties costs no
// memory; the engine's hot paths only ever look at the arity classes above these.

/// A one-input node produced by the op `Op`.
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
  override class var tapeKind: _TapeKind { Op._tapeKind }

  @usableFromInline
  override func record(into builder: inout TapeBuilder<T>) {
    let kind = Op._tapeKind
    builder.appendUnary(
      kind, op._tapeConstant, input: input, box: kind == .custom ? TapeUnaryOpBox(op) : nil)
  }
}

/// A two-input node produced by the op `Op`.
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
  override class var tapeKind: _TapeKind { Op._tapeKind }

  @usableFromInline
  override func record(into builder: inout TapeBuilder<T>) {
    let kind = Op._tapeKind
    builder.appendBinary(
      kind, lhs: lhs, rhs: rhs, box: kind == .custom ? TapeBinaryOpBox(op) : nil)
  }
}

/// An n-input node produced by the op `Op`.
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
  override class var tapeKind: _TapeKind { Op._tapeKind }

  @usableFromInline
  override func record(into builder: inout TapeBuilder<T>) {
    let kind = Op._tapeKind
    builder.appendNary(kind, inputs: inputs, box: kind == .custom ? TapeNaryOpBox(op) : nil)
  }
}

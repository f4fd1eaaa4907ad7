// The op of a node is its class: `UnaryOpNode<Double, Ops.Tanh<Double>>` is a tanh
// node. A compiled tape runs the op's own `forward` again, so the node must give the op
// back, with its constants (the factor of `x * 2`, the exponent of `pow`, a custom op's
// stored properties):
//
// - an op without stored properties (`Ops.Tanh`, `Ops.Add`, most ops) is rebuilt from
//   its type alone, and `Ops.Scale`'s factor is its stored partial: these nodes store
//   nothing more, and keep their 64 bytes;
// - every other op is stored in the node (`…StoredOpNode`), which costs its size.
//
// The engine's hot paths only ever look at the arity classes above these.

extension LocalGradient {
  /// An instance of an op type without stored properties, which has only one value.
  @inlinable
  static var stateless: Self {
    precondition(MemoryLayout<Self>.size == 0, "\(Self.self) has stored properties")
    return withUnsafeTemporaryAllocation(of: Self.self, capacity: 1) { $0.baseAddress!.pointee }
  }

  /// Whether a node can give this op back without storing it: it has no stored
  /// properties, or it is ``Ops/Scale``, whose factor is its partial derivative.
  @inlinable
  static var isRebuiltFromNode: Bool { MemoryLayout<Self>.size == 0 || _tapeKind == .scale }
}

/// A one-input node produced by the op `Op`, which has no stored properties or is
/// `Ops.Scale`.
@usableFromInline
final class UnaryOpNode<T, Op: UnaryLocalGradient>: UnaryNode<T> where Op.Scalar == T {
  @usableFromInline
  override class var operationName: String { Op.name }

  @usableFromInline
  override class var tapeKind: _TapeKind { Op._tapeKind }

  @usableFromInline
  override func record(into builder: inout TapeBuilder<T>) {
    let kind = Op._tapeKind
    builder.appendUnary(
      kind, kind == .scale ? partial : 0, input: input,
      box: kind == .custom ? TapeUnaryOpBox(Op.stateless) : nil)
  }
}

/// A one-input node that stores its op `Op`.
@usableFromInline
final class UnaryStoredOpNode<T, Op: UnaryLocalGradient>: UnaryNode<T> where Op.Scalar == T {
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

/// A two-input node produced by the op `Op`, which has no stored properties.
@usableFromInline
final class BinaryOpNode<T, Op: BinaryLocalGradient>: BinaryNode<T> where Op.Scalar == T {
  @usableFromInline
  override class var operationName: String { Op.name }

  @usableFromInline
  override class var tapeKind: _TapeKind { Op._tapeKind }

  @usableFromInline
  override func record(into builder: inout TapeBuilder<T>) {
    let kind = Op._tapeKind
    builder.appendBinary(
      kind, lhs: lhs, rhs: rhs, box: kind == .custom ? TapeBinaryOpBox(Op.stateless) : nil)
  }
}

/// A two-input node that stores its op `Op`.
@usableFromInline
final class BinaryStoredOpNode<T, Op: BinaryLocalGradient>: BinaryNode<T>
where Op.Scalar == T {
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

/// An n-input node produced by the op `Op`, which has no stored properties.
@usableFromInline
final class NaryOpNode<T, Op: NaryLocalGradient>: NaryNode<T> where Op.Scalar == T {
  @usableFromInline
  override class var operationName: String { Op.name }

  @usableFromInline
  override class var tapeKind: _TapeKind { Op._tapeKind }

  @usableFromInline
  override func record(into builder: inout TapeBuilder<T>) {
    let kind = Op._tapeKind
    builder.appendNary(
      kind, inputs: inputs, box: kind == .custom ? TapeNaryOpBox(Op.stateless) : nil)
  }
}

/// An n-input node that stores its op `Op`.
@usableFromInline
final class NaryStoredOpNode<T, Op: NaryLocalGradient>: NaryNode<T> where Op.Scalar == T {
  /// The op, with its constants.
  @usableFromInline let op: Op

  @inlinable
  init(_ op: Op, data: T, retaining inputs: [Var<T>], partials: [T]) {
    self.op = op
    super.init(data: data, retaining: inputs, partials: partials)
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

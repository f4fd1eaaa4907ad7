// The op of a node is its class: `UnaryOpNode<Double, Ops.Tanh<Double>>` is a tanh
// node. These subclasses add no stored properties, so naming the op costs no memory;
// the engine's hot paths only ever look at the arity classes above them.

/// A one-input node produced by the op `Op`.
@usableFromInline
final class UnaryOpNode<T, Op: UnaryLocalGradient>: UnaryNode<T> where Op.Scalar == T {
  @inlinable
  override init(data: T, input: Node<T>, partial: T) {
    super.init(data: data, input: input, partial: partial)
  }

  @usableFromInline
  override class var operationName: String { Op.name }
}

/// A two-input node produced by the op `Op`.
@usableFromInline
final class BinaryOpNode<T, Op: BinaryLocalGradient>: BinaryNode<T> where Op.Scalar == T {
  @inlinable
  override init(data: T, lhs: Node<T>, rhs: Node<T>, partials: (T, T)) {
    super.init(data: data, lhs: lhs, rhs: rhs, partials: partials)
  }

  @usableFromInline
  override class var operationName: String { Op.name }
}

/// An n-input node produced by the op `Op`.
@usableFromInline
final class NaryOpNode<T, Op: NaryLocalGradient>: NaryNode<T> where Op.Scalar == T {
  @inlinable
  override init(data: T, retaining inputs: [Var<T>], partials: [T]) {
    super.init(data: data, retaining: inputs, partials: partials)
  }

  @inlinable
  override init(data: T, retained inputs: [Unmanaged<Node<T>>], partials: [T]) {
    super.init(data: data, retained: inputs, partials: partials)
  }

  @usableFromInline
  override class var operationName: String { Op.name }
}

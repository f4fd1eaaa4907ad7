/// The reference-counted storage of one value in a computation graph.
///
/// A `Var` is a thin value type over one `Node`. Nodes are immutable in shape: the
/// inputs and the local partial derivatives are fixed when the node is created, so
/// backward never calls back into op code. It only runs
/// `input.grad += partial * node.grad`.
///
/// The class is subclassed by arity so that each node stores only what it needs:
///
/// | class        | stores                               | bytes (Double) |
/// |--------------|--------------------------------------|----------------|
/// | `Node`       | a leaf: data, grad, op, label, flags | 64             |
/// | `UnaryNode`  | + one input and its partial          | 80             |
/// | `BinaryNode` | + two inputs and their partials      | 96             |
/// | `NaryNode`   | + arrays of inputs and partials      | 80 + arrays    |
///
/// (Sizes are malloc chunks on 64-bit Linux.) Every stored property is `final`, so
/// reads and writes are direct; `@exclusivity(unchecked)` removes the dynamic
/// exclusivity checks that would otherwise triple the cost of the hot loops. The
/// engine never holds an `inout` access to a node's field across a call, so the
/// checks have nothing to find.
@usableFromInline
class Node<T: BinaryFloatingPoint> {
  /// The value computed by the forward pass.
  @exclusivity(unchecked) @usableFromInline final var data: T
  /// The accumulated derivative of every output back-propagated through this node.
  @exclusivity(unchecked) @usableFromInline final var grad: T
  /// The op that produced this node: a `LocalGradient` type, or `Leaf.self`.
  @usableFromInline final let op: Any.Type
  /// The node's label, boxed so that unlabelled nodes pay one word for it.
  @exclusivity(unchecked) @usableFromInline final var labelBox: LabelBox?
  /// How many inputs the node has, and so which subclass it is; `.leaf` once the
  /// inputs have been released.
  @exclusivity(unchecked) @usableFromInline final var arity: Arity
  /// Scratch mark for graph traversals; always `false` between traversals.
  @exclusivity(unchecked) @usableFromInline final var isMarked: Bool

  @inlinable
  init(data: T, op: Any.Type, arity: Arity) {
    self.data = data
    self.grad = 0
    self.op = op
    self.labelBox = nil
    self.arity = arity
    self.isMarked = false
  }
}

/// The number of inputs a node has, which tells the engine its concrete class.
@usableFromInline
enum Arity: UInt8 {
  case leaf, unary, binary, nary
}

/// A node's label, stored out of line because most nodes have none.
@usableFromInline
final class LabelBox {
  @usableFromInline var text: String
  @inlinable init(_ text: String) { self.text = text }
}

/// The stand-in op of a leaf: a value that no op produced.
@usableFromInline
enum Leaf {}

// Inputs are held as `Unmanaged` references that own one retain each, taken in
// `init` and given back exactly once by `detachInputs(into:)`. Reading an input is
// then a plain pointer load: the topological sort and the backward sweep do no
// reference counting at all.

/// A node with one input and the local derivative with respect to it.
@usableFromInline
final class UnaryNode<T: BinaryFloatingPoint>: Node<T> {
  @usableFromInline final let input: Unmanaged<Node<T>>
  @usableFromInline final let partial: T

  @inlinable
  init(data: T, op: Any.Type, input: Node<T>, partial: T) {
    self.input = .passRetained(input)
    self.partial = partial
    super.init(data: data, op: op, arity: .unary)
  }

  deinit { releaseInputsIteratively() }
}

/// A node with two inputs and the local partial derivatives with respect to each.
@usableFromInline
final class BinaryNode<T: BinaryFloatingPoint>: Node<T> {
  @usableFromInline final let lhs: Unmanaged<Node<T>>
  @usableFromInline final let rhs: Unmanaged<Node<T>>
  @usableFromInline final let lhsPartial: T
  @usableFromInline final let rhsPartial: T

  @inlinable
  init(data: T, op: Any.Type, lhs: Node<T>, rhs: Node<T>, partials: (T, T)) {
    self.lhs = .passRetained(lhs)
    self.rhs = .passRetained(rhs)
    self.lhsPartial = partials.0
    self.rhsPartial = partials.1
    super.init(data: data, op: op, arity: .binary)
  }

  deinit { releaseInputsIteratively() }
}

/// A node with any number of inputs, for n-ary ops such as `sum`.
@usableFromInline
final class NaryNode<T: BinaryFloatingPoint>: Node<T> {
  @usableFromInline final let inputs: [Unmanaged<Node<T>>]
  @usableFromInline final let partials: [T]

  /// A node whose inputs are the values of `a` followed by those of `b`, without
  /// building the concatenated list first (for `Var.dot`).
  @inlinable
  init(data: T, op: Any.Type, retaining a: [Var<T>], _ b: [Var<T>], partials: [T]) {
    var inputs = [Unmanaged<Node<T>>]()
    inputs.reserveCapacity(a.count + b.count)
    for v in a { inputs.append(.passRetained(v.node)) }
    for v in b { inputs.append(.passRetained(v.node)) }
    self.inputs = inputs
    self.partials = partials
    super.init(data: data, op: op, arity: .nary)
  }

  /// A node whose inputs are the values in `inputs`, each retained once.
  @inlinable
  init(data: T, op: Any.Type, retaining inputs: [Var<T>], partials: [T]) {
    self.inputs = inputs.map { .passRetained($0.node) }
    self.partials = partials
    super.init(data: data, op: op, arity: .nary)
  }

  deinit { releaseInputsIteratively() }
}

/// The reference-counted storage of one value in a computation graph.
///
/// A `Var` is a thin value type over one `Node`. Nodes are immutable in shape: the
/// inputs and the local partial derivatives are fixed when the node is created, so
/// backward never calls back into op code. It only runs
/// `input.grad += partial * node.grad`.
///
/// The class is subclassed by arity so that each node stores only what it needs,
/// and once more by op (`UnaryOpNode<T, Op>`, which keeps the op: nothing for an op
/// without stored properties, its constants otherwise), so that the op is known from the
/// node's class:
///
/// | class                          | stores                          | bytes (Double) |
/// |--------------------------------|---------------------------------|----------------|
/// | `Node`                         | a leaf: flags and label, data, grad | 48         |
/// | `UnaryNode` / `UnaryOpNode`    | + one input and its partial     | 64             |
/// | `BinaryNode` / `BinaryOpNode`  | + two inputs and their partials | 80             |
/// | `NaryNode` / `NaryOpNode`      | + arrays of inputs and partials | 64 + arrays    |
///
/// (Sizes are malloc chunks on 64-bit Linux: the object plus 8, rounded up to 16.)
/// Every stored property is `final`, so reads and writes are direct;
/// `@exclusivity(unchecked)` removes the dynamic exclusivity checks that would
/// otherwise triple the cost of the hot loops. The engine never holds an `inout`
/// access to a node's field across a call, so the checks have nothing to find.
@usableFromInline
class Node<T: BinaryFloatingPoint> {
  /// The arity, the traversal mark and the label, packed into one word (see
  /// `Node+Flags.swift`). It comes first so that its offset is the same for every
  /// `T`: the unspecialized code of a generic deinit reads it directly.
  @exclusivity(unchecked) @usableFromInline final var flags: UInt
  /// The value computed by the forward pass.
  @exclusivity(unchecked) @usableFromInline final var data: T
  /// The accumulated derivative of every output back-propagated through this node.
  @exclusivity(unchecked) @usableFromInline final var grad: T

  @inlinable
  init(data: T, arity: Arity) {
    self.flags = UInt(arity.rawValue)
    self.data = data
    self.grad = 0
  }

  deinit { releaseLabel() }

  /// The name of the op that produced this node; empty for a leaf.
  @usableFromInline
  class var operationName: String { "" }

  /// Hands this node's op, with its inputs, to `recorder` (a mode that runs the ops
  /// again, such as the compiled tape). Only the op classes (`Node+Op.swift`) are
  /// interior nodes, and they override it.
  @usableFromInline
  func record<Recorder: OpRecorder>(into recorder: inout Recorder) where Recorder.T == T {
    preconditionFailure("a node of class \(type(of: self)) has no op to record")
  }
}

/// The number of inputs a node has, which tells the engine its concrete class.
@usableFromInline
enum Arity: UInt8 {
  case leaf, unary, binary, nary
}

// Inputs are held as `Unmanaged` references that own one retain each, taken in `init`
// and given back exactly once by the release walk (`Core/Node+Release.swift`). Reading
// an input is then a plain pointer load: the topological sort and the backward sweep do
// no reference counting at all.

/// A node with one input and the local derivative with respect to it.
@usableFromInline
class UnaryNode<T: BinaryFloatingPoint>: Node<T> {
  @usableFromInline final let input: Unmanaged<Node<T>>
  @usableFromInline final let partial: T

  @inlinable
  init(data: T, input: Node<T>, partial: T) {
    self.input = .passRetained(input)
    self.partial = partial
    super.init(data: data, arity: .unary)
  }

  deinit {
    if arity != .leaf { releaseInputsIteratively() }
  }
}

/// A node with two inputs and the local partial derivatives with respect to each.
@usableFromInline
class BinaryNode<T: BinaryFloatingPoint>: Node<T> {
  @usableFromInline final let lhs: Unmanaged<Node<T>>
  @usableFromInline final let rhs: Unmanaged<Node<T>>
  @usableFromInline final let lhsPartial: T
  @usableFromInline final let rhsPartial: T

  @inlinable
  init(data: T, lhs: Node<T>, rhs: Node<T>, partials: (T, T)) {
    self.lhs = .passRetained(lhs)
    self.rhs = .passRetained(rhs)
    self.lhsPartial = partials.0
    self.rhsPartial = partials.1
    super.init(data: data, arity: .binary)
  }

  deinit {
    if arity != .leaf { releaseInputsIteratively() }
  }
}

/// A node with any number of inputs, for n-ary ops such as `sum`.
@usableFromInline
class NaryNode<T: BinaryFloatingPoint>: Node<T> {
  @usableFromInline final let inputs: [Unmanaged<Node<T>>]
  @usableFromInline final let partials: [T]

  /// A node whose inputs are the values in `inputs`, each retained once.
  @inlinable
  init(data: T, retaining inputs: [Var<T>], partials: [T]) {
    self.inputs = inputs.map { .passRetained($0.node) }
    self.partials = partials
    super.init(data: data, arity: .nary)
  }

  /// A node over inputs that have been retained once each for it.
  @inlinable
  init(data: T, retained inputs: [Unmanaged<Node<T>>], partials: [T]) {
    self.inputs = inputs
    self.partials = partials
    super.init(data: data, arity: .nary)
  }

  deinit {
    if arity != .leaf { releaseInputsIteratively() }
  }
}

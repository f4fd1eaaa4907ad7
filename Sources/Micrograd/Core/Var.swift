/// A scalar that remembers how it was computed, so that `backward()` can compute
/// the derivative of a result with respect to everything it depends on.
///
/// `Var` is micrograd's `Value`. It is a value type over a reference-counted
/// graph node: copying a `Var` copies a reference, and two copies are the same
/// node of the graph. That is why `data` and `grad` can be set through a `let`:
///
/// ```swift
/// let a = Var(-4.0, label: "a")
/// let b = Var(2.0, label: "b")
/// let c = a * b + b.pow(3)
/// c.backward()
/// print(c.data, a.grad, b.grad)  // 0.0 2.0 8.0
///
/// for p in [a, b] { p.data -= 0.01 * p.grad }
/// ```
///
/// The ops are defined in extensions of ``DifferentiableScalar``, each by a
/// ``LocalGradient`` conformance. A graph is freed when its last `Var` goes away,
/// without recursion, however deep it is.
@frozen
public struct Var<T: BinaryFloatingPoint> {
  @usableFromInline let node: Node<T>

  @inlinable @inline(__always)
  init(node: Node<T>) {
    self.node = node
  }

  /// Creates a leaf: a value that no op produced, such as an input or a parameter.
  @inlinable
  public init(_ data: T) {
    node = Node(data: data, arity: .leaf)
  }

  /// Creates a leaf with a label: a value that no op produced, such as a parameter.
  ///
  /// - Parameters:
  ///   - data: The value.
  ///   - label: A name shown in descriptions and graph drawings.
  @inlinable
  public init(_ data: T, label: String = "") {
    node = Node(data: data, arity: .leaf)
    if !label.isEmpty { node.label = label }
  }

  /// The value computed by the forward pass.
  ///
  /// Setting it changes the node in place (as an optimiser step does); it does not
  /// recompute values that were computed from it.
  ///
  /// While ``Tape/init(policy:recording:)`` records a closure, reading `data` of a value
  /// an op computed is logged (``Tape/dataReads``) and checked at every replay, because
  /// a branch taken on it is invisible to the tape. Reading a leaf is never logged.
  @inlinable
  public var data: T {
    get {
      if node.arity != .leaf { Recording.noteRead(of: node) }
      return node.data
    }
    nonmutating set { node.data = newValue }
  }

  /// The derivative of the outputs back-propagated so far with respect to this value.
  ///
  /// `backward()` adds to it, so gradients accumulate across calls as in PyTorch;
  /// set it to zero, or call ``zeroGrad()``, before the next pass.
  @inlinable
  public var grad: T {
    get { node.grad }
    nonmutating set { node.grad = newValue }
  }

  /// A name shown in descriptions and graph drawings; empty by default.
  public var label: String {
    get { node.label }
    nonmutating set { node.label = newValue }
  }

  /// Returns this value with its label set to `label`, for building graphs inline.
  ///
  /// ```swift
  /// let e = (a * b).labeled("e")
  /// ```
  @discardableResult
  public func labeled(_ label: String) -> Self {
    self.label = label
    return self
  }
}

extension Var: Identifiable {
  /// The identity of the graph node; copies of one `Var` share it.
  @inlinable
  public var id: ObjectIdentifier { ObjectIdentifier(node) }
}

extension Var: CustomStringConvertible {
  /// A description in micrograd's style, such as `Var(data=2.0, grad=0.0)`.
  public var description: String {
    let name = label.isEmpty ? "" : "\(label): "
    return "Var(\(name)data=\(node.data), grad=\(grad))"
  }
}

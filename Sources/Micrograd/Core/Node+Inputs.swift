extension Node {
  /// Calls `body` with an unretained reference to each input and the local partial
  /// derivative with respect to it.
  ///
  /// An input used twice (as in `a * a`) is visited twice, once per use. The
  /// references are valid while this node is alive; the engine's walks (the
  /// topological sort, the release) read them without reference counting.
  @inlinable @inline(__always)
  final func forEachInput(_ body: (Unmanaged<Node<T>>, T) -> Void) {
    switch arity {
    case .leaf:
      return
    case .unary:
      let node = unsafeDowncast(self, to: UnaryNode<T>.self)
      body(node.input, node.partial)
    case .binary:
      let node = unsafeDowncast(self, to: BinaryNode<T>.self)
      body(node.lhs, node.lhsPartial)
      body(node.rhs, node.rhsPartial)
    case .nary:
      let node = unsafeDowncast(self, to: NaryNode<T>.self)
      for index in node.inputs.indices { body(node.inputs[index], node.partials[index]) }
    }
  }

  /// Calls `body` with an unretained reference to each input, from the first to the last,
  /// or from the last to the first: a walk that pushes them onto a stack in that order
  /// enters the first input first.
  @inlinable @inline(__always)
  final func forEachInputReference(lastFirst: Bool, _ body: (Unmanaged<Node<T>>) -> Void) {
    switch arity {
    case .leaf:
      return
    case .unary:
      body(unsafeDowncast(self, to: UnaryNode<T>.self).input)
    case .binary:
      let node = unsafeDowncast(self, to: BinaryNode<T>.self)
      body(lastFirst ? node.rhs : node.lhs)
      body(lastFirst ? node.lhs : node.rhs)
    case .nary:
      let node = unsafeDowncast(self, to: NaryNode<T>.self)
      let inputs = node.inputs
      if lastFirst {
        for index in inputs.indices.reversed() { body(inputs[index]) }
      } else {
        for index in inputs.indices { body(inputs[index]) }
      }
    }
  }

  /// The number of inputs, counting an input used twice as two.
  @inlinable
  final var inputCount: Int {
    switch arity {
    case .leaf: 0
    case .unary: 1
    case .binary: 2
    case .nary: unsafeDowncast(self, to: NaryNode<T>.self).inputs.count
    }
  }
}

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

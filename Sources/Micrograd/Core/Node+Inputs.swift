extension Node {
  /// Calls `body` with each input and the local partial derivative with respect to it.
  ///
  /// An input used twice (as in `a * a`) is visited twice, once per use.
  @inlinable @inline(__always)
  final func forEachInput(_ body: (Node<T>, T) throws -> Void) rethrows {
    switch arity {
    case .leaf:
      return
    case .unary:
      let node = unsafeDowncast(self, to: UnaryNode<T>.self)
      try body(node.input.takeUnretainedValue(), node.partial)
    case .binary:
      let node = unsafeDowncast(self, to: BinaryNode<T>.self)
      try body(node.lhs.takeUnretainedValue(), node.lhsPartial)
      try body(node.rhs.takeUnretainedValue(), node.rhsPartial)
    case .nary:
      let node = unsafeDowncast(self, to: NaryNode<T>.self)
      for index in node.inputs.indices {
        try body(node.inputs[index].takeUnretainedValue(), node.partials[index])
      }
    }
  }

  /// Calls `body` with an unretained reference to each input, for the engine's own
  /// walks (the topological sort and the release), which do no reference counting.
  @inlinable @inline(__always)
  final func forEachInputReference(_ body: (Unmanaged<Node<T>>) -> Void) {
    switch arity {
    case .leaf:
      return
    case .unary:
      body(unsafeDowncast(self, to: UnaryNode<T>.self).input)
    case .binary:
      let node = unsafeDowncast(self, to: BinaryNode<T>.self)
      body(node.lhs)
      body(node.rhs)
    case .nary:
      for input in unsafeDowncast(self, to: NaryNode<T>.self).inputs { body(input) }
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

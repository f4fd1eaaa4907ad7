// Reverse mode without touching the graph: the functional entry points
// (`gradient(of:at:)`, `hessian(of:at:)`, …) back-propagate here. The walk only reads
// nodes: visited nodes are kept in a dictionary rather than marked, and adjoints live
// in an array rather than in `grad`. Two threads may therefore differentiate functions
// that read the same parameters at the same time.
//
// Leaves created by a functional call carry the `activeInput` flag bit while the call
// is under way, so a nested call that reaches them (reverse over reverse, which the
// package does not do) stops with a message instead of returning a wrong number.

extension Node {
  @usableFromInline static var activeInputBit: UInt { 0b1000 }

  /// Whether this leaf is an input of a functional call that is under way.
  @inlinable
  final var isActiveInput: Bool {
    get { flags & Self.activeInputBit != 0 }
    set { flags = newValue ? flags | Self.activeInputBit : flags & ~Self.activeInputBit }
  }

  /// The derivatives of this node with respect to each of `inputs`, computed without
  /// writing to any node.
  ///
  /// An input used more than once gets the sum of its uses. A leaf the walk reaches
  /// that is an active input of another (enclosing) functional call is a nested
  /// reverse-mode derivative, which traps with a message.
  @inlinable
  final func pureGradients(withRespectTo inputs: [Node<T>]) -> [T] {
    var index: [ObjectIdentifier: Int] = [:]
    var order: [Unmanaged<Node<T>>] = []
    var stack: [(Unmanaged<Node<T>>, Bool)] = [(.passUnretained(self), false)]
    let own = Set(inputs.map(ObjectIdentifier.init))
    while let (ref, expanded) = stack.popLast() {
      let node = ref.takeUnretainedValue()
      let id = ObjectIdentifier(node)
      if expanded {
        index[id] = order.count
        order.append(ref)
        continue
      }
      if index[id] != nil { continue }
      if node.arity == .leaf && node.isActiveInput && !own.contains(id) {
        preconditionFailure(
          """
          nested reverse mode: a function differentiated by gradient(of:at:) uses a value \
          that an enclosing gradient(of:at:) is differentiating. Reverse mode cannot be \
          nested; for second derivatives use hessian(of:at:) or \
          hessianVectorProduct(of:at:along:).
          """)
      }
      index[id] = -1  // seen, not yet placed
      stack.append((ref, true))
      node.forEachInput { input, _ in
        let inputID = ObjectIdentifier(input.takeUnretainedValue())
        if index[inputID] == nil { stack.append((input, false)) }
      }
    }
    var adjoints = [T](repeating: 0, count: order.count)
    adjoints[order.count - 1] = 1
    for position in order.indices.reversed() {
      let g = adjoints[position]
      order[position].takeUnretainedValue().forEachInput { input, partial in
        adjoints[index[ObjectIdentifier(input.takeUnretainedValue())]!] += partial * g
      }
    }
    return inputs.map { input in index[ObjectIdentifier(input)].map { adjoints[$0] } ?? 0 }
  }
}

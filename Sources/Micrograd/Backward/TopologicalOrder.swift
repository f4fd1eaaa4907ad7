// The topological sort, without recursion.
//
// micrograd's `build_topo` recurses once per node and dies past Python's recursion
// limit; a recursive sort in Swift dies on the 8 MB stack at about 50,000 nodes.
// This is the same depth-first post-order with an explicit stack. Nodes are held
// as unretained references: the root keeps the whole graph alive while we walk it,
// so the walk does no reference counting at all.

extension Node {
  /// An unretained reference to a node, valid while the graph's root is alive.
  @usableFromInline
  typealias Ref = Unmanaged<Node<T>>

  /// A frame of the depth-first walk: a node, and whether its inputs were pushed.
  @usableFromInline
  typealias Frame = (node: Ref, expanded: Bool)

  /// Returns the interior (non-leaf) nodes that this node depends on, itself
  /// included, each once, every node after all of its inputs.
  ///
  /// Leaves are left out: backward never has anything to propagate from them.
  /// Every returned node is left marked; the caller must unmark them.
  @inlinable
  final func interiorNodesInTopologicalOrder() -> ContiguousArray<Ref> {
    var order = ContiguousArray<Ref>()
    guard arity != .leaf else { return order }
    order.reserveCapacity(32)
    var stack = ContiguousArray<Frame>()
    stack.reserveCapacity(32)
    stack.append((.passUnretained(self), false))
    while let (ref, expanded) = stack.popLast() {
      if expanded {
        order.append(ref)
        continue
      }
      ref._withUnsafeGuaranteedRef { node in
        if node.isMarked { return }
        node.isMarked = true
        stack.append((ref, true))
        switch node.arity {
        case .leaf:
          break
        case .unary:
          Self.push(unsafeDowncast(node, to: UnaryNode<T>.self).input, onto: &stack)
        case .binary:
          let binary = unsafeDowncast(node, to: BinaryNode<T>.self)
          Self.push(binary.lhs, onto: &stack)
          Self.push(binary.rhs, onto: &stack)
        case .nary:
          for input in unsafeDowncast(node, to: NaryNode<T>.self).inputs {
            Self.push(input, onto: &stack)
          }
        }
      }
    }
    return order
  }

  @inlinable @inline(__always)
  static func push(_ input: Ref, onto stack: inout ContiguousArray<Frame>) {
    input._withUnsafeGuaranteedRef { node in
      if node.arity != .leaf && !node.isMarked {
        stack.append((input, false))
      }
    }
  }
}

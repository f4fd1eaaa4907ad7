// The topological sort, without recursion.
//
// micrograd's `build_topo` recurses once per node and dies past Python's recursion
// limit; a recursive sort in Swift dies on the 8 MB stack at about 50,000 nodes.
// This is the same depth-first post-order with an explicit stack. Nodes are held
// as unretained pointers: the root keeps the whole graph alive while we walk it, so
// the walk does no reference counting at all.

extension Node {
  /// An unretained reference to a node, valid while the graph's root is alive.
  @usableFromInline
  typealias Ref = Unmanaged<Node<T>>

  /// Walks the interior (non-leaf) nodes this node depends on, itself included, and
  /// calls `visit` once for each, every node after all of its inputs.
  ///
  /// Leaves are skipped: backward has nothing to propagate from them. Every visited
  /// node is left marked; the caller must unmark them.
  @inlinable @inline(__always)
  final func forEachInteriorNodeInTopologicalOrder(_ visit: (Ref) -> Void) {
    guard arity != .leaf else { return }
    // The tag of a stack entry says whether the node's inputs were pushed already.
    var stack = WorkStack<T>()
    defer { stack.deallocate() }
    stack.push(.passUnretained(self))
    while !stack.isEmpty {
      let (ref, expanded) = stack.pop()
      if expanded {
        visit(ref)
        continue
      }
      ref._withUnsafeGuaranteedRef { node in
        if node.isMarked { return }
        node.isMarked = true
        stack.push(ref, tag: true)
        node.forEachInput { input, _ in Self.push(input, onto: &stack) }
      }
    }
  }

  @inlinable @inline(__always)
  static func push(_ input: Ref, onto stack: inout WorkStack<T>) {
    input._withUnsafeGuaranteedRef { node in
      if node.arity != .leaf && !node.isMarked {
        stack.push(input)
      }
    }
  }
}

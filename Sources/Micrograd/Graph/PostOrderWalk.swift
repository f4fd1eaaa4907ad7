// The one walk of a graph: depth first, without recursion, every node after all of its
// inputs (post-order). `backward()`'s topological order, `zeroGrad()`, the functional
// entry points' pure gradients (and so `hessian(of:at:)`) and the Graphviz numbering all
// run it; they differ only in what counts as seen and what they do with each node.
//
// micrograd's `build_topo` recurses once per node and dies past Python's recursion
// limit; a recursive walk in Swift dies on the 8 MB stack at about 50,000 nodes. This one
// keeps an explicit stack instead. Nodes are held as unretained pointers: the root keeps
// the whole graph alive while we walk it, so the walk does no reference counting at all.
//
// Two walks stay apart, for what they do is not a visit of every node: the release
// (`Core/Node+Release.swift`) follows only the nodes that one reference keeps alive, and
// the tape compiler (`Tape/TapeBuilder+Compile.swift`) counts each node's uses as it goes.

/// What a walk has seen, so that it enters each node once.
@usableFromInline
protocol SeenNodes {
  /// The scalar of the graph's nodes.
  associatedtype T: BinaryFloatingPoint
  /// Records `node` as seen; false if it was seen already.
  mutating func insert(_ node: Unmanaged<Node<T>>) -> Bool
  /// Whether the walk should go to `node`: not seen yet, and not a leaf unless `leaves`.
  func shouldVisit(_ node: Unmanaged<Node<T>>, leaves: Bool) -> Bool
}

/// The nodes' own mark bits: the fastest, for the walks that may write to the graph
/// (`backward()`, `zeroGrad()`). The caller unmarks every node the walk reached.
@usableFromInline
struct MarkedNodes<T: BinaryFloatingPoint>: SeenNodes {
  @inlinable init() {}

  @inlinable @inline(__always)
  mutating func insert(_ node: Unmanaged<Node<T>>) -> Bool {
    node._withUnsafeGuaranteedRef { node in
      if node.isMarked { return false }
      node.isMarked = true
      return true
    }
  }

  @inlinable @inline(__always)
  func shouldVisit(_ node: Unmanaged<Node<T>>, leaves: Bool) -> Bool {
    // One load of the flags word answers both questions.
    node._withUnsafeGuaranteedRef { node in
      let flags = node.flags
      return (leaves || flags & Node<T>.arityBits != 0) && flags & Node<T>.markBit == 0
    }
  }
}

/// A side table from address to number: for the walks that must not write to the nodes,
/// because other threads may be reading the same graph. A seen node maps to −1 until its
/// walker gives it a number of its own. Call `deallocate()`.
@usableFromInline
struct NumberedNodes<T: BinaryFloatingPoint>: SeenNodes {
  @usableFromInline var map: PointerMap

  @inlinable init(capacity: Int = 64) { map = PointerMap(capacity: capacity) }

  /// Frees the table; it must not be used afterwards.
  @inlinable func deallocate() { map.deallocate() }

  /// The number given to `node`: −1 if it is seen but not numbered, nil if not seen.
  @inlinable @inline(__always)
  subscript(node: Unmanaged<Node<T>>) -> Int32? {
    get { map.value(for: node.address) }
    set { map.set(newValue!, for: node.address) }
  }

  @inlinable @inline(__always)
  mutating func insert(_ node: Unmanaged<Node<T>>) -> Bool {
    if map.value(for: node.address) != nil { return false }
    map.set(-1, for: node.address)
    return true
  }

  @inlinable @inline(__always)
  func shouldVisit(_ node: Unmanaged<Node<T>>, leaves: Bool) -> Bool {
    (leaves || node._withUnsafeGuaranteedRef { $0.arity != .leaf })
      && map.value(for: node.address) == nil
  }
}

extension Node {
  /// An unretained reference to a node, valid while the graph's root is alive.
  @usableFromInline
  typealias Ref = Unmanaged<Node<T>>

  /// Walks this node and the nodes it depends on, depth first: calls `entering` when a
  /// node is first reached and `leaving` once all of its inputs have been left, so that
  /// `leaving` sees every node after its inputs.
  ///
  /// - Parameters:
  ///   - seen: What the walk has seen; it starts empty and ends holding every node
  ///     reached. Both callbacks may read and write it.
  ///   - leaves: Whether to walk the leaves too (backward has nothing to propagate from
  ///     them).
  ///   - firstInputFirst: Whether a node's first input is entered first. By default the
  ///     last is, which is the order `backward()` and the tape have always used; the
  ///     order in which gradients are summed, and so their last bits, depend on it.
  @inlinable @inline(__always)
  final func walk<Seen: SeenNodes>(
    seen: inout Seen, leaves: Bool, firstInputFirst: Bool = false,
    entering: (Ref, inout Seen) -> Void = { _, _ in },
    leaving: (Ref, inout Seen) -> Void
  ) where Seen.T == T {
    guard leaves || arity != .leaf else { return }
    // The tag of a stack entry says whether the node's inputs were pushed already.
    var stack = WorkStack<T>()
    defer { stack.deallocate() }
    stack.push(.passUnretained(self))
    while !stack.isEmpty {
      let (ref, expanded) = stack.pop()
      if expanded {
        leaving(ref, &seen)
        continue
      }
      guard seen.insert(ref) else { continue }
      entering(ref, &seen)
      stack.push(ref, tag: true)
      ref._withUnsafeGuaranteedRef { node in
        node.forEachInputReference(lastFirst: firstInputFirst) { input in
          if seen.shouldVisit(input, leaves: leaves) { stack.push(input) }
        }
      }
    }
  }

  /// Walks the interior (non-leaf) nodes this node depends on, itself included, and
  /// calls `visit` once for each, every node after all of its inputs: the order of
  /// `backward()`.
  ///
  /// Every visited node is left marked; the caller must unmark them.
  @inlinable @inline(__always)
  final func forEachInteriorNodeInTopologicalOrder(_ visit: (Ref) -> Void) {
    var seen = MarkedNodes<T>()
    walk(seen: &seen, leaves: false) { ref, _ in visit(ref) }
  }
}

// The one walk of a graph: depth first, without recursion, every node after all of its
// inputs (post-order). `backward()`'s topological order, `zeroGrad()`, the functional
// entry points' pure gradients (and so `hessian(of:at:)`), the Graphviz numbering, the
// tape compiler and the release of a dying graph all run it; they differ only in what
// counts as seen, which inputs they go on to, and what they do with each node.
//
// micrograd's `build_topo` recurses once per node and dies past Python's recursion
// limit; a recursive walk in Swift dies on the 8 MB stack at about 50,000 nodes. This one
// keeps an explicit stack instead. Nodes are held as unretained pointers: the root keeps
// the whole graph alive while we walk it, so the walk does no reference counting at all.
// The release is the exception that `OwnedNodes` spells out: there each node on the
// stack is kept alive by the one reference the walk took over from its user.
//
// The tape compiler walks here too: it is its own `SeenNodes`
// (`Tape/TapeBuilder+Walk.swift`), whose `shouldVisit` counts each node's uses.

/// What a walk has seen, so that it enters each node once.
@usableFromInline
protocol SeenNodes {
  /// The scalar of the graph's nodes.
  associatedtype T: BinaryFloatingPoint
  /// Records `node` as seen; false if it was seen already.
  mutating func insert(_ node: Unmanaged<Node<T>>) -> Bool
  /// Whether the walk should go to `node`, an input of the node being entered: not seen
  /// yet, and not a leaf unless `leaves`. Called once per use of an input.
  mutating func shouldVisit(_ node: Unmanaged<Node<T>>, leaves: Bool) -> Bool
}

/// The nodes' own mark bits: the fastest, for the walks that may write to the graph
/// (`backward()`, `zeroGrad()`). The caller unmarks every node the walk reached.
@usableFromInline
struct MarkedNodes<T: BinaryFloatingPoint>: SeenNodes {
  /// Nothing, but a size: ThreadSanitizer checks every `inout` access to a walk's `seen`,
  /// and the accesses to an empty struct all report one shared address, which it takes
  /// for a race between threads.
  @usableFromInline let size: UInt8 = 0

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
  mutating func shouldVisit(_ node: Unmanaged<Node<T>>, leaves: Bool) -> Bool {
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
  mutating func shouldVisit(_ node: Unmanaged<Node<T>>, leaves: Bool) -> Bool {
    (leaves || node._withUnsafeGuaranteedRef { $0.arity != .leaf })
      && map.value(for: node.address) == nil
  }
}

extension Node {
  /// An unretained reference to a node, valid while the graph's root is alive.
  @usableFromInline
  typealias Ref = Unmanaged<Node<T>>

  /// Walks this node and the nodes it depends on, depth first: calls `entering` when a
  /// node is first reached, once its inputs to walk are on the stack, and `leaving` once
  /// all of those inputs have been left, so that `leaving` sees every node after its
  /// inputs.
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
    var stack = WorkStack<T>()
    defer { stack.deallocate() }
    stack.push(.passUnretained(self))
    Self.walk(
      stack: &stack, seen: &seen, leaves: leaves, firstInputFirst: firstInputFirst,
      postOrder: true, entering: entering, leaving: leaving)
  }

  /// The walk itself, from the nodes on `stack`, which the caller lends (one that starts
  /// on the machine stack, say) and the walk leaves empty.
  ///
  /// With `postOrder` false, `leaving` is never called and a node is not kept on the
  /// stack while its inputs are walked: a pre-order walk, whose stack holds only the
  /// nodes still to enter (one at a time down a chain).
  @inlinable @inline(__always)
  static func walk<Seen: SeenNodes>(
    stack: inout WorkStack<T>, seen: inout Seen, leaves: Bool, firstInputFirst: Bool,
    postOrder: Bool, entering: (Ref, inout Seen) -> Void,
    leaving: (Ref, inout Seen) -> Void
  ) where Seen.T == T {
    // The tag of a stack entry says whether the node's inputs were pushed already.
    while !stack.isEmpty {
      let (ref, expanded) = stack.pop()
      if postOrder && expanded {
        leaving(ref, &seen)
        continue
      }
      guard seen.insert(ref) else { continue }
      if postOrder { stack.push(ref, tag: true) }
      pushInputs(of: ref, onto: &stack, seen: &seen, leaves: leaves, lastFirst: firstInputFirst)
      entering(ref, &seen)
    }
  }

  /// Pushes the inputs of `ref` that `seen` says to visit, one push per use.
  @inlinable @inline(__always)
  static func pushInputs<Seen: SeenNodes>(
    of ref: Ref, onto stack: inout WorkStack<T>, seen: inout Seen, leaves: Bool,
    lastFirst: Bool
  ) where Seen.T == T {
    ref._withUnsafeGuaranteedRef { node in
      node.forEachInputReference(lastFirst: lastFirst) { input in
        if seen.shouldVisit(input, leaves: leaves) { stack.push(input) }
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

// Releasing a graph without recursion.
//
// Left to itself, a dying node would release its inputs, which could die and
// release theirs, and so on: a recursion as deep as the graph, which overflows the
// stack on a chain of about 58,000 nodes. Instead the dying node runs the one walk
// (`Graph/PostOrderWalk.swift`) in pre-order, going on only to the inputs that it alone
// keeps alive, and each of those dies in turn once its own inputs are taken from it.
// An input that others still use just loses one reference.

/// The nodes that a dying node alone keeps alive, for the release walk.
///
/// Going to an input takes back the reference that the node being entered holds on it.
/// The walk goes on only if that was the input's last reference and the input has inputs
/// of its own; its stack entry then owns that reference. Otherwise the reference is
/// released at once: a leaf dies with nothing to recurse into, and a node that others
/// use lives on. Every node is so reached at most once, and nothing needs marking.
struct OwnedNodes<T: BinaryFloatingPoint>: SeenNodes {
  /// Nothing, but a size: ThreadSanitizer checks every `inout` access to the walk's
  /// `seen`, and the accesses to an empty struct all report one shared address, which it
  /// took for a race between threads (and once crashed on).
  let size: UInt8 = 0

  @inline(__always)
  mutating func insert(_ node: Unmanaged<Node<T>>) -> Bool { true }

  @inline(__always)
  mutating func shouldVisit(_ input: Unmanaged<Node<T>>, leaves: Bool) -> Bool {
    var strong = input.takeRetainedValue()
    guard strong.arity != .leaf && isKnownUniquelyReferenced(&strong) else { return false }
    _ = Unmanaged.passRetained(consume strong)  // the walk's stack entry owns it now
    return true
  }
}

extension Node {
  /// Releases this node's inputs, and every node that only they kept alive, iteratively.
  //
  // A generic class's deinit always runs unspecialized code, which would pay for a
  // metadata lookup per node freed; eager specialization adds a type check that
  // jumps to code compiled for Float or Double, or for their dual numbers (the
  // `Var<Dual<T>>` graphs of `hessian(of:at:)`).
  @_specialize(where T == Double)
  @_specialize(where T == Float)
  @_specialize(where T == Dual<Double>)
  @_specialize(where T == Dual<Float>)
  @usableFromInline
  final func releaseInputsIteratively() {
    guard arity != .leaf else { return }
    // The stack starts on the machine stack, so a small graph is freed without
    // allocating.
    withUnsafeTemporaryAllocation(of: UInt.self, capacity: 32) { buffer in
      var stack = WorkStack<T>(startingIn: buffer)
      defer { stack.deallocate() }
      var owned = OwnedNodes<T>()
      // This node's deinit is running: take its inputs, and walk from those it alone
      // kept alive.
      Self.pushInputs(
        of: .passUnretained(self), onto: &stack, seen: &owned, leaves: false, lastFirst: false)
      arity = .leaf
      Self.walk(
        stack: &stack, seen: &owned, leaves: false, firstInputFirst: false, postOrder: false,
        entering: { ref, _ in
          // Its inputs are taken: it is a leaf now, and dies here (its deinit returns at
          // once).
          ref._withUnsafeGuaranteedRef { $0.arity = .leaf }
          ref.release()
        },
        leaving: { _, _ in })
    }
  }
}

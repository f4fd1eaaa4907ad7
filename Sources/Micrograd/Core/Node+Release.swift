// Releasing a graph without recursion.
//
// Left to itself, a dying node would release its inputs, which could die and
// release theirs, and so on: a recursion as deep as the graph, which overflows the
// stack on a chain of about 58,000 nodes. Instead each dying node hands the inputs
// that it alone keeps alive to an explicit stack, and a loop frees them one at a
// time. An input that others still use just loses one reference.

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
    // The stack holds owned references (one retain each). It starts on the
    // machine stack, so a small graph is freed without allocating.
    withUnsafeTemporaryAllocation(of: UInt.self, capacity: 32) { buffer in
      var pending = WorkStack<T>(startingIn: buffer)
      defer { pending.deallocate() }
      detachInputs(into: &pending)
      while !pending.isEmpty {
        let next = pending.pop().node
        next._withUnsafeGuaranteedRef { $0.detachInputs(into: &pending) }
        next.release()  // it dies here with no inputs left: its deinit returns at once
      }
    }
  }

  /// Gives back this node's references to its inputs, pushing the inputs that only
  /// this node kept alive onto `pending` (still owned), and turns the node into a leaf.
  @_specialize(where T == Double)
  @_specialize(where T == Float)
  @_specialize(where T == Dual<Double>)
  @_specialize(where T == Dual<Float>)
  @usableFromInline
  final func detachInputs(into pending: inout WorkStack<T>) {
    forEachInput { input, _ in Self.detach(input, into: &pending) }
    arity = .leaf
  }

  /// Takes back the retain that `input` owned: if it was the input's last reference
  /// and the input has inputs of its own, moves it onto `pending`; otherwise
  /// releases it (a leaf dies at once, with nothing to recurse into).
  @inline(__always)
  static func detach(_ input: Unmanaged<Node<T>>, into pending: inout WorkStack<T>) {
    var strong = input.takeRetainedValue()
    if strong.arity != .leaf && isKnownUniquelyReferenced(&strong) {
      pending.push(Unmanaged.passRetained(consume strong))
    }
  }
}

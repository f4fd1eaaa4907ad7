extension Var {
  /// Sets `grad` to zero on this value and on every value it depends on.
  ///
  /// Use it between two `backward()` calls on the same graph. To reset the
  /// parameters of a model, reset the parameters themselves (`zeroGrad()` on a
  /// `Module` in MicrogradNN), since each training step builds a new graph.
  public func zeroGrad() {
    var visited: [Node<T>.Ref] = []
    var seen = MarkedNodes<T>()
    node.walk(seen: &seen, leaves: true) { ref, _ in
      ref._withUnsafeGuaranteedRef { $0.grad = 0 }
      visited.append(ref)
    }
    for ref in visited {
      ref._withUnsafeGuaranteedRef { $0.isMarked = false }
    }
  }
}

extension Sequence {
  /// Sets `grad` to zero on every value in the sequence (but not on what they
  /// depend on): the reset before a training step.
  @inlinable
  public func zeroGrad<T>() where Element == Var<T> {
    for value in self { value.grad = 0 }
  }
}

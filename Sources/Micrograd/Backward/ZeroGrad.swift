extension Var {
  /// Sets `grad` to zero on this value and on every value it depends on.
  ///
  /// Use it between two `backward()` calls on the same graph. To reset the
  /// parameters of a model, reset the parameters themselves (`zeroGrad()` on a
  /// `Module` in MicrogradNN), since each training step builds a new graph.
  public func zeroGrad() {
    var visited: [Node<T>.Ref] = []
    var stack: [Node<T>.Ref] = [.passUnretained(node)]
    node.isMarked = true
    while let ref = stack.popLast() {
      visited.append(ref)
      ref._withUnsafeGuaranteedRef { node in
        node.grad = 0
        node.forEachInput { input, _ in
          input._withUnsafeGuaranteedRef { input in
            if !input.isMarked {
              input.isMarked = true
              stack.append(.passUnretained(input))
            }
          }
        }
      }
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

// Reverse-mode differentiation: the chain rule, applied in reverse topological order.
//
// 1. Sort the interior nodes so that every node comes after its inputs.
// 2. Set their gradients aside and start each from zero, so that this pass computes
//    d(root)/d(node) exactly, and seed the root with 1.
// 3. Walk the order backwards. When a node is reached, every consumer has already
//    added its contribution, so its gradient is complete; pass it on with
//    `input.grad += partial * grad`, then add back what was set aside.
//
// Every node therefore ends with `grad == before + d(root)/d(node)`: gradients
// accumulate across calls, on leaves and interior nodes alike, as PyTorch's do.

extension Var {
  /// Back-propagates from this value: adds d(self)/d(v) to `v.grad` for this value
  /// and every value `v` it depends on.
  ///
  /// This is micrograd's `backward()`. The derivative of the value with respect to
  /// itself is 1, so `self.grad` grows by 1. A value used by several ops receives the
  /// sum of their contributions (the multivariable chain rule), which is why
  /// `a + a` gives `a.grad == 2`.
  ///
  /// Gradients **accumulate**: calling `backward()` twice adds the gradients twice,
  /// and back-propagating two losses through shared parameters adds both. Call
  /// ``zeroGrad()`` on the output (or `zeroGrad()` on a model) before each step.
  ///
  /// Backward does no recursion and no allocation per node beyond its work list;
  /// graphs of tens of millions of nodes are fine. It runs no op code: each op's
  /// local derivatives were stored during the forward pass.
  ///
  /// <doc:HowBackwardWorks> explains the algorithm.
  ///
  /// - Complexity: O(*n*) in the number of nodes and edges the value depends on.
  @inlinable
  public func backward() {
    node.backward()
  }
}

extension Node {
  @inlinable
  final func backward() {
    guard arity != .leaf else {
      grad += 1  // a leaf: d(self)/d(self) = 1
      return
    }
    var order = WorkStack<T>()
    var setAside = ScratchBuffer<T>()
    defer {
      order.deallocate()
      setAside.deallocate()
    }
    forEachInteriorNodeInTopologicalOrder { ref in
      order.push(ref)
      ref._withUnsafeGuaranteedRef { node in
        setAside.append(node.grad)
        node.grad = 0
      }
    }
    grad = 1
    var index = order.count
    while index > 0 {
      index -= 1
      let saved = setAside[index]
      order[index]._withUnsafeGuaranteedRef { node in
        let g = node.grad
        node.propagate(g)
        node.grad = g + saved
        node.isMarked = false
      }
    }
  }

  /// Adds `partial * g` to each input's gradient.
  @inlinable @inline(__always)
  final func propagate(_ g: T) {
    switch arity {
    case .leaf:
      return
    case .unary:
      let node = unsafeDowncast(self, to: UnaryNode<T>.self)
      node.input._withUnsafeGuaranteedRef { $0.grad += node.partial * g }
    case .binary:
      let node = unsafeDowncast(self, to: BinaryNode<T>.self)
      node.lhs._withUnsafeGuaranteedRef { $0.grad += node.lhsPartial * g }
      node.rhs._withUnsafeGuaranteedRef { $0.grad += node.rhsPartial * g }
    case .nary:
      let node = unsafeDowncast(self, to: NaryNode<T>.self)
      node.inputs.withUnsafeBufferPointer { inputs in
        node.partials.withUnsafeBufferPointer { partials in
          for index in inputs.indices {
            inputs[index]._withUnsafeGuaranteedRef { $0.grad += partials[index] * g }
          }
        }
      }
    }
  }
}

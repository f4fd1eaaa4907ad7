// Reverse mode without touching the graph: the functional entry points
// (`gradient(of:at:)`, `hessian(of:at:)`, …) back-propagate here. The walk only reads
// nodes: it runs the one walk (`Graph/PostOrderWalk.swift`) with a side table of the
// nodes seen (`NumberedNodes`) rather than marks on them, and adjoints live in an array
// rather than in `grad`. Two threads may therefore differentiate functions that read the
// same parameters at the same time.
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

  /// Calls `f` with `inputs` marked as the inputs of a functional call under way, so
  /// that a nested reverse-mode call inside `f` that reaches them traps.
  @inlinable
  static func call<R>(_ f: ([Var<T>]) -> R, markingInputs inputs: [Var<T>]) -> R {
    for input in inputs { input.node.isActiveInput = true }
    defer { for input in inputs { input.node.isActiveInput = false } }
    return f(inputs)
  }

  /// The derivatives of this node with respect to each of `inputs`, computed without
  /// writing to any node.
  ///
  /// An input used more than once gets the sum of its uses. A leaf the walk reaches
  /// that is an active input of another (enclosing) functional call is a nested
  /// reverse-mode derivative, which traps with a message.
  @inlinable
  final func pureGradients(withRespectTo inputs: [Node<T>]) -> [T] {
    var index = NumberedNodes<T>(capacity: 256)
    var order: [Unmanaged<Node<T>>] = []
    var own = PointerMap(capacity: inputs.count)
    defer {
      index.deallocate()
      own.deallocate()
    }
    for input in inputs { own.set(1, for: Unmanaged.passUnretained(input).address) }
    walk(
      seen: &index, leaves: true,
      entering: { ref, _ in
        let (isLeaf, isActive) = ref._withUnsafeGuaranteedRef {
          ($0.arity == .leaf, $0.isActiveInput)
        }
        if isLeaf && isActive && own.value(for: ref.address) == nil {
          preconditionFailure(
            """
            nested reverse mode: a function differentiated by gradient(of:at:) uses a \
            value that an enclosing gradient(of:at:) is differentiating. Reverse mode \
            cannot be nested; for second derivatives use hessian(of:at:) or \
            hessianVectorProduct(of:at:along:).
            """)
        }
      },
      leaving: { ref, index in
        index[ref] = Int32(order.count)
        order.append(ref)
      })
    var adjoints = [T](repeating: 0, count: order.count)
    adjoints[order.count - 1] = 1
    for position in order.indices.reversed() {
      let g = adjoints[position]
      order[position]._withUnsafeGuaranteedRef { node in
        node.forEachInput { input, partial in
          adjoints[Int(index[input]!)] += partial * g
        }
      }
    }
    return inputs.map { input in
      index[Unmanaged.passUnretained(input)].map { adjoints[Int($0)] } ?? 0
    }
  }
}

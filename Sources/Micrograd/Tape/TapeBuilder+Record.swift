// How a node's op reaches the tape. The builder is the graph's `OpRecorder`: a node
// hands it its op (`Node.record(into:)`), and the op's kernel, if it has one, is looked
// up in the kernel table (`TapeKernels.swift`); any other op is boxed.
//
// That path is generic and unspecialized, so the compile walk takes it only once per
// node class: it asks a probe which kernel the class's op has and keeps the answer by
// the class's address. A node of a kernel without a constant (+, ·, relu, dot, …: most
// of a network) is then appended by the specialized walk from its arity class alone.

extension TapeBuilder: OpRecorder {
  @usableFromInline
  mutating func record<Op: UnaryLocalGradient>(_ op: Op, input: Unmanaged<Node<T>>)
  where Op.Scalar == T {
    if let (kind, constant) = unaryKernel(op) {
      appendUnary(kind, constant: constant, input: input)
    } else {
      appendUnary(TapeUnaryOpBox(op), input: input)
    }
  }

  @usableFromInline
  mutating func record<Op: BinaryLocalGradient>(
    _ op: Op, lhs: Unmanaged<Node<T>>, rhs: Unmanaged<Node<T>>
  ) where Op.Scalar == T {
    if let kind = binaryKernel(Op.self) {
      appendBinary(kind, lhs: lhs, rhs: rhs)
    } else {
      appendBinary(TapeBinaryOpBox(op), lhs: lhs, rhs: rhs)
    }
  }

  @usableFromInline
  mutating func record<Op: NaryLocalGradient>(_ op: Op, inputs: [Unmanaged<Node<T>>])
  where Op.Scalar == T {
    if let kind = naryKernel(Op.self) {
      appendNary(kind, inputs: inputs)
    } else {
      appendNary(TapeNaryOpBox(op), inputs: inputs)
    }
  }

  /// Appends `node`'s op: directly for a class whose op is a kernel without a constant,
  /// through ``Node/record(into:)`` otherwise.
  @inlinable
  mutating func appendOp(of node: Node<T>) {
    let key = UInt(bitPattern: unsafeBitCast(type(of: node), to: UnsafeRawPointer.self))
    let code: Int32
    if let known = kernelCodes.value(for: key) {
      code = known
    } else {
      var probe = KernelProbe<T>()
      node.record(into: &probe)
      code = probe.kind.map { Int32($0.rawValue) } ?? -1
      kernelCodes.set(code, for: key)
    }
    guard code >= 0, let kind = EntryKind(rawValue: UInt8(code)) else {
      return node.record(into: &self)
    }
    switch node.arity {
    case .unary:
      appendUnary(kind, constant: nil, input: unsafeDowncast(node, to: UnaryNode<T>.self).input)
    case .binary:
      let binary = unsafeDowncast(node, to: BinaryNode<T>.self)
      appendBinary(kind, lhs: binary.lhs, rhs: binary.rhs)
    default: appendNary(kind, inputs: unsafeDowncast(node, to: NaryNode<T>.self).inputs)
    }
  }
}

/// Finds the kernel of a node class's op, if it has one and no constant.
@usableFromInline
struct KernelProbe<T: BinaryFloatingPoint>: OpRecorder {
  /// The kernel; nil for an op that is boxed, or whose kernel needs the op's constant.
  @usableFromInline var kind: EntryKind?

  @usableFromInline init() {}

  @usableFromInline
  mutating func record<Op: UnaryLocalGradient>(_ op: Op, input: Unmanaged<Node<T>>)
  where Op.Scalar == T {
    guard let (kind, constant) = unaryKernel(op), constant == nil else { return }
    self.kind = kind
  }

  @usableFromInline
  mutating func record<Op: BinaryLocalGradient>(
    _ op: Op, lhs: Unmanaged<Node<T>>, rhs: Unmanaged<Node<T>>
  ) where Op.Scalar == T {
    kind = binaryKernel(Op.self)
  }

  @usableFromInline
  mutating func record<Op: NaryLocalGradient>(_ op: Op, inputs: [Unmanaged<Node<T>>])
  where Op.Scalar == T {
    kind = naryKernel(Op.self)
  }
}

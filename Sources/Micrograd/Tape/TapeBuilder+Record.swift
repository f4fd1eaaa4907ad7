// How a node's op reaches the tape. A node hands its op to an `OpRecorder`
// (`Node.record(into:)`); which kernel the op has, if any, is looked up in the kernel
// table (`TapeKernels.swift`), by dynamic casts.
//
// Those casts and the generic call are slow, so the answer is kept per node class, by
// the class's address: in the builder for the compile, and process-wide
// (`KernelCodeCache.swift`) for the next one. A node of a kernel without a constant
// (+, ·, relu, dot, …: most of a network) is then appended by the specialized walk from
// its arity class alone; a kernel with a constant reads it from the op without a cast
// (`ConstantReader`), and any other op is boxed (`BoxAppender`).

extension TapeBuilder {
  /// Appends `node`'s op, by what its class's op is.
  @inlinable
  mutating func appendOp(of node: Node<T>) {
    let key = UInt(bitPattern: unsafeBitCast(type(of: node), to: UnsafeRawPointer.self))
    let code: KernelCode
    if let known = kernelCodes.value(for: key) {
      code = KernelCode(rawValue: known)
    } else {
      code = KernelCode.of(node, key: key)
      kernelCodes.set(code.rawValue, for: key)
    }
    guard let kind = code.kind else {
      return withUnsafeMutablePointer(to: &self) { builder in
        var boxes = BoxAppender(builder: builder)
        node.record(into: &boxes)
      }
    }
    switch node.arity {
    case .unary:
      let input = unsafeDowncast(node, to: UnaryNode<T>.self).input
      guard kind.takesConstant else { return appendUnary(kind, constant: nil, input: input) }
      var reader = ConstantReader<T>(kind: kind)
      node.record(into: &reader)
      appendUnary(kind, constant: reader.constant, input: input)
    case .binary:
      let binary = unsafeDowncast(node, to: BinaryNode<T>.self)
      appendBinary(kind, lhs: binary.lhs, rhs: binary.rhs)
    default: appendNary(kind, inputs: unsafeDowncast(node, to: NaryNode<T>.self).inputs)
    }
  }
}

/// What the compiler knows of a node class: its op's kernel, or that the op is boxed.
@usableFromInline
struct KernelCode {
  /// An `EntryKind` raw value; −1 for a box.
  @usableFromInline let rawValue: Int32

  @inlinable init(rawValue: Int32) { self.rawValue = rawValue }

  @inlinable init(_ kind: EntryKind?) { rawValue = kind.map { Int32($0.rawValue) } ?? -1 }

  /// The kernel; nil for an op that is boxed.
  @inlinable var kind: EntryKind? {
    rawValue < 0 ? nil : EntryKind(rawValue: UInt8(truncatingIfNeeded: rawValue))
  }

  /// The code of `node`'s class, whose address is `key`: from the process-wide cache,
  /// or found by a probe and added to it.
  @usableFromInline
  static func of<T>(_ node: Node<T>, key: UInt) -> KernelCode {
    if let known = KernelCodeCache.shared.value(for: key) { return KernelCode(rawValue: known) }
    var probe = KernelProbe<T>()
    node.record(into: &probe)
    KernelCodeCache.shared.set(probe.code.rawValue, for: key)
    return probe.code
  }
}

/// Finds the kernel of a node class's op.
struct KernelProbe<T: BinaryFloatingPoint>: OpRecorder {
  var code = KernelCode(nil)

  mutating func record<Op: UnaryLocalGradient>(_ op: Op, input: Unmanaged<Node<T>>)
  where Op.Scalar == T {
    code = KernelCode(unaryKernel(Op.self))
  }

  mutating func record<Op: BinaryLocalGradient>(
    _ op: Op, lhs: Unmanaged<Node<T>>, rhs: Unmanaged<Node<T>>
  ) where Op.Scalar == T {
    code = KernelCode(binaryKernel(Op.self))
  }

  mutating func record<Op: NaryLocalGradient>(_ op: Op, inputs: [Unmanaged<Node<T>>])
  where Op.Scalar == T {
    code = KernelCode(naryKernel(Op.self))
  }
}

/// Reads the constant of an op whose kernel is known (so the op's type is, and a bit
/// cast reads it).
@usableFromInline
struct ConstantReader<T: BinaryFloatingPoint>: OpRecorder {
  @usableFromInline let kind: EntryKind
  @usableFromInline var constant: T?

  @usableFromInline init(kind: EntryKind) { self.kind = kind }

  @usableFromInline
  mutating func record<Op: UnaryLocalGradient>(_ op: Op, input: Unmanaged<Node<T>>)
  where Op.Scalar == T {
    constant = kernelConstant(of: op, kind: kind)
  }

  @usableFromInline
  mutating func record<Op: BinaryLocalGradient>(
    _ op: Op, lhs: Unmanaged<Node<T>>, rhs: Unmanaged<Node<T>>
  ) where Op.Scalar == T {}

  @usableFromInline
  mutating func record<Op: NaryLocalGradient>(_ op: Op, inputs: [Unmanaged<Node<T>>])
  where Op.Scalar == T {}
}

/// Appends a node's op in a box, which calls its `forward` at every replay.
@usableFromInline
struct BoxAppender<T: BinaryFloatingPoint>: OpRecorder {
  /// The builder, for the length of one `record(into:)`.
  @usableFromInline let builder: UnsafeMutablePointer<TapeBuilder<T>>

  @usableFromInline init(builder: UnsafeMutablePointer<TapeBuilder<T>>) {
    self.builder = builder
  }

  @usableFromInline
  mutating func record<Op: UnaryLocalGradient>(_ op: Op, input: Unmanaged<Node<T>>)
  where Op.Scalar == T {
    builder.pointee.appendUnary(TapeUnaryOpBox(op), input: input)
  }

  @usableFromInline
  mutating func record<Op: BinaryLocalGradient>(
    _ op: Op, lhs: Unmanaged<Node<T>>, rhs: Unmanaged<Node<T>>
  ) where Op.Scalar == T {
    builder.pointee.appendBinary(TapeBinaryOpBox(op), lhs: lhs, rhs: rhs)
  }

  @usableFromInline
  mutating func record<Op: NaryLocalGradient>(_ op: Op, inputs: [Unmanaged<Node<T>>])
  where Op.Scalar == T {
    builder.pointee.appendNary(TapeNaryOpBox(op), inputs: inputs)
  }
}

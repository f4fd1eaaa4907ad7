// The tape's kernel table: the built-in ops that a replay runs with a kernel of its own
// (a `case` in `Tape+Replay.swift`, which calls the op's own `forward`), instead of
// through a box. Every other op, a user's included, is boxed (`TapeOpBox.swift`).
//
// Adding a kernel: an `EntryKind` case (`TapeEntry.swift`), a line below (two for an op
// with a constant: its kind in `takesConstant`, and how `kernelConstant` reads it), and
// its forward and backward cases in `Tape+Replay.swift`.
//
// The look-ups are dynamic casts; the compiler makes them once per node class in the
// process (`TapeBuilder+Record.swift`), and reads a kernel's constant without one.

/// The kernel of a one-input op type; nil for an op without a kernel.
func unaryKernel<Op: UnaryLocalGradient>(_: Op.Type) -> EntryKind? {
  typealias T = Op.Scalar
  switch Op.self {
  case is Ops.Negate<T>.Type: return .negate
  case is Ops.ReLU<T>.Type: return .relu
  case is Ops.AddConstant<T>.Type: return .addConstant
  case is Ops.SubtractConstant<T>.Type: return .subtractConstant
  case is Ops.SubtractFromConstant<T>.Type: return .subtractFromConstant
  case is Ops.Scale<T>.Type: return .scale
  case is Ops.DivideByConstant<T>.Type: return .divideByConstant
  case is Ops.DivideConstant<T>.Type: return .divideConstant
  default: return nil
  }
}

/// The constant of `op`, whose kernel is `kind`: so `op` is of that kernel's op type, and
/// a bit cast reads it. Nil for a kernel without a constant.
@usableFromInline
func kernelConstant<Op: UnaryLocalGradient>(of op: Op, kind: EntryKind) -> Op.Scalar? {
  typealias T = Op.Scalar
  switch kind {
  case .addConstant: return unsafeBitCast(op, to: Ops.AddConstant<T>.self).constant
  case .subtractConstant: return unsafeBitCast(op, to: Ops.SubtractConstant<T>.self).constant
  case .subtractFromConstant:
    return unsafeBitCast(op, to: Ops.SubtractFromConstant<T>.self).constant
  case .scale: return unsafeBitCast(op, to: Ops.Scale<T>.self).factor
  case .divideByConstant: return unsafeBitCast(op, to: Ops.DivideByConstant<T>.self).divisor
  case .divideConstant: return unsafeBitCast(op, to: Ops.DivideConstant<T>.self).dividend
  default: return nil
  }
}

extension EntryKind {
  /// Whether the kernel reads its op's constant (from the tape's `constants`).
  @inlinable var takesConstant: Bool {
    switch self {
    case .addConstant, .subtractConstant, .subtractFromConstant, .scale, .divideByConstant,
      .divideConstant:
      true
    default: false
    }
  }
}

/// The kernel of a two-input op type; nil for an op without a kernel.
func binaryKernel<Op: BinaryLocalGradient>(_: Op.Type) -> EntryKind? {
  typealias T = Op.Scalar
  switch Op.self {
  case is Ops.Add<T>.Type: return .add
  case is Ops.Subtract<T>.Type: return .subtract
  case is Ops.Multiply<T>.Type: return .multiply
  case is Ops.Divide<T>.Type: return .divide
  default: return nil
  }
}

/// The kernel of an n-input op type; nil for an op without a kernel.
func naryKernel<Op: NaryLocalGradient>(_: Op.Type) -> EntryKind? {
  typealias T = Op.Scalar
  switch Op.self {
  case is Ops.Dot<T>.Type: return .dot
  case is Ops.Sum<T>.Type: return .sum
  default: return nil
  }
}

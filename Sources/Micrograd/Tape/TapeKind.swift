/// The kernels of a compiled tape: one per built-in op that training loops use most,
/// and `custom` for every other op. Each kernel runs its op's own `forward`.
///
/// Internal to the package's built-in ops; your ops are `.custom` by default.
public enum _TapeKind: UInt8, Sendable {
  /// Any op: the tape calls its `forward` through the op itself.
  case custom
  /// ``Ops/Add``.
  case add
  /// ``Ops/Subtract``.
  case subtract
  /// ``Ops/Multiply``.
  case multiply
  /// ``Ops/Divide``.
  case divide
  /// ``Ops/Negate``.
  case negate
  /// ``Ops/AddConstant``.
  case addConstant
  /// ``Ops/SubtractConstant``.
  case subtractConstant
  /// ``Ops/SubtractFromConstant``.
  case subtractFromConstant
  /// ``Ops/Scale``.
  case scale
  /// ``Ops/ReLU``.
  case relu
  /// ``Ops/Dot``.
  case dot
  /// ``Ops/Sum``.
  case sum
}

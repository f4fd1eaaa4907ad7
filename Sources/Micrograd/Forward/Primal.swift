/// A number that carries its value only: runs a function written over
/// ``DifferentiableScalar`` at plain numbers, with no graph and no derivative.
///
/// A generic function cannot take `[Double]` itself: making `Double` a
/// ``DifferentiableScalar`` would give it a second `+`, `*`, … (the ops' operators) and
/// make everyday `Double` arithmetic ambiguous and slower to type-check. `Primal` is the
/// small wrapper that conforms instead, and ``value(of:at:)`` hides it:
///
/// ```swift
/// func loss<V: DifferentiableScalar>(_ p: [V]) -> V where V.Scalar: ScalarMath {
///   (p[0] * p[1]).tanh() + p[0]
/// }
/// value(of: loss, at: [0.5, -1.0])       // a Double, no graph built
/// gradient(of: loss, at: [0.5, -1.0])    // the same function, differentiated
/// ```
///
/// Each op runs its own `forward` and keeps the value; the partial derivatives it also
/// returns are dropped (inlined, the optimizer removes what is not used).
@frozen
public struct Primal<T: BinaryFloatingPoint> {
  /// The value.
  public var data: T

  /// Wraps a value.
  @inlinable
  public init(_ data: T) { self.data = data }
}

extension Primal: Sendable where T: Sendable {}

extension Primal: DifferentiableScalar {
  /// Applies a one-input op: its value only.
  @inlinable @inline(__always)
  public static func apply<Op: UnaryLocalGradient>(_ op: Op, _ x: Self) -> Self
  where Op.Scalar == T {
    Primal(op.forward(x.data).value)
  }

  /// Applies a two-input op: its value only.
  @inlinable @inline(__always)
  public static func apply<Op: BinaryLocalGradient>(_ op: Op, _ x: Self, _ y: Self) -> Self
  where Op.Scalar == T {
    Primal(op.forward(x.data, y.data).value)
  }

  /// Applies an n-input op: its value only.
  @inlinable
  public static func apply<Op: NaryLocalGradient>(_ op: Op, _ inputs: [Self]) -> Self
  where Op.Scalar == T {
    Primal(op.forward(inputs.map(\.data)).value)
  }
}

extension Primal {
  /// The dot product: ``Ops/Dot``'s value, its products added in place, without the
  /// partials or the concatenated input list.
  ///
  /// - Precondition: `a.count == b.count`.
  @inlinable
  public static func dot(_ a: [Self], _ b: [Self]) -> Self {
    precondition(a.count == b.count, "dot of lists of lengths \(a.count) and \(b.count)")
    return Primal(Ops.Dot<T>.value(count: a.count) { a[$0].data * b[$0].data })
  }
}

extension Primal: CustomStringConvertible {
  /// The value's own description.
  public var description: String { "\(data)" }
}

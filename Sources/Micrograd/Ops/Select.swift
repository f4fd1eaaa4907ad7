/// A comparison of two values: the condition of ``Ops/Select``, and what a ``Tape``
/// checks for a comparison of `Var`s made while recording.
@frozen
public enum Comparison: String, Sendable {
  /// `lhs < rhs`.
  case less = "<"
  /// `lhs <= rhs`.
  case lessOrEqual = "<="
  /// `lhs > rhs`.
  case greater = ">"
  /// `lhs >= rhs`.
  case greaterOrEqual = ">="
  /// `lhs == rhs`.
  case equal = "=="
  /// `lhs != rhs`.
  case notEqual = "!="

  /// Whether `lhs` and `rhs` satisfy the comparison, with IEEE semantics (NaN compares
  /// false, except with `!=`).
  @inlinable @inline(__always)
  public func evaluate<T: BinaryFloatingPoint>(_ lhs: T, _ rhs: T) -> Bool {
    switch self {
    case .less: lhs < rhs
    case .lessOrEqual: lhs <= rhs
    case .greater: lhs > rhs
    case .greaterOrEqual: lhs >= rhs
    case .equal: lhs == rhs
    case .notEqual: lhs != rhs
    }
  }
}

extension Ops {
  /// Choosing by a comparison, `lhs ⋈ rhs ? x : y` (PyTorch's `torch.where`): the
  /// partials are 1 for the chosen value and 0 for everything else.
  ///
  /// The inputs are `lhs`, `rhs`, `x`, `y`. Because the comparison is part of the op, a
  /// compiled ``Tape`` decides again at every replay: use it instead of an `if` on
  /// `.data`, which a tape cannot see.
  @frozen
  public struct Select<Scalar: BinaryFloatingPoint>: BufferedNaryLocalGradient {
    /// The comparison of `lhs` with `rhs` that picks `x`.
    public var comparison: Comparison
    /// Creates the op that picks `x` where `lhs` `comparison` `rhs`.
    @inlinable public init(_ comparison: Comparison) { self.comparison = comparison }
    /// The name `"select"`.
    @inlinable public static var name: String { "select" }

    /// Returns the chosen value, writing the partials.
    ///
    /// - Precondition: four inputs, `lhs`, `rhs`, `x`, `y`.
    @inlinable
    public func forward(
      _ x: UnsafeBufferPointer<Scalar>, partials: UnsafeMutableBufferPointer<Scalar>
    ) -> Scalar {
      precondition(x.count == 4, "select takes lhs, rhs, x and y")
      let pickX = comparison.evaluate(x[0], x[1])
      (partials[0], partials[1]) = (0, 0)
      (partials[2], partials[3]) = pickX ? (1, 0) : (0, 1)
      return pickX ? x[2] : x[3]
    }
  }
}

extension DifferentiableScalar {
  /// `x` where `lhs` `comparison` `rhs`, and `y` otherwise: PyTorch's `torch.where`,
  /// JAX's `jnp.where`, as one op that a compiled tape decides again at every replay.
  ///
  /// ```swift
  /// let y = Var.select(x, .less, 0, then: -x, else: x * x)   // not `if x.data < 0`
  /// ```
  ///
  /// The gradient flows to the chosen value only. See ``Ops/Select``.
  @inlinable @inline(__always)
  public static func select(
    _ lhs: Self, _ comparison: Comparison, _ rhs: Self, then x: Self, else y: Self
  ) -> Self {
    apply(Ops.Select(comparison), [lhs, rhs, x, y])
  }

  /// `x` where `lhs` `comparison` the constant `rhs`, and `y` otherwise.
  @inlinable @inline(__always)
  public static func select(
    _ lhs: Self, _ comparison: Comparison, _ rhs: Scalar, then x: Self, else y: Self
  ) -> Self {
    apply(Ops.Select(comparison), [lhs, Self(rhs), x, y])
  }
}

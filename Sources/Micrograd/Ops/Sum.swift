extension Ops {
  /// The sum of any number of values, x₀ + … + xₙ₋₁: every partial is 1.
  ///
  /// One node instead of a chain of n − 1 additions. The terms are added left to
  /// right, so the value equals the chain's bit for bit.
  @frozen
  public struct Sum<Scalar: BinaryFloatingPoint>: NaryLocalGradient {
    /// Creates the op.
    @inlinable public init() {}
    /// The name `"sum"`.
    @inlinable public static var name: String { "sum" }
    /// Returns the sum and a partial of 1 per input.
    @inlinable
    public func forward(_ x: [Scalar]) -> (value: Scalar, partials: [Scalar]) {
      var total = x.first ?? 0
      for term in x.dropFirst() { total += term }
      return (total, Array(repeating: 1, count: x.count))
    }
  }
}

extension DifferentiableScalar {
  /// The sum of `values` as a single graph node; 0 (a new leaf) for no values.
  ///
  /// Every partial derivative is 1. One node replaces a chain of n − 1 additions, with
  /// the same value bit for bit; a value listed twice counts twice. See ``Ops/Sum``.
  @inlinable
  public static func sum(_ values: [Self]) -> Self {
    values.isEmpty ? Self(0) : apply(Ops.Sum(), values)
  }
}

extension Sequence where Element: DifferentiableScalar {
  /// The sum of the elements as a single graph node; 0 (a new leaf) if there are none.
  ///
  /// See ``DifferentiableScalar/sum(_:)``.
  @inlinable
  public func sum() -> Element { Element.sum(Array(self)) }
}

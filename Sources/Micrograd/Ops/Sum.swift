extension Ops {
  /// The sum of any number of values, x₀ + … + xₙ₋₁: every partial is 1.
  ///
  /// One node instead of a chain of n − 1 additions. The terms are added left to
  /// right, so the value equals the chain's bit for bit.
  @frozen
  public struct Sum<Scalar: BinaryFloatingPoint>: BufferedNaryLocalGradient {
    /// Creates the op.
    @inlinable public init() {}
    /// The name `"sum"`.
    @inlinable public static var name: String { "sum" }

    /// Returns the sum, writing a partial of 1 per input.
    @inlinable
    public func forward(
      _ x: UnsafeBufferPointer<Scalar>, partials: UnsafeMutableBufferPointer<Scalar>
    ) -> Scalar {
      for i in x.indices { partials[i] = 1 }
      return Self.value(count: x.count) { x[$0] }
    }

    /// Σ of `term(i)` for i in 0..<n, added left to right (0 for n = 0).
    @inlinable @inline(__always)
    public static func value(count n: Int, _ term: (Int) -> Scalar) -> Scalar {
      guard n > 0 else { return 0 }
      var total = term(0)
      for i in 1..<n { total += term(i) }
      return total
    }

    /// Back-propagates the gradient `g` of a sum of n terms: adds 1·g to the gradient of
    /// each term (`addTo(i, g)`), in the order of the inputs, as `backward()` does for
    /// the op's node. A compiled tape calls this with its own storage.
    @inlinable @inline(__always)
    public static func backward(count n: Int, _ g: Scalar, addTo: (Int, Scalar) -> Void) {
      for i in 0..<n { addTo(i, 1 * g) }  // ∂/∂xᵢ = 1
    }
  }
}

extension DifferentiableScalar {
  /// The sum of `values` as a single graph node; 0 (a new leaf) for no values.
  ///
  /// Every partial derivative is 1. One node replaces a chain of n − 1 additions, with
  /// the same value bit for bit; a value listed twice counts twice. See ``Ops/Sum``.
  @inlinable @inline(__always)
  public static func sum(_ values: [Self]) -> Self {
    values.isEmpty ? Self(0) : apply(Ops.Sum(), values)
  }
}

extension Sequence where Element: DifferentiableScalar {
  /// The sum of the elements as a single graph node; 0 (a new leaf) if there are none.
  ///
  /// See ``DifferentiableScalar/sum(_:)``.
  @inlinable @inline(__always)
  public func sum() -> Element { Element.sum(Array(self)) }
}

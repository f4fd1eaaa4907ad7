// Reductions of any number of values besides sum and dot (Sum.swift, Dot.swift).

extension Ops {
  /// The arithmetic mean, (x₀ + … + xₙ₋₁)/n: every partial is 1/n.
  ///
  /// The terms are added left to right, as in ``Sum``, then divided by n.
  @frozen
  public struct Mean<Scalar: BinaryFloatingPoint>: NaryLocalGradient {
    /// Creates the op.
    @inlinable public init() {}
    /// The name `"mean"`.
    @inlinable public static var name: String { "mean" }
    /// Returns the mean and a partial of 1/n per input.
    ///
    /// - Precondition: `x` is not empty.
    @inlinable
    public func forward(_ x: [Scalar]) -> (value: Scalar, partials: [Scalar]) {
      precondition(!x.isEmpty, "mean of no values")
      var total = x[0]
      for term in x.dropFirst() { total += term }
      let n = Scalar(x.count)
      return (total / n, Array(repeating: 1 / n, count: x.count))
    }
  }

  /// The log of the sum of exponentials, ln Σ eˣⁱ, computed stably:
  /// ∂/∂xᵢ = e^(xᵢ − y), the softmax.
  ///
  /// As PyTorch's `logsumexp`: the largest input m is subtracted before exponentiating,
  /// y = m + ln Σ e^(xᵢ − m), so nothing overflows; if m is infinite it is not
  /// subtracted. So an input of +inf gives +inf, with partial NaN for it (e^(inf − inf))
  /// and 0 for the finite inputs; all inputs −inf give −inf with partials NaN; a NaN input
  /// gives NaN.
  @frozen
  public struct LogSumExp<Scalar: ScalarMath>: NaryLocalGradient {
    /// Creates the op.
    @inlinable public init() {}
    /// The name `"logSumExp"`.
    @inlinable public static var name: String { "logSumExp" }
    /// Returns ln Σ eˣⁱ and its partials e^(xᵢ − y).
    ///
    /// - Precondition: `x` is not empty.
    @inlinable
    public func forward(_ x: [Scalar]) -> (value: Scalar, partials: [Scalar]) {
      precondition(!x.isEmpty, "logSumExp of no values")
      var m = x[0]
      for value in x.dropFirst() where value > m { m = value }
      if !m.isFinite { m = 0 }
      var total: Scalar = 0
      for value in x { total += Scalar.exp(value - m) }
      let y = m + Scalar.log(total)
      return (y, x.map { Scalar.exp($0 - y) })
    }
  }
}

extension DifferentiableScalar {
  /// The arithmetic mean of `values`, as a single graph node.
  ///
  /// Every partial derivative is 1/n. See ``Ops/Mean``.
  ///
  /// - Precondition: `values` is not empty.
  @inlinable @inline(__always)
  public static func mean(_ values: [Self]) -> Self {
    precondition(!values.isEmpty, "mean of no values")
    return apply(Ops.Mean(), values)
  }
}

extension DifferentiableScalar where Scalar: ScalarMath {
  /// The log of the sum of the exponentials of `values`, ln Σ eˣⁱ, computed without
  /// overflow, as a single graph node (PyTorch's `logsumexp`).
  ///
  /// ∂/∂xᵢ = e^(xᵢ − y), the softmax of the values. See ``Ops/LogSumExp``.
  ///
  /// - Precondition: `values` is not empty.
  @inlinable @inline(__always)
  public static func logSumExp(_ values: [Self]) -> Self {
    precondition(!values.isEmpty, "logSumExp of no values")
    return apply(Ops.LogSumExp(), values)
  }
}

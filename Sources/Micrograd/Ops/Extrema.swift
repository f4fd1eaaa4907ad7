// The larger and smaller of values, and clamping, with PyTorch's gradients at ties:
// equal values share the gradient evenly, and a NaN wins.

extension Ops {
  /// The larger of two values, max(x, y): the gradient goes to the larger input.
  ///
  /// As PyTorch's `torch.maximum`: at a tie (x = y) each partial is ½; if either input is
  /// NaN the value is NaN and both partials are 1.
  @frozen
  public struct Maximum<Scalar: BinaryFloatingPoint>: BinaryLocalGradient {
    /// Creates the op.
    @inlinable public init() {}
    /// The name `"max"`.
    @inlinable public static var name: String { "max" }
    /// Returns max(x, y) and its partials.
    @inlinable @_specialize(where Scalar == Double) @_specialize(where Scalar == Float)
    public func forward(_ x: Scalar, _ y: Scalar) -> (value: Scalar, dx: Scalar, dy: Scalar) {
      if x > y { return (x, 1, 0) }
      if x < y { return (y, 0, 1) }
      if x == y { return (x, 0.5, 0.5) }
      return (x.isNaN ? x : y, 1, 1)
    }
  }

  /// The smaller of two values, min(x, y): the gradient goes to the smaller input.
  ///
  /// As PyTorch's `torch.minimum`: at a tie (x = y) each partial is ½; if either input is
  /// NaN the value is NaN and both partials are 1.
  @frozen
  public struct Minimum<Scalar: BinaryFloatingPoint>: BinaryLocalGradient {
    /// Creates the op.
    @inlinable public init() {}
    /// The name `"min"`.
    @inlinable public static var name: String { "min" }
    /// Returns min(x, y) and its partials.
    @inlinable @_specialize(where Scalar == Double) @_specialize(where Scalar == Float)
    public func forward(_ x: Scalar, _ y: Scalar) -> (value: Scalar, dx: Scalar, dy: Scalar) {
      if x < y { return (x, 1, 0) }
      if x > y { return (y, 0, 1) }
      if x == y { return (x, 0.5, 0.5) }
      return (x.isNaN ? x : y, 1, 1)
    }
  }

  /// The largest of any number of values: the gradient goes to the largest input.
  ///
  /// As PyTorch's `torch.max` of a tensor: k inputs tied for the largest share the
  /// gradient, 1/k each; if any input is NaN the value is NaN and the NaN inputs share
  /// the gradient.
  @frozen
  public struct Max<Scalar: BinaryFloatingPoint>: NaryLocalGradient {
    /// Creates the op.
    @inlinable public init() {}
    /// The name `"max"`.
    @inlinable public static var name: String { "max" }
    /// Returns the largest value and its partials.
    ///
    /// - Precondition: `x` is not empty.
    @inlinable
    public func forward(_ x: [Scalar]) -> (value: Scalar, partials: [Scalar]) {
      precondition(!x.isEmpty, "max of no values")
      return extremum(of: x, by: >)
    }
  }

  /// The smallest of any number of values: the gradient goes to the smallest input.
  ///
  /// As PyTorch's `torch.min` of a tensor: k inputs tied for the smallest share the
  /// gradient, 1/k each; if any input is NaN the value is NaN and the NaN inputs share
  /// the gradient.
  @frozen
  public struct Min<Scalar: BinaryFloatingPoint>: NaryLocalGradient {
    /// Creates the op.
    @inlinable public init() {}
    /// The name `"min"`.
    @inlinable public static var name: String { "min" }
    /// Returns the smallest value and its partials.
    ///
    /// - Precondition: `x` is not empty.
    @inlinable
    public func forward(_ x: [Scalar]) -> (value: Scalar, partials: [Scalar]) {
      precondition(!x.isEmpty, "min of no values")
      return extremum(of: x, by: <)
    }
  }

  /// Clamping to constant bounds, min(max(x, lower), upper): d/dx = 1 strictly between
  /// the bounds, else 0.
  ///
  /// As PyTorch's `clamp` with number bounds, the derivative is 0 at the bounds
  /// themselves, and if `lower` > `upper` every value becomes `upper`. NaN stays NaN in
  /// the value and, unlike PyTorch (which gives 0), in the derivative, as in ``ReLU``.
  @frozen
  public struct Clamp<Scalar: BinaryFloatingPoint>: UnaryLocalGradient {
    /// The lower bound.
    public var lower: Scalar
    /// The upper bound.
    public var upper: Scalar
    /// Creates the op clamping to [`lower`, `upper`].
    @inlinable public init(_ lower: Scalar, _ upper: Scalar) {
      self.lower = lower
      self.upper = upper
    }
    /// The name `"clamp"`.
    @inlinable public static var name: String { "clamp" }
    /// Returns x clamped to the bounds and its derivative.
    @inlinable @_specialize(where Scalar == Double) @_specialize(where Scalar == Float)
    public func forward(_ x: Scalar) -> (value: Scalar, dx: Scalar) {
      if x.isNaN { return (x, x) }
      if x > upper || lower > upper { return (upper, 0) }
      if x < lower { return (lower, 0) }
      // At a bound the value is the bound itself, a constant like the partial 0, so that
      // a dual number's tangent and the partial agree there too.
      return x > lower && x < upper ? (x, 1) : (x == upper ? upper : lower, 0)
    }
  }
}

/// The extreme value of `x` (`precedes` is `>` for the largest) and the partials that
/// share the gradient evenly among its ties, or among the NaNs if there are any.
@inlinable
func extremum<Scalar: BinaryFloatingPoint>(
  of x: [Scalar], by precedes: (Scalar, Scalar) -> Bool
) -> (value: Scalar, partials: [Scalar]) {
  var best = x[0]
  for value in x.dropFirst() where value.isNaN || precedes(value, best) {
    best = value
    if best.isNaN { break }
  }
  var partials = [Scalar](repeating: 0, count: x.count)
  var ties: Scalar = 0
  for i in x.indices where x[i] == best || (best.isNaN && x[i].isNaN) {
    partials[i] = 1
    ties += 1
  }
  for i in partials.indices where partials[i] != 0 { partials[i] = 1 / ties }
  return (best, partials)
}

// The methods are `maximum` and `minimum`, not `max` and `min`: a member named `max`
// would hide the standard library's global `max` in every extension of a conforming type
// (`max(1, 2)` in `extension Var` would no longer compile). Of two values it is an
// instance method, `x.maximum(y)` as PyTorch's `Tensor.maximum(other)`: a static
// `maximum(_:_:)` would clash with `FloatingPoint.maximum(_:_:)` on `Dual`, which is both.

extension DifferentiableScalar {
  /// The larger of this value and `other`.
  ///
  /// The gradient goes to the larger; at a tie each gets half, and if either is NaN the
  /// result is NaN and both get all of it, as in PyTorch's `torch.maximum`.
  /// See ``Ops/Maximum``.
  @inlinable @inline(__always)
  public func maximum(_ other: Self) -> Self { Self.apply(Ops.Maximum(), self, other) }

  /// The smaller of this value and `other`.
  ///
  /// The gradient goes to the smaller; at a tie each gets half, and if either is NaN the
  /// result is NaN and both get all of it, as in PyTorch's `torch.minimum`.
  /// See ``Ops/Minimum``.
  @inlinable @inline(__always)
  public func minimum(_ other: Self) -> Self { Self.apply(Ops.Minimum(), self, other) }

  /// The largest of `values`, as a single graph node.
  ///
  /// The gradient goes to the largest; k tied values get 1/k each, and NaN wins, as in
  /// PyTorch's `torch.max` of a tensor. See ``Ops/Max``.
  ///
  /// - Precondition: `values` is not empty.
  @inlinable @inline(__always)
  public static func maximum(_ values: [Self]) -> Self {
    precondition(!values.isEmpty, "max of no values")
    return apply(Ops.Max(), values)
  }

  /// The smallest of `values`, as a single graph node.
  ///
  /// The gradient goes to the smallest; k tied values get 1/k each, and NaN wins, as in
  /// PyTorch's `torch.min` of a tensor. See ``Ops/Min``.
  ///
  /// - Precondition: `values` is not empty.
  @inlinable @inline(__always)
  public static func minimum(_ values: [Self]) -> Self {
    precondition(!values.isEmpty, "min of no values")
    return apply(Ops.Min(), values)
  }

  /// This value clamped to [`lower`, `upper`] (PyTorch's `clamp`).
  ///
  /// d/dx is 1 strictly between the bounds and 0 elsewhere, the bounds included, as in
  /// PyTorch; NaN stays NaN. See ``Ops/Clamp``.
  @inlinable @inline(__always)
  public func clamp(_ lower: Scalar, _ upper: Scalar) -> Self {
    Self.apply(Ops.Clamp(lower, upper), self)
  }
}

// Division is an op of its own, not micrograd's x · y⁻¹: the value is the correctly
// rounded IEEE quotient, and 1/0 is +inf.

extension Ops {
  /// Division, x / y: ∂/∂x = 1/y, ∂/∂y = −x/y².
  @frozen
  public struct Divide<Scalar: BinaryFloatingPoint>: BinaryLocalGradient {
    /// Creates the op.
    @inlinable public init() {}
    /// The name `"/"`.
    @inlinable public static var name: String { "/" }
    /// Returns x / y and its partials (1/y, −(x/y)/y).
    @inlinable @_specialize(where Scalar == Double) @_specialize(where Scalar == Float)
    public func forward(_ x: Scalar, _ y: Scalar) -> (value: Scalar, dx: Scalar, dy: Scalar) {
      let q = x / y
      return (q, 1 / y, -q / y)  // −q/y rather than −x/y², which overflows sooner
    }
  }

  /// Dividing by a constant, x / c: d/dx = 1/c.
  @frozen
  public struct DivideByConstant<Scalar: BinaryFloatingPoint>: UnaryLocalGradient {
    /// The constant divisor c.
    public var divisor: Scalar
    /// Creates the op x / `divisor`.
    @inlinable public init(_ divisor: Scalar) { self.divisor = divisor }
    /// The name `"/"`.
    @inlinable public static var name: String { "/" }
    /// Returns x / c and its derivative 1/c.
    @inlinable @_specialize(where Scalar == Double) @_specialize(where Scalar == Float)
    public func forward(_ x: Scalar) -> (value: Scalar, dx: Scalar) { (x / divisor, 1 / divisor) }
  }

  /// Dividing a constant, c / x: d/dx = −c/x².
  @frozen
  public struct DivideConstant<Scalar: BinaryFloatingPoint>: UnaryLocalGradient {
    /// The constant dividend c.
    public var dividend: Scalar
    /// Creates the op `dividend` / x.
    @inlinable public init(_ dividend: Scalar) { self.dividend = dividend }
    /// The name `"/"`.
    @inlinable public static var name: String { "/" }
    /// Returns c / x and its derivative −(c/x)/x.
    @inlinable @_specialize(where Scalar == Double) @_specialize(where Scalar == Float)
    public func forward(_ x: Scalar) -> (value: Scalar, dx: Scalar) {
      let q = dividend / x
      return (q, -q / x)
    }
  }
}

extension DifferentiableScalar {
  /// The quotient of two values.
  ///
  /// The partial derivatives are 1/`rhs` and −`lhs`/`rhs`². The value is IEEE division,
  /// correctly rounded, so 1/0 = +inf. See ``Ops/Divide``.
  @_transparent
  public static func / (lhs: Self, rhs: Self) -> Self { apply(Ops.Divide(), lhs, rhs) }

  /// A value divided by a constant.
  ///
  /// The derivative with respect to the value is 1/`rhs`. See ``Ops/DivideByConstant``.
  @_transparent
  public static func / (lhs: Self, rhs: Scalar) -> Self {
    apply(Ops.DivideByConstant(rhs), lhs)
  }

  /// A constant divided by a value.
  ///
  /// The derivative with respect to the value is −`lhs`/`rhs`².
  /// See ``Ops/DivideConstant``.
  @_transparent
  public static func / (lhs: Scalar, rhs: Self) -> Self { apply(Ops.DivideConstant(lhs), rhs) }

  /// Replaces `lhs` with a new value, `lhs / rhs`.
  ///
  /// Like `+=`, it records a new node and makes `lhs` refer to it.
  @_transparent
  public static func /= (lhs: inout Self, rhs: Self) { lhs = lhs / rhs }

  /// Replaces `lhs` with a new value, `lhs / rhs`.
  ///
  /// Like `+=`, it records a new node and makes `lhs` refer to it.
  @_transparent
  public static func /= (lhs: inout Self, rhs: Scalar) { lhs = lhs / rhs }
}

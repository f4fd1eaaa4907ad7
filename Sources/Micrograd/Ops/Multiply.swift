extension Ops {
  /// Multiplication, x · y: ∂/∂x = y, ∂/∂y = x.
  @frozen
  public struct Multiply<Scalar: BinaryFloatingPoint>: BinaryLocalGradient {
    /// Creates the op.
    @inlinable public init() {}
    /// The name `"*"`.
    @inlinable public static var name: String { "*" }
    /// Returns x · y and its partials (y, x).
    @inlinable @_specialize(where Scalar == Double) @_specialize(where Scalar == Float)
    public func forward(_ x: Scalar, _ y: Scalar) -> (value: Scalar, dx: Scalar, dy: Scalar) {
      (x * y, y, x)
    }
  }

  /// Scaling by a constant, c · x: d/dx = c.
  @frozen
  public struct Scale<Scalar: BinaryFloatingPoint>: UnaryLocalGradient {
    /// The constant c.
    public var factor: Scalar
    /// Creates the op `factor` · x.
    @inlinable public init(by factor: Scalar) { self.factor = factor }
    /// The name `"*"`.
    @inlinable public static var name: String { "*" }
    /// Returns c · x and its derivative c.
    @inlinable @_specialize(where Scalar == Double) @_specialize(where Scalar == Float)
    public func forward(_ x: Scalar) -> (value: Scalar, dx: Scalar) { (x * factor, factor) }
  }
}

extension DifferentiableScalar {
  /// The product of two values.
  ///
  /// The partial derivatives are `rhs` and `lhs`. See ``Ops/Multiply``.
  @_transparent
  public static func * (lhs: Self, rhs: Self) -> Self { apply(Ops.Multiply(), lhs, rhs) }

  /// The product of a value and a constant.
  ///
  /// The derivative with respect to the value is the constant. See ``Ops/Scale``.
  @_transparent
  public static func * (lhs: Self, rhs: Scalar) -> Self { apply(Ops.Scale(by: rhs), lhs) }

  /// The product of a constant and a value.
  ///
  /// The derivative with respect to the value is the constant. See ``Ops/Scale``.
  @_transparent
  public static func * (lhs: Scalar, rhs: Self) -> Self { apply(Ops.Scale(by: lhs), rhs) }

  /// Replaces `lhs` with a new value, `lhs * rhs`.
  ///
  /// Like `+=`, it records a new node and makes `lhs` refer to it.
  @_transparent
  public static func *= (lhs: inout Self, rhs: Self) { lhs = lhs * rhs }

  /// Replaces `lhs` with a new value, `lhs * rhs`.
  ///
  /// Like `+=`, it records a new node and makes `lhs` refer to it.
  @_transparent
  public static func *= (lhs: inout Self, rhs: Scalar) { lhs = lhs * rhs }
}

extension Ops {
  /// Subtraction, x − y: ∂/∂x = 1, ∂/∂y = −1.
  @frozen
  public struct Subtract<Scalar: BinaryFloatingPoint>: BinaryLocalGradient {
    /// Creates the op.
    @inlinable public init() {}
    /// The name `"-"`.
    @inlinable public static var name: String { "-" }
    /// Returns x − y and its partials (1, −1).
    @inlinable @_specialize(where Scalar == Double) @_specialize(where Scalar == Float)
    public func forward(_ x: Scalar, _ y: Scalar) -> (value: Scalar, dx: Scalar, dy: Scalar) {
      (x - y, 1, -1)
    }
  }

  /// Subtracting a constant, x − c: d/dx = 1.
  @frozen
  public struct SubtractConstant<Scalar: BinaryFloatingPoint>: UnaryLocalGradient {
    /// The constant c.
    public var constant: Scalar
    /// Creates the op x − `constant`.
    @inlinable public init(_ constant: Scalar) { self.constant = constant }
    /// The name `"-"`.
    @inlinable public static var name: String { "-" }
    /// Returns x − c and its derivative 1.
    @inlinable @_specialize(where Scalar == Double) @_specialize(where Scalar == Float)
    public func forward(_ x: Scalar) -> (value: Scalar, dx: Scalar) { (x - constant, 1) }
  }

  /// Subtracting from a constant, c − x: d/dx = −1.
  @frozen
  public struct SubtractFromConstant<Scalar: BinaryFloatingPoint>: UnaryLocalGradient {
    /// The constant c.
    public var constant: Scalar
    /// Creates the op `constant` − x.
    @inlinable public init(_ constant: Scalar) { self.constant = constant }
    /// The name `"-"`.
    @inlinable public static var name: String { "-" }
    /// Returns c − x and its derivative −1.
    @inlinable @_specialize(where Scalar == Double) @_specialize(where Scalar == Float)
    public func forward(_ x: Scalar) -> (value: Scalar, dx: Scalar) { (constant - x, -1) }
  }

  /// Negation, −x: d/dx = −1.
  @frozen
  public struct Negate<Scalar: BinaryFloatingPoint>: UnaryLocalGradient {
    /// Creates the op.
    @inlinable public init() {}
    /// The name `"neg"`.
    @inlinable public static var name: String { "neg" }
    /// Returns −x and its derivative −1.
    @inlinable @_specialize(where Scalar == Double) @_specialize(where Scalar == Float)
    public func forward(_ x: Scalar) -> (value: Scalar, dx: Scalar) { (-x, -1) }
  }
}

extension DifferentiableScalar {
  /// The difference of two values.
  ///
  /// The partial derivatives are 1 and −1. See ``Ops/Subtract``.
  @_transparent
  public static func - (lhs: Self, rhs: Self) -> Self { apply(Ops.Subtract(), lhs, rhs) }

  /// A value minus a constant.
  ///
  /// The derivative with respect to the value is 1. See ``Ops/SubtractConstant``.
  @_transparent
  public static func - (lhs: Self, rhs: Scalar) -> Self { apply(Ops.SubtractConstant(rhs), lhs) }

  /// A constant minus a value.
  ///
  /// The derivative with respect to the value is −1. See ``Ops/SubtractFromConstant``.
  @_transparent
  public static func - (lhs: Scalar, rhs: Self) -> Self {
    apply(Ops.SubtractFromConstant(lhs), rhs)
  }

  /// The negation of a value.
  ///
  /// The derivative is −1. See ``Ops/Negate``.
  @inlinable @inline(__always)
  public static prefix func - (x: Self) -> Self { apply(Ops.Negate(), x) }

  /// Replaces `lhs` with a new value, `lhs - rhs`.
  ///
  /// Like `+=`, it records a new node and makes `lhs` refer to it.
  @_transparent
  public static func -= (lhs: inout Self, rhs: Self) { lhs = lhs - rhs }

  /// Replaces `lhs` with a new value, `lhs - rhs`.
  ///
  /// Like `+=`, it records a new node and makes `lhs` refer to it.
  @_transparent
  public static func -= (lhs: inout Self, rhs: Scalar) { lhs = lhs - rhs }
}

extension Ops {
  /// Addition, x + y: ∂/∂x = 1, ∂/∂y = 1.
  @frozen
  public struct Add<Scalar: BinaryFloatingPoint>: BinaryLocalGradient {
    /// Creates the op.
    @inlinable public init() {}
    /// The name `"+"`.
    @inlinable public static var name: String { "+" }
    /// Returns x + y and its partials (1, 1).
    @inlinable @_specialize(where Scalar == Double) @_specialize(where Scalar == Float)
    public func forward(_ x: Scalar, _ y: Scalar) -> (value: Scalar, dx: Scalar, dy: Scalar) {
      (x + y, 1, 1)
    }
  }

  /// Adding a constant, x + c: d/dx = 1.
  @frozen
  public struct AddConstant<Scalar: BinaryFloatingPoint>: UnaryLocalGradient {
    /// The constant c.
    public var constant: Scalar
    /// Creates the op x + `constant`.
    @inlinable public init(_ constant: Scalar) { self.constant = constant }
    /// The name `"+"`.
    @inlinable public static var name: String { "+" }
    /// Returns x + c and its derivative 1.
    @inlinable @_specialize(where Scalar == Double) @_specialize(where Scalar == Float)
    public func forward(_ x: Scalar) -> (value: Scalar, dx: Scalar) { (x + constant, 1) }
  }
}

extension DifferentiableScalar {
  /// The sum of two values.
  ///
  /// Both partial derivatives are 1: a sum passes its gradient on unchanged.
  /// See ``Ops/Add``.
  @_transparent
  public static func + (lhs: Self, rhs: Self) -> Self { apply(Ops.Add(), lhs, rhs) }

  /// The sum of a value and a constant.
  ///
  /// The derivative with respect to the value is 1. See ``Ops/AddConstant``.
  @_transparent
  public static func + (lhs: Self, rhs: Scalar) -> Self { apply(Ops.AddConstant(rhs), lhs) }

  /// The sum of a constant and a value.
  ///
  /// The derivative with respect to the value is 1. See ``Ops/AddConstant``.
  @_transparent
  public static func + (lhs: Scalar, rhs: Self) -> Self { apply(Ops.AddConstant(lhs), rhs) }

  /// Replaces `lhs` with a new value, `lhs + rhs`.
  ///
  /// As in micrograd, `x += y` records a new node, `x + y`, and makes `x` refer to it;
  /// values computed earlier from the old `x` are unchanged.
  @_transparent
  public static func += (lhs: inout Self, rhs: Self) { lhs = lhs + rhs }

  /// Replaces `lhs` with a new value, `lhs + rhs`.
  ///
  /// As in micrograd, `x += y` records a new node, `x + y`, and makes `x` refer to it;
  /// values computed earlier from the old `x` are unchanged.
  @_transparent
  public static func += (lhs: inout Self, rhs: Scalar) { lhs = lhs + rhs }

  /// The value itself (unary plus records no op).
  @inlinable @inline(__always)
  public static prefix func + (x: Self) -> Self { x }
}

// The protocols below `FloatingPoint` for `Dual`: equality, order, literals, striding
// and the arithmetic (`+`, `-`, `*`, `/`), which applies the ops (`Ops.Add`,
// `Ops.Multiply`, …), so that no derivative is written here. Equality and order look at
// `data` only. `Dual+BinaryFloatingPoint.swift` builds `FloatingPoint` and
// `BinaryFloatingPoint` on them.

extension Dual: Equatable {
  /// Whether the values are equal; the tangents are not compared.
  @inlinable
  public static func == (lhs: Self, rhs: Self) -> Bool { lhs.data == rhs.data }
}

extension Dual: Hashable {
  /// Hashes the value only, consistently with `==`.
  @inlinable
  public func hash(into hasher: inout Hasher) { hasher.combine(data) }
}

extension Dual: Comparable {
  /// Compares the values; the tangents are not compared.
  @inlinable
  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.data < rhs.data }
}

extension Dual: ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral {
  /// A constant from an integer literal.
  @inlinable
  public init(integerLiteral value: Int) { self.init(T(value)) }

  /// A constant from a floating-point literal.
  @inlinable
  public init(floatLiteral value: Double) { self.init(T(value)) }
}

extension Dual: Strideable {
  /// The difference `other − self`, a dual number.
  @inlinable
  public func distance(to other: Self) -> Self { other - self }

  /// The sum `self + n`, a dual number.
  @inlinable
  public func advanced(by n: Self) -> Self { self + n }
}

extension Dual: AdditiveArithmetic, Numeric, SignedNumeric {
  /// Zero, a constant.
  @inlinable
  public static var zero: Self { Self(0) }

  /// The sum, by ``Ops/Add``.
  @inlinable
  public static func + (lhs: Self, rhs: Self) -> Self { apply(Ops.Add(), lhs, rhs) }

  /// The difference, by ``Ops/Subtract``.
  @inlinable
  public static func - (lhs: Self, rhs: Self) -> Self { apply(Ops.Subtract(), lhs, rhs) }

  /// The product, by ``Ops/Multiply``.
  @inlinable
  public static func * (lhs: Self, rhs: Self) -> Self { apply(Ops.Multiply(), lhs, rhs) }

  /// The quotient, by ``Ops/Divide``.
  @inlinable
  public static func / (lhs: Self, rhs: Self) -> Self { apply(Ops.Divide(), lhs, rhs) }

  /// Adds `rhs` to `lhs`.
  @inlinable
  public static func += (lhs: inout Self, rhs: Self) { lhs = lhs + rhs }

  /// Subtracts `rhs` from `lhs`.
  @inlinable
  public static func -= (lhs: inout Self, rhs: Self) { lhs = lhs - rhs }

  /// Multiplies `lhs` by `rhs`.
  @inlinable
  public static func *= (lhs: inout Self, rhs: Self) { lhs = lhs * rhs }

  /// Divides `lhs` by `rhs`.
  @inlinable
  public static func /= (lhs: inout Self, rhs: Self) { lhs = lhs / rhs }

  /// The negation, by ``Ops/Negate``.
  @inlinable
  public static prefix func - (x: Self) -> Self { apply(Ops.Negate(), x) }

  /// Negates the value and its tangent.
  @inlinable
  public mutating func negate() { self = -self }

  /// The absolute value, by ``Ops/Abs``.
  @inlinable
  public var magnitude: Self { Self.apply(Ops.Abs(), self) }

  /// A constant from an integer, if it is exactly representable.
  @inlinable
  public init?<Source: BinaryInteger>(exactly source: Source) {
    guard let value = T(exactly: source) else { return nil }
    self.init(value)
  }
}

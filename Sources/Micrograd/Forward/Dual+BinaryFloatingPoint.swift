// `Dual` as a `FloatingPoint` and a `BinaryFloatingPoint`, so that it can be the scalar
// of another mode: `Var<Dual<T>>` (forward over reverse, for Hessian-vector products)
// and `Dual<Dual<T>>` (nested forward mode). The arithmetic it needs is in
// `Dual+FloatingPoint.swift`.
//
// Everything that describes the number itself (`isNaN`, `exponent`, `ulp`, …) looks at
// `data` only, as ForwardDiff.jl's `Dual <: Real` does; a conversion to another
// floating-point type keeps `data` and drops the tangent.

extension Dual: FloatingPoint {
  /// The exponent type of the value.
  public typealias Exponent = T.Exponent

  /// A constant from an integer.
  @inlinable
  public init(_ value: Int) { self.init(T(value)) }

  /// A constant from an integer.
  @inlinable
  public init<Source: BinaryInteger>(_ value: Source) { self.init(T(value)) }

  /// A constant from a sign, exponent and significand.
  @inlinable
  public init(sign: FloatingPointSign, exponent: Exponent, significand: Self) {
    self.init(
      T(sign: sign, exponent: exponent, significand: significand.data),
      tangent: T(sign: sign, exponent: exponent, significand: significand.tangent),
      tag: significand.tag)
  }

  /// The magnitude of `magnitudeOf` with the sign of `signOf`; the tangent follows.
  @inlinable
  public init(signOf: Self, magnitudeOf: Self) {
    let value = T(signOf: signOf.data, magnitudeOf: magnitudeOf.data)
    let flips = (value.sign == .minus) != (magnitudeOf.data.sign == .minus)
    self.init(
      value, tangent: flips ? -magnitudeOf.tangent : magnitudeOf.tangent,
      tag: magnitudeOf.tag)
  }

  /// The radix of the value's type.
  @inlinable public static var radix: Int { T.radix }
  /// A quiet NaN.
  @inlinable public static var nan: Self { Self(T.nan) }
  /// A signaling NaN.
  @inlinable public static var signalingNaN: Self { Self(T.signalingNaN) }
  /// Positive infinity.
  @inlinable public static var infinity: Self { Self(T.infinity) }
  /// The largest finite value.
  @inlinable public static var greatestFiniteMagnitude: Self { Self(T.greatestFiniteMagnitude) }
  /// π.
  @inlinable public static var pi: Self { Self(T.pi) }
  /// The smallest positive normal value.
  @inlinable public static var leastNormalMagnitude: Self { Self(T.leastNormalMagnitude) }
  /// The smallest positive value.
  @inlinable public static var leastNonzeroMagnitude: Self { Self(T.leastNonzeroMagnitude) }

  /// The unit in the last place of the value.
  @inlinable public var ulp: Self { Self(data.ulp) }
  /// The sign of the value.
  @inlinable public var sign: FloatingPointSign { data.sign }
  /// The exponent of the value.
  @inlinable public var exponent: Exponent { data.exponent }
  /// The significand of the value; its tangent is scaled alike.
  @inlinable
  public var significand: Self {
    Self(
      data.significand, tangent: T(sign: .plus, exponent: -data.exponent, significand: tangent),
      tag: tag)
  }

  /// Replaces the value with the remainder of dividing by `other` (IEEE), whose
  /// derivative is ẋ − n·ẏ for the quotient n rounded to nearest.
  @inlinable
  public mutating func formRemainder(dividingBy other: Self) {
    formRemainder(data.remainder(dividingBy: other.data), of: other, .toNearestOrEven)
  }

  /// Replaces the value with the truncating remainder of dividing by `other`, whose
  /// derivative is ẋ − n·ẏ for the quotient n rounded toward zero.
  @inlinable
  public mutating func formTruncatingRemainder(dividingBy other: Self) {
    formRemainder(data.truncatingRemainder(dividingBy: other.data), of: other, .towardZero)
  }

  /// Replaces the value with `remainder`, r = x − n·y for the quotient n = x/y rounded by
  /// `rule`, and the tangent with its derivative ẋ − n·ẏ (n is piecewise constant).
  @inlinable @inline(__always)
  mutating func formRemainder(
    _ remainder: T, of other: Self, _ rule: FloatingPointRoundingRule
  ) {
    let n = (data / other.data).rounded(rule)
    self = Dual(remainder, tangent: tangent - n * other.tangent, tag: Self.tag(tag, other.tag))
  }

  /// Replaces the value with its square root, by ``Ops/SquareRoot``.
  @inlinable
  public mutating func formSquareRoot() { self = Self.apply(Ops.SquareRoot(), self) }

  /// Adds the product `lhs · rhs`.
  @inlinable
  public mutating func addProduct(_ lhs: Self, _ rhs: Self) { self += lhs * rhs }

  /// Rounds the value; the result is piecewise constant, so its tangent is 0.
  @inlinable
  public mutating func round(_ rule: FloatingPointRoundingRule) {
    self = Self(data.rounded(rule))
  }

  /// The next value up; the tangent is unchanged.
  @inlinable public var nextUp: Self { Self(data.nextUp, tangent: tangent, tag: tag) }

  /// Whether the values are equal.
  @inlinable public func isEqual(to other: Self) -> Bool { data.isEqual(to: other.data) }
  /// Whether the value is less than the other's.
  @inlinable public func isLess(than other: Self) -> Bool { data.isLess(than: other.data) }
  /// Whether the value is less than or equal to the other's.
  @inlinable
  public func isLessThanOrEqualTo(_ other: Self) -> Bool {
    data.isLessThanOrEqualTo(other.data)
  }
  /// Whether the value precedes or equals the other's in the IEEE total order.
  @inlinable
  public func isTotallyOrdered(belowOrEqualTo other: Self) -> Bool {
    data.isTotallyOrdered(belowOrEqualTo: other.data)
  }

  /// Whether the value is normal.
  @inlinable public var isNormal: Bool { data.isNormal }
  /// Whether the value is finite.
  @inlinable public var isFinite: Bool { data.isFinite }
  /// Whether the value is zero.
  @inlinable public var isZero: Bool { data.isZero }
  /// Whether the value is subnormal.
  @inlinable public var isSubnormal: Bool { data.isSubnormal }
  /// Whether the value is infinite.
  @inlinable public var isInfinite: Bool { data.isInfinite }
  /// Whether the value is NaN.
  @inlinable public var isNaN: Bool { data.isNaN }
  /// Whether the value is a signaling NaN.
  @inlinable public var isSignalingNaN: Bool { data.isSignalingNaN }
  /// Whether the value is canonical.
  @inlinable public var isCanonical: Bool { data.isCanonical }
}

extension Dual: BinaryFloatingPoint {
  /// The raw significand type of the value.
  public typealias RawSignificand = T.RawSignificand
  /// The raw exponent type of the value.
  public typealias RawExponent = T.RawExponent

  /// A constant from the bit fields of a value of type `T`.
  @inlinable
  public init(
    sign: FloatingPointSign, exponentBitPattern: RawExponent,
    significandBitPattern: RawSignificand
  ) {
    self.init(
      T(
        sign: sign, exponentBitPattern: exponentBitPattern,
        significandBitPattern: significandBitPattern))
  }

  /// A constant converted from another floating-point value.
  ///
  /// Converting a `Dual` to another type keeps its value and drops its tangent.
  @inlinable
  public init<Source: BinaryFloatingPoint>(_ value: Source) {
    if let dual = value as? Self {
      self = dual
    } else {
      self.init(T(value))
    }
  }

  /// A constant converted from another floating-point value, if it is exact.
  @inlinable
  public init?<Source: BinaryFloatingPoint>(exactly value: Source) {
    guard let converted = T(exactly: value) else { return nil }
    self.init(converted)
  }

  /// The number of bits of the value's exponent.
  @inlinable public static var exponentBitCount: Int { T.exponentBitCount }
  /// The number of bits of the value's significand.
  @inlinable public static var significandBitCount: Int { T.significandBitCount }
  /// The value's exponent bits.
  @inlinable public var exponentBitPattern: RawExponent { data.exponentBitPattern }
  /// The value's significand bits.
  @inlinable public var significandBitPattern: RawSignificand { data.significandBitPattern }
  /// The power of two in the value's binade, a constant.
  @inlinable public var binade: Self { Self(data.binade) }
  /// The number of significant bits of the value's significand.
  @inlinable public var significandWidth: Int { data.significandWidth }
}

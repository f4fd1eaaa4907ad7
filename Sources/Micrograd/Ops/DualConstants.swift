// Constants as plain numbers where the scalar is a dual number: in a `hessian` closure
// (`Var<Dual<Double>>`), in nested derivatives (`Dual<Dual<Double>>`), and in any other
// conformer whose `Scalar` is a `Dual`, `x * c` and `x.pow(c)` take `c: Double` (the
// dual number's `Base`) as they do in `gradient` and `derivative`, where `Scalar` is
// `Double` itself.
//
// Each overload converts the constant with `Scalar(c)` (tangent 0) and calls the op's
// own method, so no op is written twice. They name the constant's type through the
// associated type `Scalar.Base`, not a generic parameter: an operator with a free generic
// operand is tried for every `+` in a program, and `0.5 - Double(i) / 16` then fails to
// type-check in reasonable time. They are `@_disfavoredOverload`, so that a literal
// (`x + 1`, `x * 2.0`) still picks the `Scalar` form.
//
// With the constant on the left, only `c + x` and `c * x` exist: with `c - x` and `c / x`
// too, plain `Double` code in any file that imports Micrograd failed to type-check
// (`(0..<16).map { [Double($0) / 8 - 1, 0.5 - Double($0) / 16] }`; measured with
// `swiftc -typecheck`: the four left forms, an error; `+` and `*`, 5.4 s, as with none;
// `+`, `*` and `-`, 7.5 s). A literal works on either side (`2 - x`); a `Double` variable
// on the left of `-` or `/` is written `Scalar(c) - x`.

/// A dual number over a base type: what the plain-number constants of
/// ``DifferentiableScalar``'s ops are keyed on where its `Scalar` is a dual number.
///
/// ``Dual`` is the conforming type; `Var<Dual<Double>>`, `Dual<Dual<Double>>` and any
/// other ``DifferentiableScalar`` whose `Scalar` is a `Dual` take `Double` constants.
public protocol DualProtocol: BinaryFloatingPoint {
  /// The type of the value and the tangent, `T` in `Dual<T>`: the type of a constant.
  associatedtype Base: BinaryFloatingPoint

  /// A constant: the value `base`, with tangent 0.
  init(_ base: Base)
}

extension Dual: DualProtocol {
  /// `T`, the type of a constant.
  public typealias Base = T
}

extension DifferentiableScalar where Scalar: DualProtocol {
  /// The sum with a constant given as a plain number, where `Scalar` is a `Dual`.
  @inlinable @_disfavoredOverload
  public static func + (lhs: Self, rhs: Scalar.Base) -> Self { lhs + Scalar(rhs) }

  /// The difference with a constant given as a plain number, where `Scalar` is a `Dual`.
  @inlinable @_disfavoredOverload
  public static func - (lhs: Self, rhs: Scalar.Base) -> Self { lhs - Scalar(rhs) }

  /// The product with a constant given as a plain number, where `Scalar` is a `Dual`.
  @inlinable @_disfavoredOverload
  public static func * (lhs: Self, rhs: Scalar.Base) -> Self { lhs * Scalar(rhs) }

  /// The quotient by a constant given as a plain number, where `Scalar` is a `Dual`.
  @inlinable @_disfavoredOverload
  public static func / (lhs: Self, rhs: Scalar.Base) -> Self { lhs / Scalar(rhs) }

  /// The sum of a constant given as a plain number and a value, where `Scalar` is a `Dual`.
  @inlinable @_disfavoredOverload
  public static func + (lhs: Scalar.Base, rhs: Self) -> Self { Scalar(lhs) + rhs }

  /// The product of a constant given as a plain number and a value, where `Scalar` is a `Dual`.
  @inlinable @_disfavoredOverload
  public static func * (lhs: Scalar.Base, rhs: Self) -> Self { Scalar(lhs) * rhs }

  /// Adds a constant given as a plain number, where `Scalar` is a `Dual`.
  @inlinable @_disfavoredOverload
  public static func += (lhs: inout Self, rhs: Scalar.Base) { lhs += Scalar(rhs) }

  /// Subtracts a constant given as a plain number, where `Scalar` is a `Dual`.
  @inlinable @_disfavoredOverload
  public static func -= (lhs: inout Self, rhs: Scalar.Base) { lhs -= Scalar(rhs) }

  /// Multiplies by a constant given as a plain number, where `Scalar` is a `Dual`.
  @inlinable @_disfavoredOverload
  public static func *= (lhs: inout Self, rhs: Scalar.Base) { lhs *= Scalar(rhs) }

  /// Divides by a constant given as a plain number, where `Scalar` is a `Dual`.
  @inlinable @_disfavoredOverload
  public static func /= (lhs: inout Self, rhs: Scalar.Base) { lhs /= Scalar(rhs) }

  /// Clamps to constants given as plain numbers, where `Scalar` is a `Dual`; see
  /// ``clamp(_:_:)-(Scalar,Scalar)``.
  @inlinable @_disfavoredOverload
  public func clamp(_ lower: Scalar.Base, _ upper: Scalar.Base) -> Self {
    clamp(Scalar(lower), Scalar(upper))
  }

  /// The leaky ReLU with a slope given as a plain number, where `Scalar` is a `Dual`;
  /// see ``leakyReLU(slope:)-(Scalar)``.
  @inlinable @_disfavoredOverload
  public func leakyReLU(slope: Scalar.Base) -> Self { leakyReLU(slope: Scalar(slope)) }

  /// `x` where `lhs` `comparison` a constant given as a plain number, and `y` otherwise,
  /// where `Scalar` is a `Dual`; see ``select(_:_:_:then:else:)-(_,_,Scalar,_,_)``.
  @inlinable @_disfavoredOverload
  public static func select(
    _ lhs: Self, _ comparison: Comparison, _ rhs: Scalar.Base, then x: Self, else y: Self
  ) -> Self {
    select(lhs, comparison, Scalar(rhs), then: x, else: y)
  }
}

extension DifferentiableScalar where Scalar: DualProtocol & ScalarMath {
  /// This value raised to a constant power given as a plain number, where `Scalar` is a
  /// `Dual`; see ``pow(_:)-(Scalar)``.
  @inlinable @_disfavoredOverload
  public func pow(_ exponent: Scalar.Base) -> Self { pow(Scalar(exponent)) }

  /// The ELU with a scale given as a plain number, where `Scalar` is a `Dual`; see
  /// ``elu(alpha:)-(Scalar)``.
  @inlinable @_disfavoredOverload
  public func elu(alpha: Scalar.Base) -> Self { elu(alpha: Scalar(alpha)) }
}

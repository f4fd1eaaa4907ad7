import Micrograd

/// An op that the kit can rebuild in dual numbers, so that ``checkOp(_:in:reference:seed:trials:tolerance:checks:at:fileID:line:testName:)-(Op,Domain,Reference?,_,_,_,_,_,_,_,_)``
/// also checks its second derivatives.
///
/// Second derivatives come from running the op at `Scalar == Dual<T>`
/// (`hessian(of:at:)` and nested `Dual`s), so the kit needs the same op at that type.
/// Swift cannot rebuild a generic type at another argument from an instance, so an op
/// says how, in one line:
///
/// ```swift
/// extension LegendreP3: SecondOrderCheckable {
///   var atDual: LegendreP3<Dual<Scalar>> { LegendreP3<Dual<Scalar>>() }
/// }
/// ```
///
/// An op with constants passes them on: `Ops.Power(Dual(exponent))`. Every built-in op
/// conforms. For a conforming op, and for every ``DifferentiableFunction``, the
/// ``GradientCheck/secondOrder`` check is on by default; an op that does not conform
/// is checked to first order only, and its report says so.
public protocol SecondOrderCheckable: LocalGradient {
  /// The same op, computing in dual numbers.
  associatedtype AtDual: LocalGradient where AtDual.Scalar == Dual<Scalar>

  /// The same op, with the same constants, at `Scalar == Dual<Scalar>`; it must be of
  /// the same arity (unary, binary or n-ary).
  var atDual: AtDual { get }
}

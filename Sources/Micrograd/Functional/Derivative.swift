// Forward mode: `derivative(of:at:)` and `directionalDerivative(of:at:along:)`.
//
// Each call seeds its inputs with a tag of its own (the address of an object that
// lives for the call), so that a value from an outer call meeting one from an inner
// call of the same type, perturbation confusion, traps instead of adding the two
// perturbations together.

/// An object whose address tags one forward-mode call's perturbation.
@usableFromInline
final class PerturbationTag {
  @usableFromInline init() {}
  @inlinable var bits: UInt { UInt(bitPattern: ObjectIdentifier(self)) }
}

/// The derivative of a function of one scalar, by forward mode.
///
/// ```swift
/// derivative(of: { x in x * x.sin() }, at: 2.0)  // sin 2 + 2 cos 2
/// ```
///
/// Nesting is safe. In `derivative(of: { x in x * derivative(of: { y in x + y }, at: 1) },
/// at: 1)` the inner call runs one level deeper (`Dual<Dual<Double>>`), where the outer
/// `x` is a constant, and the result is 1. If an inner call is forced to the outer's
/// type (`at: someDouble`), the two perturbations would be confused: that traps with a
/// message rather than returning a wrong number (ForwardDiff.jl's tags, at run time).
@inlinable
public func derivative<T: BinaryFloatingPoint>(of f: (Dual<T>) -> Dual<T>, at x: T) -> T {
  let tag = PerturbationTag()
  return withExtendedLifetime(tag) { f(Dual(x, tangent: 1, tag: tag.bits)).tangent }
}

/// The derivative of a function of one dual number, one level deeper: the form that a
/// `derivative(of:at:)` nested inside another takes, so that the outer call's values
/// are constants of the inner one.
@inlinable
public func derivative<T: BinaryFloatingPoint>(
  of f: (Dual<Dual<T>>) -> Dual<Dual<T>>, at x: Dual<T>
) -> Dual<T> {
  let tag = PerturbationTag()
  return withExtendedLifetime(tag) { f(Dual(x, tangent: 1, tag: tag.bits)).tangent }
}

/// The derivative of a function of n scalars along a direction (a Jacobian-vector
/// product), by forward mode: one evaluation of `f` on dual numbers.
///
/// ```swift
/// directionalDerivative(of: { x in x[0] * x[1] }, at: [3.0, 4.0], along: [1, 0])  // 4
/// ```
///
/// - Precondition: `point` and `direction` have the same length.
@inlinable
public func directionalDerivative<T: BinaryFloatingPoint>(
  of f: ([Dual<T>]) -> Dual<T>, at point: [T], along direction: [T]
) -> T {
  withSeeds(point, along: direction, for: "directionalDerivative") { f($0).tangent }
}

/// Calls `body` with `point` seeded along `direction`, as dual numbers under a tag of
/// their own that lives for the call: the seeding of
/// `directionalDerivative(of:at:along:)` and of `hessianVectorProduct(of:at:along:)`.
///
/// - Precondition: `point` and `direction` have the same length; `name`, the caller's,
///   begins the message.
@inlinable
func withSeeds<T: BinaryFloatingPoint, R>(
  _ point: [T], along direction: [T], for name: String, _ body: ([Dual<T>]) -> R
) -> R {
  precondition(
    point.count == direction.count,
    "\(name): a point of \(point.count) values and a direction of \(direction.count)")
  let tag = PerturbationTag()
  return withExtendedLifetime(tag) {
    body(zip(point, direction).map { Dual($0, tangent: $1, tag: tag.bits) })
  }
}

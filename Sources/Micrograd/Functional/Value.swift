/// The value of a function of n scalars at a point, with no graph and no derivative:
/// the function written once over ``DifferentiableScalar`` run at plain numbers.
///
/// ```swift
/// value(of: rosenbrock, at: [1.0, 1.0])  // 0.0
/// ```
///
/// The same function goes to ``gradient(of:at:)-(([Tracer<T>])->Tracer<T>,_)``, ``hessian(of:at:)-(([HessianTracer<T>])->HessianTracer<T>,_)`` and the
/// forward-mode entry points unchanged; see ``Primal``.
@inlinable
public func value<T: BinaryFloatingPoint>(of f: ([Primal<T>]) -> Primal<T>, at point: [T]) -> T {
  f(point.map { Primal($0) }).data
}

import Micrograd

/// A function of n inputs, written once over every differentiable scalar, so that one
/// check can run it in reverse mode, in forward mode and in Double as a reference.
///
/// Swift cannot pass a generic function as a value, so a generic function is a type
/// with a generic `callAsFunction`:
///
/// ```swift
/// struct Gate: DifferentiableFunction {
///   func callAsFunction<V: DifferentiableScalar>(_ x: Inputs<V>) -> V
///   where V.Scalar: ScalarMath {
///     (x[0] * x[1]).tanh() + x[0]
///   }
/// }
///
/// let result = checkFunction(Gate(), inputs: 2, as: Double.self)
/// ```
public protocol DifferentiableFunction {
  /// The function's value at `x`, built from the ops of `V`.
  func callAsFunction<V: DifferentiableScalar>(_ x: Inputs<V>) -> V where V.Scalar: ScalarMath
}

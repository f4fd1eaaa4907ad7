// `gradient(of:at:)` and `valueWithGradient(of:at:)`: reverse mode over fresh leaves.

/// The value of a function of n scalars and its gradient at a point, by reverse mode.
///
/// `f` is called once with fresh leaves holding `point`; the gradient is read from the
/// graph it builds **without writing `grad`** on any value, so `f` may read the
/// parameters of a model that other threads are differentiating at the same time.
/// (Calling `backward()` on a shared model from two threads at once is a data race:
/// both write the parameters' `grad`.)
///
/// ```swift
/// func f<V: DifferentiableScalar>(_ x: [V]) -> V { x[0] * x[1] + x[0] }
/// let (value, gradient) = valueWithGradient(of: f, at: [3.0, 4.0])  // 15, [5, 3]
/// ```
///
/// Reverse mode cannot be nested: a function passed here that calls `gradient(of:at:)`
/// on values of this call traps with a message. For second derivatives use
/// ``hessian(of:at:)-(([HessianTracer<T>])->HessianTracer<T>,_)`` or ``hessianVectorProduct(of:at:along:)-(([HessianTracer<T>])->HessianTracer<T>,_,_)``.
///
/// - Complexity: one evaluation of `f`, and a walk of its graph that costs about twice
///   `backward()` (it keeps its bookkeeping in a table of its own, not in the nodes).
@inlinable @_disfavoredOverload
public func valueWithGradient<T: BinaryFloatingPoint>(
  of f: ([Var<T>]) -> Var<T>, at point: [T]
) -> (value: T, gradient: [T]) {
  let inputs = point.map { Var($0) }
  let output = Node.call(f, markingInputs: inputs)
  return (output.data, output.node.pureGradients(withRespectTo: inputs.map(\.node)))
}

/// The gradient of a function of n scalars at a point, by reverse mode.
///
/// See ``valueWithGradient(of:at:)-(([Tracer<T>])->Tracer<T>,_)``: it writes no `grad`, so it is safe to call from
/// several threads through shared parameters.
///
/// ```swift
/// gradient(of: { x in (x[0] * x[1]).tanh() }, at: [0.5, -1.0])
/// ```
@inlinable @_disfavoredOverload
public func gradient<T: BinaryFloatingPoint>(
  of f: ([Var<T>]) -> Var<T>, at point: [T]
) -> [T] {
  valueWithGradient(of: f, at: point).gradient
}

extension Var {
  /// The same value as a new leaf, with no path back to this one: PyTorch's
  /// `detach()`, JAX's `stop_gradient`.
  ///
  /// Gradients stop here: back-propagating through the result never reaches this value
  /// or what it depends on. If the value is a dual number (`Var<Dual<T>>`, as in
  /// ``hessian(of:at:)-(([HessianTracer<T>])->HessianTracer<T>,_)`` and ``jacobian(of:at:)-(([Tracer<T>])->[Tracer<T>],_)``), its tangent is dropped too, so that
  /// forward and reverse mode see the same function.
  @inlinable
  public func detached() -> Var {
    if let dual = data as? any DualNumber, let constant = dual.constantPart as? T {
      return Var(constant)
    }
    return Var(data)
  }
}

extension Dual {
  /// The same value as a constant: the tangent is dropped (JAX's `stop_gradient`).
  @inlinable
  public func detached() -> Dual { Dual(data) }
}

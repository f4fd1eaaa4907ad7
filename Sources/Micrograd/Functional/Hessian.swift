// Second derivatives, forward over reverse: the function is evaluated on
// `Var<Dual<T>>`, a reverse-mode graph whose values are dual numbers. Each op runs its
// own `forward` at `Scalar == Dual<T>`, so its local partials carry their own
// derivatives along the seeded direction, and one reverse sweep gives H·v in the
// tangents of the gradient (JAX's recipe for Hessian-vector products).

/// The Hessian-vector product H·v of a function of n scalars at a point: forward over
/// reverse, one evaluation and one reverse sweep, about 2–4 gradients' cost.
///
/// Write `f` generically (over `V: DifferentiableScalar`, with `where V.Scalar:
/// ScalarMath` if it uses `exp`, `tanh`, …) and pass it by name, or as a closure:
///
/// ```swift
/// func rosenbrock<V: DifferentiableScalar>(_ x: [V]) -> V where V.Scalar: ScalarMath {
///   (1 - x[0]).pow(2) + 100 * (x[1] - x[0] * x[0]).pow(2)
/// }
/// hessianVectorProduct(of: rosenbrock, at: [1.0, 1.0], along: [1, 0])  // [802, -400]
/// ```
///
/// Every op written generically over its `Scalar` gets second derivatives for free. An
/// op that converts to a concrete type inside (`Double(x)`) drops the perturbation and
/// gives wrong second derivatives; nothing at run time can tell that apart from
/// rounding, so check your ops with `MicrogradTesting`'s second-order checks, which
/// compare the Hessian with finite differences of the gradient.
///
/// - Precondition: `point` and `direction` have the same length.
@inlinable @_disfavoredOverload
public func hessianVectorProduct<T: BinaryFloatingPoint>(
  of f: ([Var<Dual<T>>]) -> Var<Dual<T>>, at point: [T], along direction: [T]
) -> [T] {
  withSeeds(point, along: direction, for: "hessianVectorProduct") { seeds in
    let inputs = seeds.map { Var($0) }
    let output = Node.call(f, markingInputs: inputs)
    return output.node.pureGradients(withRespectTo: inputs.map(\.node)).map(\.tangent)
  }
}

/// The Hessian, the matrix of second derivatives ∂²f/∂xᵢ∂xⱼ, of a function of n scalars
/// at a point: n Hessian-vector products, one per column.
///
/// ```swift
/// hessian(of: rosenbrock, at: [1.0, 1.0])  // [[802, -400], [-400, 200]]
/// ```
///
/// See ``hessianVectorProduct(of:at:along:)-(([HessianTracer<T>])->HessianTracer<T>,_,_)`` for how to write `f` and what an op needs.
/// The result is symmetric up to rounding (each column comes from its own sweep).
@inlinable @_disfavoredOverload
public func hessian<T: BinaryFloatingPoint>(
  of f: ([Var<Dual<T>>]) -> Var<Dual<T>>, at point: [T]
) -> [[T]] {
  let n = point.count
  var columns: [[T]] = []
  columns.reserveCapacity(n)
  for j in 0..<n {
    let basis = (0..<n).map { $0 == j ? T(1) : T(0) }
    columns.append(hessianVectorProduct(of: f, at: point, along: basis))
  }
  return (0..<n).map { i in (0..<n).map { j in columns[j][i] } }
}

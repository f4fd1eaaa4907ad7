// The fast path of `hessian(of:at:)` and `hessianVectorProduct(of:at:along:)`: a
// function that can run on `HessianTracer` (one written over `DifferentiableScalar`, or
// a closure that uses only ops) runs on it, with no graph. A closure that needs
// `Var<Dual<T>>` gets the graph overloads, which are disfavoured so that the compiler
// picks these whenever both fit.

/// The value, the gradient and the Hessian of a function of n scalars at a point.
///
/// For n ≤ 4 it is one hyper-dual pass of `f` (see ``HessianTracer``); for more inputs,
/// n passes of forward over reverse, one per column. This is what Newton's method needs
/// at each step:
///
/// ```swift
/// let (value, g, h) = valueWithGradientAndHessian(of: rosenbrock, at: [0.5, 2.0])
/// ```
///
/// The Hessian is symmetric up to rounding (forward over reverse computes each column
/// in its own pass).
@inlinable
public func valueWithGradientAndHessian<T: BinaryFloatingPoint & SIMDScalar>(
  of f: ([HessianTracer<T>]) -> HessianTracer<T>, at point: [T]
) -> (value: T, gradient: [T], hessian: [[T]]) {
  let n = point.count
  guard n > 0 else { return (f([]).data.data, [], []) }
  let arena = TraceArena.acquire()
  defer { TraceArena.relinquish(arena) }
  var gradient = [T](repeating: 0, count: n)
  var flat = [T](repeating: 0, count: n * n)
  var value: T = 0
  point.withUnsafeBufferPointer { point in
    gradient.withUnsafeMutableBufferPointer { gradient in
      flat.withUnsafeMutableBufferPointer { flat in
        if n <= HessianTracer<T>.laneCount {
          value = HessianTracer.evaluateHyperDual(
            f, at: point, gradient: gradient, hessian: flat, arena: arena)
          return
        }
        withUnsafeTemporaryAllocation(of: T.self, capacity: 2 * n) { scratch in
          let direction = UnsafeMutableBufferPointer(rebasing: scratch[0..<n])
          let column = UnsafeMutableBufferPointer(rebasing: scratch[n..<2 * n])
          for j in 0..<n {
            direction.update(repeating: 0)
            direction[j] = 1
            value = HessianTracer.evaluateForwardOverReverse(
              f, at: point, along: UnsafeBufferPointer(direction), gradient: gradient,
              product: column, arena: arena)
            for i in 0..<n { flat[i * n + j] = column[i] }
          }
        }
      }
    }
  }
  return (value, gradient, (0..<n).map { i in Array(flat[i * n..<(i + 1) * n]) })
}

/// The Hessian, the matrix of second derivatives ∂²f/∂xᵢ∂xⱼ, of a function of n scalars
/// at a point.
///
/// Write `f` generically (over `V: DifferentiableScalar`, with `where V.Scalar:
/// ScalarMath` if it uses `exp`, `tanh`, …) and pass it by name, or as a closure:
///
/// ```swift
/// func rosenbrock<V: DifferentiableScalar>(_ x: [V]) -> V where V.Scalar: ScalarMath {
///   (1 - x[0]).pow(2) + 100 * (x[1] - x[0] * x[0]).pow(2)
/// }
/// hessian(of: rosenbrock, at: [1.0, 1.0])  // [[802, -400], [-400, 200]]
/// ```
///
/// It runs on ``HessianTracer``: one hyper-dual pass for n ≤ 4, n passes of forward over
/// reverse otherwise. Every op written generically over its `Scalar` gets second
/// derivatives for free. See
/// ``valueWithGradientAndHessian(of:at:)`` for the value and gradient from the same pass.
@inlinable
public func hessian<T: BinaryFloatingPoint & SIMDScalar>(
  of f: ([HessianTracer<T>]) -> HessianTracer<T>, at point: [T]
) -> [[T]] {
  valueWithGradientAndHessian(of: f, at: point).hessian
}

/// The Hessian-vector product H·v of a function of n scalars at a point: forward over
/// reverse, one pass of `f` and one backward sweep, a small multiple of a gradient's
/// cost.
///
/// ```swift
/// hessianVectorProduct(of: rosenbrock, at: [1.0, 1.0], along: [1, 0])  // [802, -400]
/// ```
///
/// See ``hessian(of:at:)-(([HessianTracer<T>])->HessianTracer<T>,_)`` for how to write
/// `f`.
///
/// - Precondition: `point` and `direction` have the same length.
@inlinable
public func hessianVectorProduct<T: BinaryFloatingPoint & SIMDScalar>(
  of f: ([HessianTracer<T>]) -> HessianTracer<T>, at point: [T], along direction: [T]
) -> [T] {
  precondition(
    point.count == direction.count,
    "hessianVectorProduct: a point of \(point.count) values and a direction of "
      + "\(direction.count)")
  let n = point.count
  let arena = TraceArena.acquire()
  defer { TraceArena.relinquish(arena) }
  var product = [T](repeating: 0, count: n)
  point.withUnsafeBufferPointer { point in
    direction.withUnsafeBufferPointer { direction in
      product.withUnsafeMutableBufferPointer { product in
        withUnsafeTemporaryAllocation(of: T.self, capacity: n) { gradient in
          _ = HessianTracer.evaluateForwardOverReverse(
            f, at: point, along: direction, gradient: gradient, product: product, arena: arena)
        }
      }
    }
  }
  return product
}

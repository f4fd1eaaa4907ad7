// The fast path of `gradient(of:at:)` and `valueWithGradient(of:at:)`: a function that
// can run on `Tracer` (one written over `DifferentiableScalar`, or a closure that uses
// only ops) runs on it, with no graph. A closure that needs `Var` (it captures a model's
// parameters, or calls `backward()`) gets the `Var` overloads, which are disfavoured so
// that the compiler picks this one whenever both fit.

/// The value of a function of n scalars and its gradient at a point.
///
/// `f` runs once on ``Tracer`` values: forward mode on lanes for n ≤ 4 inputs (one pass,
/// no memory allocated per op), reverse mode over a flat recording for more (one pass and
/// one backward sweep, in memory the thread reuses). See ``Tracer`` for how each works.
///
/// ```swift
/// func f<V: DifferentiableScalar>(_ x: [V]) -> V { x[0] * x[1] + x[0] }
/// let (value, gradient) = valueWithGradient(of: f, at: [3.0, 4.0])  // 15, [5, 3]
/// ```
///
/// Nothing is shared between calls, so several threads may call it at once. A closure
/// that captures `Var`s (a model's parameters) runs on `Var` instead, through the
/// overload that takes `([Var<T>]) -> Var<T>`.
///
/// - Complexity: forward mode costs about 1–4 evaluations of `f` on plain numbers;
///   reverse mode about 3–6.
@inlinable
public func valueWithGradient<T: BinaryFloatingPoint & SIMDScalar>(
  of f: ([Tracer<T>]) -> Tracer<T>, at point: [T]
) -> (value: T, gradient: [T]) {
  let arena = TraceArena.acquire()
  defer { TraceArena.relinquish(arena) }
  var value: T = 0
  let gradient = [T](unsafeUninitializedCapacity: point.count) { buffer, count in
    value = point.withUnsafeBufferPointer {
      Tracer.evaluate(f, at: $0, gradient: buffer, arena: arena)
    }
    count = point.count
  }
  return (value, gradient)
}

/// The gradient of a function of n scalars at a point.
///
/// See ``valueWithGradient(of:at:)-(([Tracer<T>])->Tracer<T>,_)`` for how it is computed.
///
/// ```swift
/// gradient(of: { x in (x[0] * x[1]).tanh() }, at: [0.5, -1.0])
/// ```
@inlinable
public func gradient<T: BinaryFloatingPoint & SIMDScalar>(
  of f: ([Tracer<T>]) -> Tracer<T>, at point: [T]
) -> [T] {
  valueWithGradient(of: f, at: point).gradient
}

/// The value of a function of n scalars at a point, writing its gradient into
/// `gradient`: the form for hot loops, which allocates nothing once `gradient` has room.
///
/// ```swift
/// var g: [Double] = []
/// for _ in 0..<1000 {
///   let loss = valueWithGradient(of: f, at: p, into: &g)
///   for i in p.indices { p[i] -= 0.01 * g[i] }
/// }
/// ```
@inlinable
public func valueWithGradient<T: BinaryFloatingPoint & SIMDScalar>(
  of f: ([Tracer<T>]) -> Tracer<T>, at point: [T], into gradient: inout [T]
) -> T {
  if gradient.count != point.count {
    gradient = [T](repeating: 0, count: point.count)
  }
  let arena = TraceArena.acquire()
  defer { TraceArena.relinquish(arena) }
  return point.withUnsafeBufferPointer { point in
    gradient.withUnsafeMutableBufferPointer {
      Tracer.evaluate(f, at: point, gradient: $0, arena: arena)
    }
  }
}

// The fast path of `jacobian(of:at:)`: a function that can run on `Tracer` runs on it.

/// The Jacobian of a function of n scalars and m results at a point: `result[i][j]` is
/// ∂fᵢ/∂xⱼ.
///
/// `f` runs once on ``Tracer`` values. For n ≤ 4 inputs that one forward pass on lanes
/// carries every column; for more, it is recorded once and swept backwards once per
/// result:
///
/// ```swift
/// func polar<V: DifferentiableScalar>(_ p: [V]) -> [V] where V.Scalar: ScalarMath {
///   [p[0] * p[1].cos(), p[0] * p[1].sin()]
/// }
/// jacobian(of: polar, at: [2.0, 0.5])
/// ```
@inlinable
public func jacobian<T: BinaryFloatingPoint & SIMDScalar>(
  of f: ([Tracer<T>]) -> [Tracer<T>], at point: [T]
) -> [[T]] {
  let arena = TraceArena.acquire()
  defer { TraceArena.relinquish(arena) }
  let n = point.count
  return point.withUnsafeBufferPointer { point in
    Tracer.withInputs(at: point, arena: arena, comparisons: nil) { inputs, recording in
      f(inputs).map { output in
        [T](unsafeUninitializedCapacity: n) { row, count in
          Tracer.readGradient(
            of: output, inputs: inputs, recording: recording, into: row, arena: arena)
          count = n
        }
      }
    }
  }
}

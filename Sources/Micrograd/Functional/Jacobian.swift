// `jacobian(of:at:)`: forward or reverse mode, whichever needs fewer sweeps.

/// The Jacobian of a function of n scalars and m results at a point: `result[i][j]` is
/// ∂fᵢ/∂xⱼ.
///
/// With n ≤ m it runs n forward-mode evaluations (one per input, in the tangents);
/// otherwise one evaluation and m reverse sweeps (one per output). `f` is evaluated on
/// `Var<Dual<T>>`, which carries both modes, so one generic function serves either:
///
/// ```swift
/// func polar<V: DifferentiableScalar>(_ p: [V]) -> [V] where V.Scalar: ScalarMath {
///   [p[0] * p[1].cos(), p[0] * p[1].sin()]
/// }
/// jacobian(of: polar, at: [2.0, 0.5])
/// ```
///
/// - Precondition: `f` returns the same number of results at every call.
@inlinable @_disfavoredOverload
public func jacobian<T: BinaryFloatingPoint>(
  of f: ([Var<Dual<T>>]) -> [Var<Dual<T>>], at point: [T]
) -> [[T]] {
  let n = point.count
  guard n > 0 else { return f([]).map { _ in [] } }
  let tag = PerturbationTag()
  return withExtendedLifetime(tag) {
    // One evaluation seeded along the first input serves both modes: its tangents are
    // the first column, and its graph can be swept in reverse (the sweep reads `data`).
    func evaluate(seeding j: Int) -> ([Var<Dual<T>>], [Var<Dual<T>>]) {
      let inputs = (0..<n).map { Var(Dual(point[$0], tangent: $0 == j ? 1 : 0, tag: tag.bits)) }
      return (inputs, Node.call(f, markingInputs: inputs))
    }
    let (inputs, first) = evaluate(seeding: 0)
    let m = first.count
    if n > m {
      let nodes = inputs.map(\.node)
      return first.map { $0.node.pureGradients(withRespectTo: nodes).map(\.data) }
    }
    var result = [[T]](repeating: [T](repeating: 0, count: n), count: m)
    for i in 0..<m { result[i][0] = first[i].data.tangent }
    for j in 1..<n {
      let column = evaluate(seeding: j).1
      precondition(column.count == m, "jacobian: f returned \(m) results, then \(column.count)")
      for i in 0..<m { result[i][j] = column[i].data.tangent }
    }
    return result
  }
}

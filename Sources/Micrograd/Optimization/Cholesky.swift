// The small dense symmetric solve that Newton's method needs: a Cholesky factorisation
// A = L·Lᵀ, and the two triangular solves. For the few dozen unknowns Newton is meant
// for, an O(n³) factorisation of an array of rows costs less than the Hessian itself.

/// The lower-triangular L with A = L·Lᵀ, for a symmetric positive definite A given by
/// its rows (only the lower triangle is read); `nil` if a pivot is not positive and
/// finite, that is, if A is not positive definite (to rounding).
@inlinable
package func choleskyFactor<T: BinaryFloatingPoint>(_ a: [[T]]) -> [[T]]? {
  let n = a.count
  var l = [[T]](repeating: [T](repeating: 0, count: n), count: n)
  for j in 0..<n {
    var pivot = a[j][j]
    for k in 0..<j { pivot -= l[j][k] * l[j][k] }
    guard pivot > 0, pivot.isFinite else { return nil }
    let diagonal = pivot.squareRoot()
    l[j][j] = diagonal
    for i in (j + 1)..<max(j + 1, n) {
      var entry = a[i][j]
      for k in 0..<j { entry -= l[i][k] * l[j][k] }
      l[i][j] = entry / diagonal
    }
  }
  return l
}

/// The solution x of L·Lᵀ·x = b, for the factor L from `choleskyFactor(_:)`.
@inlinable
package func choleskySolve<T: BinaryFloatingPoint>(_ l: [[T]], _ b: [T]) -> [T] {
  let n = b.count
  var y = b
  for i in 0..<n {
    for k in 0..<i { y[i] -= l[i][k] * y[k] }
    y[i] /= l[i][i]
  }
  for i in stride(from: n - 1, through: 0, by: -1) {
    for k in (i + 1)..<max(i + 1, n) { y[i] -= l[k][i] * y[k] }
    y[i] /= l[i][i]
  }
  return y
}

/// The solution of (A + τ·I)·x = b with the smallest τ ≥ 0 tried that makes A + τ·I
/// positive definite, and that τ: Nocedal and Wright's "Cholesky with added multiple of
/// the identity" (Algorithm 3.3).
///
/// τ is 0 if A is positive definite; else it starts at β − min Aᵢᵢ (or β if every
/// Aᵢᵢ > 0), with β = 10⁻³·max(1, max |Aᵢᵢ|), and grows tenfold until the
/// factorisation succeeds. The result is then a descent direction for x = −A⁻¹g
/// however indefinite A is. `nil` only if A has entries that are not finite.
@inlinable
package func solveShiftedToPositiveDefinite<T: BinaryFloatingPoint>(
  _ a: [[T]], _ b: [T]
) -> (solution: [T], shift: T)? {
  if let l = choleskyFactor(a) { return (choleskySolve(l, b), 0) }
  let diagonal = a.indices.map { a[$0][$0] }
  guard diagonal.allSatisfy(\.isFinite) else { return nil }
  let beta = T(1e-3) * Swift.max(1, diagonal.map(\.magnitude).max() ?? 1)
  let smallest = diagonal.min() ?? 0
  var shift = smallest > 0 ? beta : beta - smallest
  for _ in 0..<64 {
    var shifted = a
    for i in shifted.indices { shifted[i][i] += shift }
    if let l = choleskyFactor(shifted) { return (choleskySolve(l, b), shift) }
    shift *= 10
  }
  return nil
}

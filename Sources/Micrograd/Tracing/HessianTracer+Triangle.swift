// The Hessian block of a hyper-dual value: the lower triangle of a symmetric 4 × 4
// matrix, 10 entries on SIMD lanes. Entry k of `low` and `high` is (row, column):
//
//   low:  (0,0) (1,0) (2,0) (3,0) (1,1) (2,1) (3,1) (2,2)
//   high: (3,2) (3,3)
//
// An update ∇²y += u·vᵀ (the lower triangle of it) is `rows(u) * columns(v)`, lane by
// lane: two SIMD products instead of four columns of four.

extension HessianTracer {
  /// The lower triangle of a symmetric 4 × 4 block.
  @frozen
  public struct Triangle {
    @usableFromInline var low: SIMD8<T>
    @usableFromInline var high: SIMD2<T>

    @inlinable @inline(__always)
    init(low: SIMD8<T> = .zero, high: SIMD2<T> = .zero) {
      self.low = low
      self.high = high
    }

    /// The row of each packed entry, taken from `u`.
    @inlinable @inline(__always)
    static func rows(_ u: Lanes) -> Triangle {
      Triangle(low: SIMD8(u[0], u[1], u[2], u[3], u[1], u[2], u[3], u[2]), high: SIMD2(u[3], u[3]))
    }

    /// The column of each packed entry, taken from `v`.
    @inlinable @inline(__always)
    static func columns(_ v: Lanes) -> Triangle {
      Triangle(low: SIMD8(v[0], v[0], v[0], v[0], v[1], v[1], v[1], v[2]), high: SIMD2(v[2], v[3]))
    }

    @inlinable @inline(__always)
    static func + (a: Triangle, b: Triangle) -> Triangle {
      Triangle(low: a.low + b.low, high: a.high + b.high)
    }

    /// Lane by lane; NaN-safe if `safe` (0 where either factor is 0).
    @inlinable @inline(__always)
    static func product(_ a: Triangle, _ b: Triangle, safe: Bool) -> Triangle {
      let low = a.low * b.low
      let high = a.high * b.high
      guard safe else { return Triangle(low: low, high: high) }
      return Triangle(
        low: low.replacing(with: 0, where: a.low .== 0 .| b.low .== 0),
        high: high.replacing(with: 0, where: a.high .== 0 .| b.high .== 0))
    }

    /// Every entry times `factor`; NaN-safe if `safe`.
    @inlinable @inline(__always)
    func scaled(by factor: T, safe: Bool) -> Triangle {
      if factor == 1 { return self }
      if safe {
        return Triangle(
          low: nanSafeScaled(low, by: factor), high: nanSafeScaled(high, by: factor))
      }
      return Triangle(low: low * factor, high: high * factor)
    }

    /// Entry (i, j) of the symmetric block.
    @inlinable
    subscript(i: Int, j: Int) -> T {
      let (row, column) = i >= j ? (i, j) : (j, i)
      switch (row, column) {
      case (3, 2): return high[0]
      case (3, 3): return high[1]
      case (_, 0): return low[row]
      case (_, 1): return low[row + 3]
      default: return low[7]  // (2, 2)
      }
    }
  }
}

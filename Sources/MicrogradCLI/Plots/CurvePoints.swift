/// The points of a curve that an SVG can draw: at most a few thousand of them, and none
/// that is not finite.

/// The indices of at most `limit` values out of `count`, evenly spread, always keeping
/// the first and the last; all of them when there are `limit` or fewer.
func thinnedIndices(count: Int, limit: Int = 2000) -> [Int] {
  guard count > limit, limit >= 2 else { return Array(0..<max(count, 0)) }
  let last = count - 1
  return (0..<limit).map { i in Int(Double(i) / Double(limit - 1) * Double(last)) }
}

/// The runs of consecutive points whose coordinates are both finite: a value that is
/// not finite (a diverged loss) breaks the curve instead of being drawn at a wrong place.
func finiteRuns(_ points: [(Double, Double)]) -> [[(Double, Double)]] {
  var runs: [[(Double, Double)]] = []
  var current: [(Double, Double)] = []
  for point in points {
    if point.0.isFinite && point.1.isFinite {
      current.append(point)
    } else if !current.isEmpty {
      runs.append(current)
      current = []
    }
  }
  if !current.isEmpty { runs.append(current) }
  return runs
}

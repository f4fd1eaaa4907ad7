import Micrograd

// Portable conversions from random bits to numbers. The standard library's
// `Double.random(in:using:)` is an implementation detail that may change between
// platforms and versions; these are part of the kit's contract: a seed gives the same
// points everywhere.
extension SplitMix64 {
  /// A uniform `Double` in [0, 1): the top 53 bits, scaled by 2⁻⁵³.
  mutating func unit() -> Double {
    Double(next() >> 11) * 0x1p-53
  }

  /// A uniform `Double` in [`lower`, `upper`).
  mutating func uniform(_ lower: Double, _ upper: Double) -> Double {
    lower + (upper - lower) * unit()
  }

  /// A uniform integer in 0..<`bound` (the high half of a 128-bit product).
  mutating func index(below bound: Int) -> Int {
    Int(next().multipliedFullWidth(by: UInt64(bound)).high)
  }

  /// `true` with probability `p`.
  mutating func chance(_ p: Double) -> Bool { unit() < p }
}

extension Double {
  /// This value rounded to `decimals` decimals, so that printed points are short.
  func rounded(decimals: Int) -> Double {
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    return (self * scale).rounded() / scale
  }
}

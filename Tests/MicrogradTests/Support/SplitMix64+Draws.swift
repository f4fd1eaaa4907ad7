import Micrograd

// Draws for the random expression graphs, on the package's one SplitMix64.
extension SplitMix64 {
  /// Returns `true` with probability `p`.
  mutating func chance(_ p: Double) -> Bool {
    Double.random(in: 0..<1, using: &self) < p
  }

  /// A uniform value in `range`, rounded to `decimals` decimals so that printed cases
  /// are short and can be pasted back exactly.
  mutating func rounded(in range: ClosedRange<Double>, decimals: Int = 3) -> Double {
    let scale = Double.pow10(decimals)
    return (Double.random(in: range, using: &self) * scale).rounded() / scale
  }
}

extension Double {
  /// 10 raised to a small non-negative integer power, exactly.
  static func pow10(_ n: Int) -> Double {
    var result = 1.0
    for _ in 0..<n { result *= 10 }
    return result
  }
}

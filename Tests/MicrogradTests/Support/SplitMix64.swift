/// A small, fast, seeded random number generator (Steele, Lea and Flood's SplitMix64),
/// so that every random test case can be reproduced from one 64-bit seed.
///
/// The same generator seeds `java.util.SplittableRandom` and swift-algorithms' tests.
/// Each output is a bijective mix of a counter, so every seed gives a full-period
/// stream and two different seeds give unrelated streams.
struct SplitMix64: RandomNumberGenerator {
  private var state: UInt64

  /// Creates a generator whose stream is fixed by `seed`.
  init(seed: UInt64) {
    state = seed
  }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

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

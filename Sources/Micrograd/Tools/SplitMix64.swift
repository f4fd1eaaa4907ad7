/// A small, fast, seeded random number generator (Steele, Lea and Flood's SplitMix64),
/// the same on every platform.
///
/// Every random draw of the package comes from this generator: MicrogradNN's
/// `SeededGenerator` fills its state from it, and MicrogradTesting draws its test points
/// from it, so one 64-bit seed reproduces a run on macOS and Linux alike. Each output is
/// a bijective mix of a counter, so every seed gives a full-period stream and nearby
/// seeds give unrelated streams. It is also what seeds `java.util.SplittableRandom`.
///
/// ```swift
/// var random = SplitMix64(seed: 2024)
/// let bits = random.next()
/// ```
@frozen
public struct SplitMix64: RandomNumberGenerator, Sendable, Hashable {
  /// The counter; each call to ``next()`` advances it by the golden-ratio increment.
  public var state: UInt64

  /// Creates a generator whose stream is fixed by `seed`.
  @inlinable
  public init(seed: UInt64) {
    state = seed
  }

  /// Returns the next 64 random bits.
  @inlinable
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

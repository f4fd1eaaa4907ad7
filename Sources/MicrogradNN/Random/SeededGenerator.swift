import Micrograd

/// A small, fast, seedable random number generator (xoshiro256**), the same on every
/// platform.
///
/// The standard library's `SystemRandomNumberGenerator` cannot be seeded, and the way
/// `Double.random(in:using:)` turns bits into numbers is an implementation detail that
/// may change. MicrogradNN draws every random number (weights, datasets, shuffles)
/// from this generator with its own conversions
/// (``Swift/RandomNumberGenerator/nextUnit()``,
/// ``Swift/RandomNumberGenerator/nextIndex(below:)``), so a seed gives the same network
/// and the same data on macOS and Linux, in every Swift version.
///
/// ```swift
/// var rng = SeededGenerator(seed: 42)
/// let model = MLP<Double>(2, [16, 16, 1], using: &rng)
/// ```
///
/// The 256-bit state is filled from the seed by Micrograd's `SplitMix64`, as the xoshiro authors
/// recommend, so nearby seeds give unrelated streams. `stream` selects one of 2⁶⁴
/// independent streams for the same seed: `micrograd train` draws the data from stream
/// 0 of its seed and the initial weights from stream 1, and ``Trainer`` shuffles
/// mini-batches with stream 2, so that changing the dataset does not change the initial
/// weights.
@frozen
public struct SeededGenerator: RandomNumberGenerator, Sendable {
  @usableFromInline var s0: UInt64
  @usableFromInline var s1: UInt64
  @usableFromInline var s2: UInt64
  @usableFromInline var s3: UInt64

  /// Creates a generator whose sequence is fixed by `seed` and `stream`.
  public init(seed: UInt64, stream: UInt64 = 0) {
    var mixer = SplitMix64(seed: seed)
    if stream != 0 {
      var streamMixer = SplitMix64(seed: ~stream)
      mixer = SplitMix64(seed: mixer.next() ^ streamMixer.next())
    }
    s0 = mixer.next()
    s1 = mixer.next()
    s2 = mixer.next()
    s3 = mixer.next()
  }

  /// Returns the next 64 random bits.
  @inlinable
  public mutating func next() -> UInt64 {
    let result = rotateLeft(s1 &* 5, by: 7) &* 9
    let t = s1 << 17
    s2 ^= s0
    s3 ^= s1
    s1 ^= s2
    s0 ^= s3
    s2 ^= t
    s3 = rotateLeft(s3, by: 45)
    return result
  }
}

@inlinable @inline(__always)
func rotateLeft(_ x: UInt64, by k: UInt64) -> UInt64 {
  (x << k) | (x >> (64 - k))
}

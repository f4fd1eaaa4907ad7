import Micrograd

// Portable conversions from random bits to numbers. They are written here rather than
// taken from the standard library (`Double.random(in:using:)`, `Int.random(in:using:)`)
// so that their results are part of this package's contract: a seed gives the same
// numbers on every platform and in every Swift version.

extension RandomNumberGenerator {
  /// A uniform `Double` in [0, 1): the top 53 bits of `next()`, scaled by 2⁻⁵³.
  @inlinable
  public mutating func nextUnit() -> Double {
    Double(next() >> 11) * 0x1p-53
  }

  /// A uniform `Double` in [`lower`, `upper`), as `lower + (upper − lower) · u`.
  ///
  /// - Precondition: `lower <= upper`, both finite.
  @inlinable
  public mutating func nextUniform(_ lower: Double, _ upper: Double) -> Double {
    precondition(
      lower.isFinite && upper.isFinite && lower <= upper,
      "nextUniform needs finite bounds with lower <= upper, got \(lower) and \(upper)")
    return lower + (upper - lower) * nextUnit()
  }

  /// A uniform integer in 0..<`bound`, without bias (Lemire's multiply-and-reject).
  ///
  /// - Precondition: `bound > 0`.
  @inlinable
  public mutating func nextIndex(below bound: Int) -> Int {
    precondition(bound > 0, "nextIndex needs a positive bound, got \(bound)")
    let n = UInt64(bound)
    var product = next().multipliedFullWidth(by: n)
    if product.low < n {
      let threshold = (0 &- n) % n
      while product.low < threshold {
        product = next().multipliedFullWidth(by: n)
      }
    }
    return Int(product.high)
  }

  /// A standard normal `Double` (mean 0, standard deviation 1), by the Box–Muller
  /// transform of two uniform draws.
  ///
  /// It uses the platform's `log`, `sqrt` and `cos`; `sqrt` is exact, and `log` and
  /// `cos` agree to the last bit on the platforms we know of, but the C standard does
  /// not promise it.
  @inlinable
  public mutating func nextGaussian() -> Double {
    let u1 = 1 - nextUnit()  // in (0, 1], so the log is finite
    let u2 = nextUnit()
    let radius = (-2 * Double.log(u1)).squareRoot()
    return radius * Double.cos(2 * Double.pi * u2)
  }

  /// Shuffles `array` in place with the Fisher–Yates algorithm and ``nextIndex(below:)``.
  @inlinable
  public mutating func shuffle<Element>(_ array: inout [Element]) {
    var i = array.count
    while i > 1 {
      let j = nextIndex(below: i)
      i -= 1
      array.swapAt(i, j)
    }
  }
}

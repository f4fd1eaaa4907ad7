import Micrograd

extension Examples where Target == Int {
  /// Interleaved spiral arms, one class per arm: the classic 3-class dataset of
  /// Stanford's CS231n notes (`r = linspace(0, 1, N)`, `t = linspace(4j, 4(j+1), N) +
  /// randn(N)·0.2`, the point `(r·sin t, r·cos t)`).
  ///
  /// Arm j gets `samples / classes` points (the first `samples % classes` arms one more),
  /// at radii evenly spaced from 0 to 1 and angles evenly spaced over 4 radians, from 4j,
  /// plus Gaussian noise of standard deviation `noise` on the angle. No line or two
  /// separates the arms, so a linear classifier gets about half right; a small MLP with
  /// softmax cross-entropy gets them all.
  ///
  /// - Precondition: `classes >= 1`, `samples >= 2 · classes`, and `noise` is finite and
  ///   non-negative.
  @inlinable
  public static func spiral(
    samples: Int = 300, classes: Int = 3, noise: Double = 0.2, shuffle: Bool = true,
    using generator: inout some RandomNumberGenerator
  ) -> Self {
    precondition(classes >= 1, "spiral needs at least one class, got \(classes)")
    precondition(samples >= 2 * classes, "spiral needs at least 2 samples per class")
    precondition(
      noise >= 0 && noise.isFinite, "noise must be finite and non-negative, got \(noise)")
    var rows: [[Double]] = []
    var labels: [Int] = []
    rows.reserveCapacity(samples)
    for j in 0..<classes {
      let n = samples / classes + (j < samples % classes ? 1 : 0)
      for i in 0..<n {
        let fraction = Double(i) / Double(n - 1)
        let angle = 4 * (Double(j) + fraction) + noise * generator.nextGaussian()
        rows.append([fraction * Double.sin(angle), fraction * Double.cos(angle)])
        labels.append(j)
      }
    }
    return finish(
      rows, labels, shuffle: shuffle, noise: 0,
      name: "spiral (\(samples) samples, \(classes) classes, noise \(noise))",
      using: &generator)
  }

  /// ``spiral(samples:classes:noise:shuffle:using:)`` with a ``SeededGenerator`` seeded
  /// by `seed`.
  @inlinable
  public static func spiral(
    samples: Int = 300, classes: Int = 3, noise: Double = 0.2, shuffle: Bool = true,
    seed: UInt64
  ) -> Self {
    var generator = SeededGenerator(seed: seed)
    return spiral(
      samples: samples, classes: classes, noise: noise, shuffle: shuffle, using: &generator)
  }
}

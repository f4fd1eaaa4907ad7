import Micrograd

extension Examples where Target == Int {
  /// A small circle inside a large one: scikit-learn's `make_circles`.
  ///
  /// `samples / 2` points (rounded down) on the unit circle, class 0, and the rest on a
  /// circle of radius `factor`, class 1, each evenly spaced over [0, 2π) (the end
  /// excluded); then shuffled, if `shuffle`, with Gaussian noise of standard deviation
  /// `noise` added to every coordinate, as in scikit-learn (with this package's random
  /// numbers).
  ///
  /// - Precondition: `samples >= 2`, `noise >= 0` and `0 <= factor < 1`.
  @inlinable
  public static func circles(
    samples: Int = 100, noise: Double = 0, factor: Double = 0.8, shuffle: Bool = true,
    using generator: inout some RandomNumberGenerator
  ) -> Self {
    precondition(samples >= 2, "circles needs at least 2 samples, got \(samples)")
    precondition(factor >= 0 && factor < 1, "circles needs 0 <= factor < 1, got \(factor)")
    let outer = samples / 2
    let inner = samples - outer
    var rows: [[Double]] = []
    for t in linspace(0, 2 * Double.pi, count: outer, endpoint: false) {
      rows.append([Double.cos(t), Double.sin(t)])
    }
    for t in linspace(0, 2 * Double.pi, count: inner, endpoint: false) {
      rows.append([Double.cos(t) * factor, Double.sin(t) * factor])
    }
    let labels = Array(repeating: 0, count: outer) + Array(repeating: 1, count: inner)
    return finish(
      rows, labels, shuffle: shuffle, noise: noise,
      name: "circles (\(samples) samples, noise \(noise))", using: &generator)
  }

  /// ``circles(samples:noise:factor:shuffle:using:)`` with a ``SeededGenerator``
  /// seeded by `seed`.
  @inlinable
  public static func circles(
    samples: Int = 100, noise: Double = 0, factor: Double = 0.8, shuffle: Bool = true,
    seed: UInt64
  ) -> Self {
    var generator = SeededGenerator(seed: seed)
    return circles(
      samples: samples, noise: noise, factor: factor, shuffle: shuffle, using: &generator)
  }
}

import Micrograd

extension Examples where Target == Int {
  /// Two interleaving half circles: scikit-learn's `make_moons`, the data of
  /// micrograd's demo.
  ///
  /// The meaning of the arguments is scikit-learn's: `samples / 2` points (rounded down)
  /// on the upper moon, class 0, `x = cos t, y = sin t`; the rest on the lower moon,
  /// class 1, `x = 1 − cos t, y = 1 − sin t − 0.5`; with t evenly spaced over [0, π]
  /// (both ends included). The rows are then shuffled, if `shuffle`, and Gaussian noise
  /// of standard deviation `noise` is added to every coordinate. The random numbers are
  /// this package's own (``SeededGenerator``), not NumPy's, so the points differ from
  /// scikit-learn's for the same seed; without noise and shuffling they are the same.
  ///
  /// - Precondition: `samples >= 2` and `noise >= 0`.
  @inlinable
  public static func moons(
    samples: Int = 100, noise: Double = 0, shuffle: Bool = true,
    using generator: inout some RandomNumberGenerator
  ) -> Self {
    precondition(samples >= 2, "moons needs at least 2 samples, got \(samples)")
    let outer = samples / 2
    let inner = samples - outer
    var points: [(Double, Double)] = []
    for t in linspace(0, Double.pi, count: outer) {
      points.append((Double.cos(t), Double.sin(t)))
    }
    for t in linspace(0, Double.pi, count: inner) {
      points.append((1 - Double.cos(t), 1 - Double.sin(t) - 0.5))
    }
    let labels = Array(repeating: 0, count: outer) + Array(repeating: 1, count: inner)
    return finish(
      points.map { [$0.0, $0.1] }, labels, shuffle: shuffle, noise: noise,
      name: "moons (\(samples) samples, noise \(noise))", using: &generator)
  }

  /// ``moons(samples:noise:shuffle:using:)`` with a ``SeededGenerator`` seeded by `seed`.
  @inlinable
  public static func moons(
    samples: Int = 100, noise: Double = 0, shuffle: Bool = true, seed: UInt64
  ) -> Self {
    var generator = SeededGenerator(seed: seed)
    return moons(samples: samples, noise: noise, shuffle: shuffle, using: &generator)
  }
}

/// `count` evenly spaced values from `start` to `stop`, both included, as NumPy's
/// `linspace(start, stop, count)` computes them (`start + i · step`, last set to `stop`).
@inlinable
func linspace(_ start: Double, _ stop: Double, count: Int, endpoint: Bool = true) -> [Double] {
  guard count > 0 else { return [] }
  let divisions = endpoint ? count - 1 : count
  guard divisions > 0 else { return [start] }
  let step = (stop - start) / Double(divisions)
  var values = (0..<count).map { start + Double($0) * step }
  if endpoint { values[count - 1] = stop }
  return values
}

extension Examples where Target == Int {
  /// Shuffles the rows (if asked), adds Gaussian noise, and converts to `Scalar`: the
  /// common ending of the generated datasets, in scikit-learn's order.
  @inlinable
  static func finish(
    _ rows: [[Double]], _ labels: [Int], shuffle: Bool, noise: Double, name: String,
    using generator: inout some RandomNumberGenerator
  ) -> Self {
    precondition(
      noise >= 0 && noise.isFinite, "noise must be finite and non-negative, got \(noise)")
    var order = Array(rows.indices)
    if shuffle { generator.shuffle(&order) }
    var inputs: [[Scalar]] = []
    inputs.reserveCapacity(rows.count)
    for i in order {
      var row = rows[i]
      if noise > 0 {
        for j in row.indices { row[j] += noise * generator.nextGaussian() }
      }
      inputs.append(row.map { Scalar($0) })
    }
    return Self(inputs: inputs, labels: order.map { labels[$0] }, name: name)
  }
}

import Micrograd

extension Examples where Target == Int {
  /// Gaussian clusters around random centres: scikit-learn's `make_blobs`.
  ///
  /// The centres are drawn uniform in `centerBox` for each feature; centre i gets
  /// `samples / centers` points (the first `samples % centers` centres one more), each
  /// coordinate drawn from a normal distribution with the centre's coordinate as mean
  /// and `standardDeviation` as spread; the class of a point is its centre's index. The
  /// rows are then shuffled, if `shuffle`. As in scikit-learn, `noise` is not an
  /// argument: `standardDeviation` (scikit-learn's `cluster_std`) plays its part.
  ///
  /// - Precondition: `samples >= centers >= 1`, `features >= 1`,
  ///   `standardDeviation >= 0`, and `centerBox` is finite.
  @inlinable
  public static func blobs(
    samples: Int = 100, centers: Int = 3, features: Int = 2, standardDeviation: Double = 1,
    centerBox: ClosedRange<Double> = -10...10, shuffle: Bool = true,
    using generator: inout some RandomNumberGenerator
  ) -> Self {
    precondition(centers >= 1, "blobs needs at least one centre, got \(centers)")
    precondition(samples >= centers, "blobs needs at least one sample per centre")
    precondition(features >= 1, "blobs needs at least one feature, got \(features)")
    precondition(
      standardDeviation >= 0 && standardDeviation.isFinite,
      "blobs needs a finite, non-negative standard deviation, got \(standardDeviation)")
    let means = (0..<centers).map { _ in
      (0..<features).map { _ in
        generator.nextUniform(centerBox.lowerBound, centerBox.upperBound)
      }
    }
    var rows: [[Double]] = []
    var labels: [Int] = []
    for (c, mean) in means.enumerated() {
      let n = samples / centers + (c < samples % centers ? 1 : 0)
      for _ in 0..<n {
        rows.append(mean.map { $0 + standardDeviation * generator.nextGaussian() })
        labels.append(c)
      }
    }
    return finish(
      rows, labels, shuffle: shuffle, noise: 0,
      name: "blobs (\(samples) samples, \(centers) centres)", using: &generator)
  }

  /// ``blobs(samples:centers:features:standardDeviation:centerBox:shuffle:using:)``
  /// with a ``SeededGenerator`` seeded by `seed`.
  @inlinable
  public static func blobs(
    samples: Int = 100, centers: Int = 3, features: Int = 2, standardDeviation: Double = 1,
    centerBox: ClosedRange<Double> = -10...10, shuffle: Bool = true, seed: UInt64
  ) -> Self {
    var generator = SeededGenerator(seed: seed)
    return blobs(
      samples: samples, centers: centers, features: features,
      standardDeviation: standardDeviation, centerBox: centerBox, shuffle: shuffle,
      using: &generator)
  }
}

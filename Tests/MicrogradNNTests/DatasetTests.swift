import MicrogradNN
import Testing

/// scikit-learn's semantics. The reference points were printed once with scikit-learn
/// 1.9.1 (`pip install scikit-learn`, Python 3):
///
/// ```python
/// make_moons(n_samples=7, noise=None, shuffle=False)
/// make_circles(n_samples=7, noise=None, shuffle=False)
/// ```
@Suite("Datasets")
struct DatasetTests {
  @Test("moons without noise or shuffling are scikit-learn's points")
  func moonsMatchScikitLearn() {
    let data = Dataset<Double>.moons(samples: 7, noise: 0, shuffle: false, seed: 0)
    let expected: [[Double]] = [
      [1, 0], [6.123234e-17, 1], [-1, 1.2246468e-16],
      [0, 0.5], [0.5, -0.366025404], [1.5, -0.366025404], [2, 0.5],
    ]
    for (row, reference) in zip(data.inputs, expected) {
      #expect(abs(row[0] - reference[0]) < 1e-9 && abs(row[1] - reference[1]) < 1e-9)
    }
    #expect(data.labels == [0, 0, 0, 1, 1, 1, 1])
  }

  @Test("circles without noise or shuffling are scikit-learn's points")
  func circlesMatchScikitLearn() {
    let data = Dataset<Double>.circles(samples: 7, noise: 0, shuffle: false, seed: 0)
    let expected: [[Double]] = [
      [1, 0], [-0.5, 0.866025404], [-0.5, -0.866025404],
      [0.8, 0], [0, 0.8], [-0.8, 0], [0, -0.8],
    ]
    for (row, reference) in zip(data.inputs, expected) {
      #expect(abs(row[0] - reference[0]) < 1e-9 && abs(row[1] - reference[1]) < 1e-9)
    }
    #expect(data.labels == [0, 0, 0, 1, 1, 1, 1])
  }

  @Test("n_samples: half (rounded down) in class 0, the rest in class 1", arguments: [2, 7, 100])
  func sampleCounts(samples: Int) {
    for data in [
      Dataset<Double>.moons(samples: samples, noise: 0.1, seed: 1),
      .circles(samples: samples, noise: 0.1, seed: 1),
    ] {
      #expect(data.count == samples)
      #expect(data.labels.filter { $0 == 0 }.count == samples / 2)
      #expect(data.featureCount == 2)
    }
  }

  @Test("noise is Gaussian with the given standard deviation")
  func noiseSpread() {
    let clean = Dataset<Double>.moons(samples: 4000, noise: 0, shuffle: false, seed: 1)
    let noisy = Dataset<Double>.moons(samples: 4000, noise: 0.1, shuffle: false, seed: 1)
    let offsets = zip(clean.inputs, noisy.inputs).flatMap { a, b in [b[0] - a[0], b[1] - a[1]] }
    let mean = offsets.reduce(0, +) / Double(offsets.count)
    let variance = offsets.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(offsets.count)
    #expect(abs(mean) < 0.005)
    #expect(abs(variance.squareRoot() - 0.1) < 0.005)
  }

  @Test("shuffling permutes the examples and keeps each label with its point")
  func shuffleKeepsPairs() {
    let ordered = Dataset<Double>.moons(samples: 50, shuffle: false, seed: 3)
    let shuffled = Dataset<Double>.moons(samples: 50, shuffle: true, seed: 3)
    #expect(ordered.inputs != shuffled.inputs)
    for (row, label) in zip(shuffled.inputs, shuffled.labels) {
      let index = ordered.inputs.firstIndex(of: row)
      #expect(index != nil && ordered.labels[index!] == label)
    }
  }

  @Test("the same seed gives the same data; another seed other data")
  func seeded() {
    #expect(
      Dataset<Double>.moons(noise: 0.1, seed: 5).inputs
        == Dataset<Double>.moons(noise: 0.1, seed: 5).inputs)
    #expect(
      Dataset<Double>.moons(noise: 0.1, seed: 5).inputs
        != Dataset<Double>.moons(noise: 0.1, seed: 6).inputs)
  }

  @Test("blobs: samples split over the centres, each cluster around its centre")
  func blobs() {
    let data = Dataset<Double>.blobs(samples: 301, centers: 3, standardDeviation: 0.5, seed: 2)
    #expect(data.count == 301)
    #expect(data.classCount == 3)
    #expect(data.labels.filter { $0 == 0 }.count == 101)
    #expect(data.labels.filter { $0 == 2 }.count == 100)
    for c in 0..<3 {
      let rows = zip(data.inputs, data.labels).filter { $0.1 == c }.map(\.0)
      let mean = [0, 1].map { j in rows.map { $0[j] }.reduce(0, +) / Double(rows.count) }
      #expect(mean.allSatisfy { -10.2 < $0 && $0 < 10.2 })
      let spread = rows.map { ($0[0] - mean[0]) * ($0[0] - mean[0]) }.reduce(0, +)
      #expect(abs((spread / Double(rows.count)).squareRoot() - 0.5) < 0.1)
    }
  }

  @Test("the lecture's four examples, with ys = [1, -1, -1, 1]")
  func lectureExample() {
    let data = Dataset<Double>.lectureExample
    #expect(data.inputs[1] == [3.0, -1.0, 0.5])
    #expect(data.signedLabels == [1, -1, -1, 1])
    #expect(data.featureCount == 3)
  }

  @Test("subset and feature ranges")
  func subsetAndRanges() {
    let data = Dataset<Double>(inputs: [[0, 5], [2, -1], [1, 3]], labels: [0, 1, 1])
    #expect(data.subset([2, 0]).inputs == [[1, 3], [0, 5]])
    #expect(data.subset([2, 0]).labels == [1, 0])
    #expect(data.featureRanges == [0...2, -1...5])
  }
}

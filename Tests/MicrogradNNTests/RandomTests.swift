import MicrogradNN
import Testing

/// The generator's output is part of the package's contract: the same seed must give the
/// same numbers on every platform. The reference values were computed once with a
/// separate Python implementation of SplitMix64-seeded xoshiro256** (Python 3, integer
/// arithmetic masked to 64 bits).
@Suite("Seeded random numbers")
struct RandomTests {
  @Test("xoshiro256** seeded by SplitMix64 gives the reference sequence")
  func referenceSequence() {
    var zero = SeededGenerator(seed: 0)
    #expect(
      [zero.next(), zero.next(), zero.next()] == [
        0x99ec_5f36_cb75_f2b4, 0xbf6e_1f78_4956_452a, 0x1a5f_849d_4933_e6e0,
      ])
    var fortyTwo = SeededGenerator(seed: 42)
    #expect(
      [fortyTwo.next(), fortyTwo.next(), fortyTwo.next()] == [
        0x1578_0b2e_0c2e_c716, 0x6104_d986_6d11_3a7e, 0xae17_5332_39e4_99a1,
      ])
  }

  @Test("a seed fixes the first weights of a network on every platform")
  func firstWeights() {
    let model = MLP<Double>(2, [16, 16, 1], seed: 42)
    let first = model.layers[0].neurons[0].weights.map(\.data)
    let second = model.layers[0].neurons[1].weights[0].data
    #expect(first == [-0.8322740578802357, -0.2420394986746628])
    #expect(second == 0.36008682205627873)
  }

  @Test("streams of one seed differ")
  func streams() {
    var a = SeededGenerator(seed: 1, stream: 0)
    var b = SeededGenerator(seed: 1, stream: 1)
    var c = SeededGenerator(seed: 1, stream: 2)
    let (x, y, z) = (a.next(), b.next(), c.next())
    #expect(x != y && y != z && x != z)
  }

  @Test("draws stay in their ranges and cover them")
  func ranges() {
    var generator = SeededGenerator(seed: 3)
    var counts = [Int](repeating: 0, count: 7)
    for _ in 0..<7000 {
      let u = generator.nextUnit()
      #expect(u >= 0 && u < 1)
      counts[generator.nextIndex(below: 7)] += 1
    }
    #expect(counts.allSatisfy { $0 > 850 && $0 < 1150 }, "\(counts)")
    let gaussians = (0..<20000).map { _ in generator.nextGaussian() }
    let mean = gaussians.reduce(0, +) / 20000
    let variance = gaussians.map { $0 * $0 }.reduce(0, +) / 20000 - mean * mean
    #expect(abs(mean) < 0.03 && abs(variance - 1) < 0.05)
  }

  @Test("shuffle is a permutation")
  func shuffle() {
    var generator = SeededGenerator(seed: 4)
    var values = Array(0..<50)
    generator.shuffle(&values)
    #expect(values != Array(0..<50))
    #expect(values.sorted() == Array(0..<50))
  }
}

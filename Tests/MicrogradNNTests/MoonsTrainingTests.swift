import Micrograd
import MicrogradNN
import Testing

@testable import MicrogradCLI

/// micrograd's demo, set up exactly as `micrograd train` sets it up.
@Suite("The moons demo")
struct MoonsTrainingTests {
  /// Trains the default configuration with `seed`; returns the records and the final
  /// training accuracy.
  func runDemo(seed: UInt64, steps: Int = 100) throws -> ([TrainingRecord], Double) {
    var options = TrainOptions()
    options.seed = seed
    let (data, model) = try TrainCommand.makeDataAndModel(options)
    #expect(data.count == 100 && model.parameterCount == 337)
    var trainer = Trainer(
      model: model, data: data, loss: .hinge, l2Strength: 1e-4,
      optimizer: SGD(model.parameters(), learningRate: 1.0),
      schedule: LinearDecay(from: 1.0, to: 0.1, steps: 100), shuffleSeed: seed)
    let records = (0..<steps).map { _ in trainer.step() }
    return (records, model.accuracy(on: data))
  }

  @Test("the default seed reaches 100% training accuracy within 100 steps", .tags(.slow))
  func defaultSeed() throws {
    let (records, final) = try runDemo(seed: TrainOptions.defaultSeed)
    #expect(final == 1, "final accuracy \(final)")
    #expect(records.contains { $0.accuracy == 1 })
    #expect(records.last!.loss < records.first!.loss / 10)
    let demoRates: [Double] = (0..<100).map { (k: Int) -> Double in 1.0 - 0.9 * Double(k) / 100 }
    #expect(records.map(\.learningRate) == demoRates)
  }

  @Test(
    "five other seeds reach at least 97% training accuracy", .tags(.slow),
    arguments: [2, 3, 4, 5, 6] as [UInt64])
  func otherSeeds(seed: UInt64) throws {
    let (_, final) = try runDemo(seed: seed)
    #expect(final >= 0.97, "seed \(seed): final accuracy \(final)")
  }

  @Test("the same seed gives bit-identical losses; another seed does not")
  func reproducible() throws {
    let (a, _) = try runDemo(seed: 3, steps: 8)
    let (b, _) = try runDemo(seed: 3, steps: 8)
    let (c, _) = try runDemo(seed: 4, steps: 8)
    #expect(a.map(\.loss.bitPattern) == b.map(\.loss.bitPattern))
    #expect(a.map(\.accuracy) == b.map(\.accuracy))
    #expect(a.map(\.loss) != c.map(\.loss))
  }

  @Test("mini-batches with the same seed give bit-identical losses")
  func reproducibleMiniBatches() {
    func losses() -> [Double] {
      let data = Dataset<Double>.moons(samples: 60, noise: 0.1, seed: 8)
      let model = MLP<Double>(2, [8, 1], seed: 8)
      var trainer = Trainer(
        model: model, data: data, loss: .binaryCrossEntropy, l2Strength: 0,
        optimizer: Adam(model.parameters(), learningRate: 0.05),
        schedule: CosineDecay(from: 0.05, to: 0.005, steps: 10), batchSize: 16, shuffleSeed: 8)
      return (0..<10).map { _ in trainer.step().loss }
    }
    let first = losses()
    #expect(first == losses())
    #expect(Set(first).count > 5)
  }
}

extension Tag {
  /// Tests that train for 100 steps: about 20 s each in a debug build.
  @Tag static var slow: Self
}

import Foundation
import MicrogradNN
import Testing

/// One type for classes and real targets: `Dataset` and `RegressionDataset` are
/// `Examples` with `Int` and `Scalar` targets, and share one init, subset, split and
/// CSV reader.
@Suite("Examples: one type for classes and real targets")
struct ExamplesTests {
  /// `count` examples whose one feature is their index, so that a partition shows.
  static func indexed(_ count: Int) -> (Dataset<Double>, RegressionDataset<Double>) {
    let inputs = (0..<count).map { [Double($0)] }
    return (
      Dataset(inputs: inputs, labels: (0..<count).map { $0 % 3 }, name: "classes"),
      RegressionDataset(inputs: inputs, targets: (0..<count).map { 0.5 * Double($0) })
    )
  }

  /// The split as documented: shuffle 0..<count with stream 3 of the seed, hold out the
  /// first round(fraction · count), at least 1.
  static func documentedSplit(
    _ count: Int, fraction: Double, seed: UInt64
  ) -> (training: [Int], validation: [Int]) {
    var generator = SeededGenerator(seed: seed, stream: 3)
    var order = Array(0..<count)
    generator.shuffle(&order)
    let held = max(Int((fraction * Double(count)).rounded()), 1)
    return (Array(order[held...]), Array(order[..<held]))
  }

  @Test("Dataset and RegressionDataset are Examples with Int and Scalar targets")
  func oneType() {
    #expect(Dataset<Double>.self == Examples<Double, Int>.self)
    #expect(RegressionDataset<Float>.self == Examples<Float, Float>.self)
    let (classes, values) = Self.indexed(5)
    #expect(classes.labels == classes.targets)
    #expect(values.targets == [0, 0.5, 1, 1.5, 2])
    #expect(classes.featureRanges == values.featureRanges)
  }

  @Test(
    "classes and real targets split into the same, documented partitions",
    arguments: [(10, 0.2, 1), (37, 0.3, 7), (200, 0.25, 1), (3, 0.01, 42)]
      as [(Int, Double, UInt64)])
  func samePartitions(count: Int, fraction: Double, seed: UInt64) {
    let (classes, values) = Self.indexed(count)
    let expected = Self.documentedSplit(count, fraction: fraction, seed: seed)
    let a = classes.split(validationFraction: fraction, seed: seed)
    let b = values.split(validationFraction: fraction, seed: seed)
    for part in [a.training.inputs, b.training.inputs] {
      #expect(part.map { Int($0[0]) } == expected.training)
    }
    for part in [a.validation.inputs, b.validation.inputs] {
      #expect(part.map { Int($0[0]) } == expected.validation)
    }
    // Each example keeps its own target.
    #expect(a.validation.labels == expected.validation.map { $0 % 3 })
    #expect(b.validation.targets == expected.validation.map { 0.5 * Double($0) })
    #expect(a.training.name == "classes, training \(expected.training.count)")
    #expect(b.validation.name == "data, validation \(expected.validation.count)")
  }

  @Test("subset keeps the rows and targets asked for, in that order")
  func subset() {
    let (classes, values) = Self.indexed(6)
    #expect(classes.subset([4, 1, 4]).labels == [1, 1, 1])
    #expect(values.subset([5, 0]).targets == [2.5, 0])
    #expect(values.subset([5, 0]).inputs == [[5], [0]])
  }

  @Test("one CSV reader: the same file as classes and as real targets")
  func oneReader() throws {
    let text = "x1,x2,y\n0.5,1,-1\n2,3,1\n"
    let classes = try Dataset<Double>.csv(text)
    let values = try RegressionDataset<Double>.csv(text)
    #expect(classes.inputs == values.inputs)
    #expect(classes.labels == [0, 1])  // −1 is class 0
    #expect(values.targets == [-1, 1])
    #expect(throws: CSVError.self) { try Dataset<Double>.csv("x,y\n1,0.5\n") }
    #expect(try RegressionDataset<Double>.csv("x,y\n1,0.5\n").targets == [0.5])
  }

  @Test("a class below 0 is refused; a negative real target is not")
  func negativeClass() async {
    #expect(RegressionDataset<Double>(inputs: [[1]], targets: [-3]).targets == [-3])
    await #expect(processExitsWith: .failure) {
      _ = Dataset<Double>(inputs: [[1]], labels: [-1])
    }
    await #expect(processExitsWith: .failure) {
      _ = Examples<Double, Int>(inputs: [[1]], targets: [-2])
    }
  }

  @Test("the shape preconditions hold for both kinds")
  func shapePreconditions() async {
    await #expect(processExitsWith: .failure) {
      _ = RegressionDataset<Double>(inputs: [[1], [2]], targets: [1])
    }
    await #expect(processExitsWith: .failure) {
      _ = RegressionDataset<Double>(inputs: [[1], [2, 3]], targets: [1, 2])
    }
    await #expect(processExitsWith: .failure) {
      _ = Dataset<Double>(inputs: [], labels: [])
    }
    await #expect(processExitsWith: .failure) {
      _ = Dataset<Double>(inputs: [[]], labels: [0])
    }
  }

  @Test("one trainer: a regression trainer checks its validation set's features too")
  func regressionValidationFeatures() async {
    #expect(RegressionTrainer<SGD<Double>, ConstantLearningRate<Double>>.examplesPerShard == 256)
    await #expect(processExitsWith: .failure) {
      let model = MLP<Double>(1, [2, 1], seed: 1)
      _ = RegressionTrainer(
        model: model, data: RegressionDataset(inputs: [[1], [2]], targets: [1, 2]),
        loss: .meanSquaredError, optimizer: SGD(model.parameters(), learningRate: 0.1),
        schedule: ConstantLearningRate(0.1),
        validation: RegressionDataset(inputs: [[1, 2]], targets: [1]))
    }
  }

  @Test("Trainer and RegressionTrainer are the one SupervisedTrainer")
  func oneTrainer() {
    #expect(
      Trainer<SGD<Double>, LinearDecay<Double>>.self
        == SupervisedTrainer<SGD<Double>, LinearDecay<Double>, LossFunction, Int>.self)
    #expect(
      RegressionTrainer<Adam<Float>, CosineDecay<Float>>.self
        == SupervisedTrainer<Adam<Float>, CosineDecay<Float>, RegressionLoss, Float>.self)
  }

  @Test("LinearDecay and CosineDecay are one Decay along two curves, bit for bit")
  func decays() {
    let linear = LinearDecay<Double>(from: 1.0, to: 0.1, steps: 100)
    let cosine = CosineDecay<Double>(from: 0.05, to: 0.005, steps: 100)
    for k in [-1, 0, 1, 37, 99, 100, 250] {
      let j = Double(max(k, 0))
      #expect(linear.learningRate(atStep: k) == (k >= 100 ? 0.1 : 1.0 - 0.9 * j / 100))
      let progress = j / 100
      let expected = 0.005 + (0.05 - 0.005) * (1 + Double.cos(Double.pi * progress)) / 2
      #expect(cosine.learningRate(atStep: k) == (k >= 100 ? 0.005 : expected))
    }
  }
}

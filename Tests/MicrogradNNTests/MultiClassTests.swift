import Foundation
import Micrograd
import MicrogradNN
import Testing

@Suite("Multi-class classification")
struct MultiClassTests {
  @Test("softmax cross-entropy's partials are softmax minus one-hot, checked numerically")
  func gradientCheck() {
    for target in 0..<4 {
      let result = checkGradients(
        of: { Var.softmaxCrossEntropy(logits: $0, target: target) }, at: [0.3, -1.2, 2.5, 0.0])
      #expect(result.passed, "target \(target): \(result)")
    }
  }

  @Test("softmax cross-entropy is finite for huge logits, where the written-out form is not")
  func stability() {
    let logits = [Var(800.0), Var(-800.0), Var(0.0)]
    let fused = Var.softmaxCrossEntropy(logits: logits, target: 1)
    #expect(fused.data == 1600)
    fused.backward()
    #expect(logits.map(\.grad) == [1, -1, 0])
    // The naive log(exp(z_t) / Σ exp(z)) overflows to NaN here.
    let naive = (logits[1].exp() / Var.sum(logits.map { $0.exp() })).log()
    #expect(!naive.data.isFinite)
  }

  @Test("two logits are binary cross-entropy on their difference")
  func twoClasses() {
    let (a, b) = (0.7, -1.9)
    let ce = Var.softmaxCrossEntropy(logits: [Var(a), Var(b)], target: 0).data
    let bce = binaryCrossEntropy(logits: [Var(a - b)], targets: [1]).data
    #expect(abs(ce - bce) < 1e-15)
  }

  @Test("softmax sums to 1 and does not overflow")
  func softmaxValues() {
    let p = softmax([1000.0, 1000.0, 0.0])
    #expect(abs(p[0] - 0.5) < 1e-15 && abs(p[1] - 0.5) < 1e-15 && p[2] < 1e-300)
    #expect(abs(softmax([0.1, 0.2, 0.3]).reduce(0, +) - 1) < 1e-15)
  }

  @Test(
    "softmax is the cross-entropy's gradient off the target, to the bit",
    arguments: [
      [0.3, -1.2, 2.5, 0.0], [1000, 1000, 0], [-.infinity, 0, 1], [.infinity, 0, 1],
      [-.infinity, -.infinity], [.nan, 0, 1],
    ] as [[Double]])
  func softmaxIsTheLossGradient(_ z: [Double]) {
    // ∂/∂zᵢ is softmax(z)ᵢ itself for every i but the target: read each from a loss
    // whose target is another class.
    let fromLoss = z.indices.map { i in
      let logits = z.map { Var($0) }
      Var.softmaxCrossEntropy(logits: logits, target: (i + 1) % z.count).backward()
      return logits[i].grad
    }
    for (p, q) in zip(softmax(z), fromLoss) {
      #expect(p.isNaN ? q.isNaN : p == q, "softmax(\(z)): \(softmax(z)) vs \(fromLoss)")
    }
  }

  @Test("argmax takes the first of equal values and skips NaN")
  func argmaxRules() {
    #expect(argmax([1.0, 3.0, 3.0, 2.0]) == 1)
    #expect(argmax([Double.nan, -1.0, 0.5]) == 2)
    #expect(
      accuracy(logits: [[0.0, 1.0], [2.0, 1.0], [0.0, 5.0]], labels: [1, 0, 0]) == 2.0 / 3)
  }

  @Test("an MLP with k outputs predicts by its largest logit")
  func mlpPredictsByArgmax() {
    let model = MLP<Double>(2, [3], hidden: .relu, output: .linear, seed: 4)
    let x = [0.4, -0.2]
    let outputs = model.evaluate(x)
    #expect(model.predictedClass(x) == argmax(outputs))
    let p = model.classProbabilities(x)
    #expect(p.count == 3 && abs(p.reduce(0, +) - 1) < 1e-12)
    #expect(argmax(p) == argmax(outputs))
  }

  @Test("the spiral has 3 arms of 100 points within the unit disc, the same for a seed")
  func spiral() {
    let data = Dataset<Double>.spiral(seed: 7)
    #expect(data.count == 300 && data.classCount == 3 && data.featureCount == 2)
    #expect((0..<3).map { c in data.labels.filter { $0 == c }.count } == [100, 100, 100])
    #expect(data.inputs.allSatisfy { ($0[0] * $0[0] + $0[1] * $0[1]).squareRoot() <= 1 + 1e-12 })
    #expect(Dataset<Double>.spiral(seed: 7).inputs == data.inputs)
    #expect(Dataset<Double>.spiral(seed: 8).inputs != data.inputs)
    let five = Dataset<Double>.spiral(samples: 52, classes: 5, seed: 1)
    #expect(five.classCount == 5 && five.count == 52)
  }

  @Test("a split holds out the fraction asked, disjoint, the same for a seed")
  func split() {
    let data = Dataset<Double>.blobs(samples: 50, centers: 3, seed: 2)
    let (training, validation) = data.split(validationFraction: 0.2, seed: 9)
    #expect(training.count == 40 && validation.count == 10)
    let all = (training.inputs + validation.inputs).map { $0.map(\.bitPattern) }
    #expect(Set(all).count == 50 && Set(all) == Set(data.inputs.map { $0.map(\.bitPattern) }))
    #expect(data.split(validationFraction: 0.2, seed: 9).validation.inputs == validation.inputs)
    #expect(data.split(validationFraction: 0.2, seed: 10).validation.inputs != validation.inputs)
  }

  @Test("the trainer learns 4 blobs with cross-entropy, and scores the held-out part")
  func trainerOnBlobs() {
    let all = Dataset<Double>.blobs(samples: 80, centers: 4, standardDeviation: 0.8, seed: 3)
    let (data, validation) = all.split(validationFraction: 0.25, seed: 3)
    let model = MLP<Double>(2, [8, 4], seed: 3)
    var trainer = Trainer(
      model: model, data: data, loss: .crossEntropy, l2Strength: 0,
      optimizer: Adam(model.parameters(), learningRate: 0.05),
      schedule: ConstantLearningRate(0.05), validation: validation, maxGradientNorm: 5)
    let records = (0..<40).map { _ in trainer.step() }
    #expect(records.last!.loss < records.first!.loss / 3)
    #expect(model.accuracy(on: data) >= 0.95)
    #expect(records.allSatisfy { $0.validationAccuracy != nil && $0.validationLoss != nil })
    let (loss, fraction) = model.score(on: validation, loss: .crossEntropy)
    #expect(fraction == model.accuracy(on: validation) && fraction >= 0.9)
    let expected = crossEntropy(
      logits: validation.inputs.map { model.evaluate($0).map { Var($0) } },
      labels: validation.labels
    ).data
    #expect(loss == expected)
  }

  @Test("LossFunction.crossEntropy reads every logit; the binary losses the first output")
  func lossFunctionOutputs() {
    let outputs = [[Var(0.5), Var(-0.5)], [Var(2.0), Var(1.0)]]
    let ce = LossFunction.crossEntropy(outputs: outputs, labels: [1, 0]).data
    #expect(ce == crossEntropy(logits: outputs, labels: [1, 0]).data)
    let hinge = LossFunction.hinge(outputs: outputs, labels: [1, 0]).data
    #expect(hinge == hingeLoss([outputs[0][0], outputs[1][0]], [1, -1]).data)
    #expect(!LossFunction.crossEntropy.isBinary && LossFunction.hinge.isBinary)
  }
}

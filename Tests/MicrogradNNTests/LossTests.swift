import Micrograd
import MicrogradNN
import Testing

@Suite("Losses")
struct LossTests {
  @Test("hinge: mean of max(0, 1 − y·s), with gradient −y/n where the margin is short")
  func hinge() {
    let scores = [Var(2.0), Var(0.5), Var(-0.25)]
    let loss = hingeLoss(scores, [1, 1, 1])
    #expect(loss.data == (0 + 0.5 + 1.25) * (1.0 / 3))  // micrograd's sum * (1/n)
    loss.backward()
    #expect(scores.map(\.grad) == [0, -1.0 / 3, -1.0 / 3])
    #expect(hingeLoss([Var(-3.0)], [-1]).data == 0)
    #expect(hingeLoss(scores.map { Var($0.data) }, [1, 1, 1], reduction: .sum).data == 1.75)
  }

  @Test("mean squared error, and the lecture's sum")
  func squaredError() {
    let predictions = [Var(0.5), Var(-2.0)]
    let loss = meanSquaredError(predictions, [1, -1])
    #expect(loss.data == (0.25 + 1) / 2)
    loss.backward()
    #expect(predictions.map(\.grad) == [-0.5, -1])
    #expect(meanSquaredError([Var(0.5), Var(-2.0)], [1, -1], reduction: .sum).data == 1.25)
  }

  @Test("binary cross-entropy on logits matches the textbook formula")
  func crossEntropy() {
    for (z, t) in [(0.3, 1.0), (-1.2, 0.0), (2.5, 0.25), (0.0, 1.0)] {
      let logit = Var(z)
      let loss = binaryCrossEntropy(logits: [logit], targets: [t])
      let p = 1 / (1 + Double.exp(-z))
      let textbook = -(t * Double.log(p) + (1 - t) * Double.log(1 - p))
      #expect(abs(loss.data - textbook) < 1e-12)
      loss.backward()
      #expect(abs(logit.grad - (p - t)) < 1e-12)
    }
  }

  @Test("binary cross-entropy stays finite for huge logits")
  func crossEntropyIsStable() {
    let logits = [Var(800.0), Var(-800.0), Var(40.0)]
    let loss = binaryCrossEntropy(logits: logits, targets: [0, 1, 1], reduction: .sum)
    #expect(loss.data.isFinite)
    #expect(abs(loss.data - (800 + 800 + Double.log1p(Double.exp(-40)))) < 1e-9)
    loss.backward()
    #expect(logits[0].grad == 1 && logits[1].grad == -1 && abs(logits[2].grad) < 1e-15)
  }

  @Test("L2 penalty: strength · Σ p², gradient 2 · strength · p")
  func l2() {
    let parameters = [Var(3.0), Var(-4.0)]
    let penalty = l2Penalty(parameters, strength: 0.5)
    #expect(penalty.data == 12.5)
    penalty.backward()
    #expect(parameters.map(\.grad) == [3, -4])
  }

  @Test("LossFunction encodes classes for each loss and applies it")
  func lossFunction() {
    #expect(LossFunction.hinge.target(forClass: 0) == -1.0)
    #expect(LossFunction.meanSquaredError.target(forClass: 1) == 1.0)
    #expect(LossFunction.binaryCrossEntropy.target(forClass: 0) == 0.0)
    let scores = [Var(0.5), Var(-2.0)]
    #expect(LossFunction.hinge(scores, [1, -1]).data == hingeLoss(scores, [1, -1]).data)
    #expect(LossFunction(rawValue: "bce") == .binaryCrossEntropy)
  }

  @Test("accuracy counts the sign of the score against classes 0 and 1")
  func accuracyBySign() {
    #expect(accuracy(scores: [0.5, -0.1, 0.0, 2.0], labels: [1, 0, 1, 0]) == 0.5)
    #expect(accuracy(scores: [Float(1)], labels: [1]) == 1)
  }
}

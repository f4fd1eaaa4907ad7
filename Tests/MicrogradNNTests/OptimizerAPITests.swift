import Foundation
import Micrograd
import MicrogradNN
import Testing

@Suite("Optimiser and schedule API")
struct OptimizerAPITests {
  @Test("any Optimizer<Double> holds an optimiser chosen at run time; its rate can be set")
  func existential() {
    let p = [Var(1.0)]
    for name in ["sgd", "adam", "adamw"] {
      var optimizer: any Optimizer<Double> =
        switch name {
        case "sgd": SGD(p, learningRate: 0.5)
        case "adam": Adam(p, learningRate: 0.5)
        default: AdamW(p, learningRate: 0.5)
        }
      optimizer.learningRate = 0.25
      #expect(optimizer.learningRate == 0.25)
      p[0].grad = 1
      let before = p[0].data
      optimizer.step()
      #expect(p[0].data < before, "\(name) moved against the gradient")
    }
    let schedules: [any LearningRateSchedule<Double>] = [
      ConstantLearningRate(0.1), LinearDecay(from: 1, to: 0.1, steps: 10),
    ]
    #expect(schedules.map { $0.learningRate(atStep: 0) } == [0.1, 1])
  }

  @Test("SGD's weight decay adds λ·p to the gradient, as PyTorch's does")
  func sgdWeightDecay() {
    let p = Var(2.0)
    p.grad = 0.5
    var sgd = SGD([p], learningRate: 0.1, weightDecay: 0.25)
    sgd.step()
    #expect(p.data == 2 - 0.1 * (0.5 + 0.25 * 2))
    #expect(sgd.momentumBuffers.isEmpty)
  }

  @Test("the optimisers' state is readable: momentum buffers and Adam's moments")
  func state() {
    let p = [Var(1.0), Var(1.0)]
    p[0].grad = 2
    p[1].grad = -4
    var sgd = SGD(p, learningRate: 0.1, momentum: 0.9)
    sgd.step()
    #expect(sgd.momentumBuffers == [2, -4])
    var adam = Adam(p, learningRate: 0.1)
    adam.step()
    #expect(adam.firstMoments.map { ($0 * 1e12).rounded() / 1e12 } == [0.2, -0.4])
    #expect(adam.secondMoments.map { ($0 * 1e12).rounded() / 1e12 } == [0.004, 0.016])
  }

  @Test("AdamW without weight decay is Adam to the last bit, and with it is Adam's option")
  func adamWWithoutDecayIsAdam() {
    let a = [Var(0.5), Var(-1.5)]
    let b = [Var(0.5), Var(-1.5)]
    let c = [Var(0.5), Var(-1.5)]
    let d = [Var(0.5), Var(-1.5)]
    var adam = Adam(a, learningRate: 0.1)
    var adamW = AdamW(b, learningRate: 0.1, weightDecay: 0)
    var decayed = Adam(c, learningRate: 0.1, weightDecay: 0.2)
    var decayedW = AdamW(d, learningRate: 0.1, weightDecay: 0.2)
    for k in 0..<20 {
      for p in a + b + c + d { p.grad = Double(k) - p.data }
      adam.step()
      adamW.step()
      decayed.step()
      decayedW.step()
    }
    #expect(a.map(\.data) == b.map(\.data))
    #expect(adam.firstMoments == adamW.firstMoments && adam.secondMoments == adamW.secondMoments)
    #expect(c.map(\.data) == d.map(\.data))
    #expect(c.map(\.data) != a.map(\.data))
    #expect(adamW.stepCount == 20 && decayedW.weightDecay == 0.2 && adamW.beta2 == 0.999)
  }

  @Test("MLPSnapshot has a public initialiser, and the task survives JSON")
  func snapshot() throws {
    let model = MLP<Double>(2, [3, 1], seed: 1)
    let made = MLPSnapshot(
      inputs: 2, layers: [3, 1], parameters: model.parameters().map(\.data), task: .regression)
    let copy = try MLP<Double>(snapshot: made)
    #expect(copy.parameters().map(\.data) == model.parameters().map(\.data))
    let json = try JSONEncoder().encode(made)
    #expect(try JSONDecoder().decode(MLPSnapshot.self, from: json).task == .regression)
    #expect(model.snapshot.task == nil)
    #expect(
      !String(decoding: try JSONEncoder().encode(model.snapshot), as: UTF8.self).contains("task"))
  }
}

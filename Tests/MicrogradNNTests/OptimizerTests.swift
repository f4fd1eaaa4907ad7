import Micrograd
import MicrogradNN
import Testing

@Suite("Optimisers and schedules")
struct OptimizerTests {
  @Test("SGD without momentum is micrograd's p.data -= lr * p.grad")
  func plainSGD() {
    let p = [Var(1.0), Var(-2.0)]
    p[0].grad = 0.5
    p[1].grad = -4
    var sgd = SGD(p, learningRate: 0.1)
    sgd.step()
    #expect(p.map(\.data) == [1.0 - 0.1 * 0.5, -2.0 - 0.1 * -4])
    sgd.zeroGrad()
    #expect(p.allSatisfy { $0.grad == 0 })
  }

  @Test("SGD with momentum keeps a velocity: v = μv + g, p -= lr·v")
  func momentum() {
    let p = Var(0.0)
    var sgd = SGD([p], learningRate: 1, momentum: 0.5)
    p.grad = 1
    sgd.step()
    #expect(p.data == -1)
    sgd.step()  // same gradient: v = 0.5 + 1
    #expect(p.data == -2.5)
  }

  @Test("Adam's first step moves each parameter by about lr against its gradient")
  func adamFirstStep() {
    let p = [Var(1.0), Var(1.0)]
    p[0].grad = 3
    p[1].grad = -0.001
    var adam = Adam(p, learningRate: 0.1)
    adam.step()
    #expect(abs(p[0].data - 0.9) < 1e-6)
    #expect(abs(p[1].data - 1.1) < 1e-4)
    #expect(adam.stepCount == 1)
  }

  @Test("Adam minimises a quadratic")
  func adamConverges() {
    let x = Var(5.0)
    var adam = Adam([x], learningRate: 0.1)
    for _ in 0..<500 {
      let loss = (x - 2) * (x - 2)
      adam.zeroGrad()
      loss.backward()
      adam.step()
    }
    #expect(abs(x.data - 2) < 1e-3)
  }

  @Test("linear decay is micrograd's 1.0 - 0.9*k/100, bit for bit")
  func linearDecay() {
    let schedule = LinearDecay(from: 1.0, to: 0.1, steps: 100)
    for k in 0..<100 {
      #expect(schedule.learningRate(atStep: k) == 1.0 - 0.9 * Double(k) / 100)
    }
    #expect(schedule.learningRate(atStep: 100) == 0.1)
    #expect(schedule.learningRate(atStep: 500) == 0.1)
  }

  @Test("cosine decay goes from initial to final along half a cosine")
  func cosineDecay() {
    let schedule = CosineDecay(from: 1.0, to: 0.1, steps: 100)
    #expect(schedule.learningRate(atStep: 0) == 1)
    #expect(abs(schedule.learningRate(atStep: 50) - 0.55) < 1e-12)
    #expect(schedule.learningRate(atStep: 100) == 0.1)
    let rates = (0...100).map(schedule.learningRate(atStep:))
    #expect(zip(rates, rates.dropFirst()).allSatisfy { $0 >= $1 })
  }

  @Test("step decay multiplies by the factor at every interval; constant stays")
  func stepAndConstant() {
    let schedule = StepDecay(from: 0.8, factor: 0.5, every: 10)
    #expect(schedule.learningRate(atStep: 9) == 0.8)
    #expect(schedule.learningRate(atStep: 10) == 0.4)
    #expect(schedule.learningRate(atStep: 25) == 0.2)
    #expect(ConstantLearningRate(0.3).learningRate(atStep: 1000) == 0.3)
  }
}

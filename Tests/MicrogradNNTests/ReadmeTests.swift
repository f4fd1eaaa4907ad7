import Foundation
import Micrograd
import MicrogradNN
import Testing

/// The README's library example, line for line, so that what it promises stays true.
@Suite("README")
struct ReadmeTests {
  @Test("the MicrogradNN example trains to 100% and saves", .tags(.slow))
  func libraryExample() throws {
    let data = Dataset<Double>.moons(samples: 100, noise: 0.1, seed: 1)
    let model = MLP<Double>(2, [16, 16, 1], seed: 1)  // ReLU hidden layers, linear output
    var optimizer = SGD(model.parameters(), learningRate: 1.0)

    for k in 0..<100 {
      let scores = data.inputs.map { model($0)[0] }
      let loss =
        hingeLoss(scores, data.signedLabels)
        + l2Penalty(model.parameters(), strength: 1e-4)
      model.zeroGrad()
      loss.backward()
      optimizer.learningRate = 1.0 - 0.9 * Double(k) / 100
      optimizer.step()
    }
    #expect(model.accuracy(on: data) == 1.0)

    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("micrograd-readme-\(UInt64.random(in: 0...UInt64.max)).json")
    defer { try? FileManager.default.removeItem(at: url) }
    try model.save(to: url)
    #expect(try MLP<Double>.load(from: url).evaluate([0.5, 0.25]) == model.evaluate([0.5, 0.25]))
  }

  @Test("the compiled-tape example trains to 100%, with the eager example's losses")
  func compiledTapeExample() {
    let data = Dataset<Double>.moons(samples: 100, noise: 0.1, seed: 1)
    let model = MLP<Double>(2, [16, 16, 1], seed: 1)
    var optimizer = SGD(model.parameters(), learningRate: 1.0)
    let scores = data.inputs.map { model($0)[0] }
    let loss =
      hingeLoss(scores, data.signedLabels) + l2Penalty(model.parameters(), strength: 1e-4)
    let tape = loss.compile()
    var losses: [Double] = []
    for k in 0..<100 {
      losses.append(tape.forward())
      model.zeroGrad()
      tape.backward()
      optimizer.learningRate = 1.0 - 0.9 * Double(k) / 100
      optimizer.step()
    }
    #expect(model.accuracy(on: data) == 1.0)
    #expect(losses.last! < 0.02)
  }

  @Test("the functional example's numbers")
  func functionalExample() {
    func rosenbrock<V: DifferentiableScalar>(_ x: [V]) -> V where V.Scalar: ScalarMath {
      (1 - x[0]).pow(2) + 100 * (x[1] - x[0] * x[0]).pow(2)
    }
    #expect(gradient(of: rosenbrock, at: [0.5, 2.0]) == [-351, 350])
    #expect(directionalDerivative(of: rosenbrock, at: [0.5, 2.0], along: [1, 0]) == -351)
    #expect(hessian(of: rosenbrock, at: [1.0, 1.0]) == [[802, -400], [-400, 200]])
    #expect(hessianVectorProduct(of: rosenbrock, at: [1.0, 1.0], along: [1, 0]) == [802, -400])
    let j = jacobian(of: { p in [p[0] * p[1].cos(), p[0] * p[1].sin()] }, at: [2.0, 0.5])
    #expect(abs(j[0][0] - Foundation.cos(0.5)) < 1e-15)
    #expect(abs(j[1][1] - 2 * Foundation.cos(0.5)) < 1e-15)
    let d = derivative(of: { x in x * x.sin() }, at: 2.0)
    #expect(abs(d - (Foundation.sin(2.0) + 2 * Foundation.cos(2.0))) < 1e-15)
  }
}

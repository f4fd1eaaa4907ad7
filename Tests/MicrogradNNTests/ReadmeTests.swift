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
}

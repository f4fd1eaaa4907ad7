import Foundation
import Micrograd
import MicrogradNN
import Testing

@Suite("Regression")
struct RegressionTests {
  @Test("a regression CSV keeps real targets, skips a header, accepts CRLF")
  func csv() throws {
    let data = try RegressionDataset<Double>.csv("x1,x2,y\r\n0,1,0.25\r\n# note\r\n2,3,-7.5\r\n")
    #expect(data.inputs == [[0, 1], [2, 3]] && data.targets == [0.25, -7.5])
    #expect(!data.targetsLookLikeClasses)
    #expect(try RegressionDataset<Double>.csv("1,0\n2,1\n3,2\n").targetsLookLikeClasses)
    #expect(throws: CSVError(line: 3, reason: "the target is \"abc\", not a number")) {
      try RegressionDataset<Double>.csv("x,y\n1,2\n3,abc\n")
    }
    #expect(throws: CSVError(line: 2, reason: "expected 2 columns, found 3")) {
      try RegressionDataset<Double>.csv("1,2\n3,4,5\n")
    }
  }

  @Test("Huber's gradient is the error clipped to ±δ; its value joins the square smoothly")
  func huber() {
    let p = [Var(0.3), Var(5.0), Var(-4.0)]
    let loss = huberLoss(p, [0, 0, 0], delta: 2, reduction: .sum)
    loss.backward()
    #expect(p.map(\.grad) == [0.3, 2, -2])
    #expect(abs(loss.data - (0.5 * 0.09 + 2 * (5 - 1) + 2 * (4 - 1))) < 1e-12)
    let atDelta = huberLoss([Var(2.0)], [0], delta: 2).data
    #expect(atDelta == 2)  // ½·2² = 2·(2 − 1)
  }

  @Test("the regression trainer fits a line, and reports validation error")
  func fitsALine() {
    let xs = (0..<30).map { Double($0) / 10 - 1.5 }
    let all = RegressionDataset<Double>(inputs: xs.map { [$0] }, targets: xs.map { 2 * $0 + 1 })
    let (data, validation) = all.split(validationFraction: 0.2, seed: 1)
    let model = MLP<Double>(1, [8, 1], seed: 2)
    var trainer = RegressionTrainer(
      model: model, data: data, loss: .huber(delta: 1),
      optimizer: Adam(model.parameters(), learningRate: 0.05),
      schedule: ConstantLearningRate(0.05), validation: validation)
    let records = (0..<150).map { _ in trainer.step() }
    #expect(records.first!.meanSquaredError > 0.5)
    #expect(model.meanSquaredError(on: data) < 0.02)
    #expect(records.last!.validationMeanSquaredError! < 0.05)
    #expect(validation.count == 6 && data.count == 24)
  }
}

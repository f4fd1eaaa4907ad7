import Micrograd
import MicrogradNN
import Testing

/// The audit for silent branches: every activation, loss and module the package offers,
/// recorded by `Tape { … }` at one point and replayed across its kinks, gives eager's
/// value and gradient bit for bit, and reads no `.data` and makes no comparison while
/// recorded (so nothing it does depends on a branch the tape cannot see).
@Suite("Replays across kinks")
struct ReplayAcrossKinksTests {
  /// Records `f` at `points[0]` and replays it at every point, against a fresh graph.
  func checkReplays(
    _ name: String, _ points: [[Double]], _ f: @escaping ([Var<Double>]) -> Var<Double>
  ) {
    let leaves = points[0].map { Var($0) }
    let tape = Tape(policy: .report) { f(leaves) }
    #expect(tape.dataReads.isEmpty, "\(name) reads .data while recorded: \(tape.dataReads)")
    #expect(tape.checkCount == 0, "\(name) compares Vars while recorded")
    for point in points {
      for (leaf, value) in zip(leaves, point) {
        leaf.data = value
        leaf.grad = 0
      }
      let replayed = tape.forward()
      tape.backward()
      let fresh = point.map { Var($0) }
      let eager = f(fresh)
      eager.backward()
      #expect(replayed.bitPattern == eager.data.bitPattern, "\(name) value at \(point)")
      #expect(
        leaves.map(\.grad.bitPattern) == fresh.map(\.grad.bitPattern),
        "\(name) gradient at \(point)")
    }
    #expect(tape.branchChanges.isEmpty)
  }

  /// One input swept across 0, ±1, ±2 (the kinks of every activation and loss here).
  static let line: [[Double]] = [
    [0.5], [-0.5], [0], [1], [-1], [2], [-2], [3.5], [-3.5], [1e-9], [-1e-9], [0.5],
  ]
  /// Two inputs swept across x = y and across the signs.
  static let plane: [[Double]] = [
    [0.5, 1], [1, 0.5], [1, 1], [-2, 3], [3, -2], [0, 0], [-1, -1.5], [0.5, 1],
  ]

  @Test("activations: relu, abs, leaky ReLU, ELU, clamp, the nonlinearities of modules")
  func activations() {
    checkReplays("relu", Self.line) { $0[0].relu() * 3 }
    checkReplays("abs", Self.line) { $0[0].abs() * $0[0] }
    checkReplays("leakyReLU", Self.line) { $0[0].leakyReLU(slope: 0.1) }
    checkReplays("elu", Self.line) { $0[0].elu(alpha: 1.5) }
    checkReplays("clamp", Self.line) { $0[0].clamp(-1, 2) * $0[0] }
    for f in [Nonlinearity.relu, .tanh, .linear] {
      checkReplays("Nonlinearity.\(f)", Self.line) { f($0[0]) }
    }
  }

  @Test("extrema: maximum, minimum, their n-ary forms, select")
  func extrema() {
    checkReplays("maximum", Self.plane) { $0[0].maximum($0[1]) }
    checkReplays("minimum", Self.plane) { $0[0].minimum($0[1]) * $0[0] }
    checkReplays("max of many", Self.plane) { Var.maximum([$0[0], $0[1], $0[0] * $0[1]]) }
    checkReplays("min of many", Self.plane) { Var.minimum([$0[0], $0[1], $0[0] - $0[1]]) }
    checkReplays("select", Self.plane) {
      Var.select($0[0], .less, $0[1], then: $0[0] * $0[1], else: $0[0] + $0[1])
    }
  }

  @Test("losses: hinge, MSE, Huber, BCE, cross-entropy, L2, and LossFunction's cases")
  func losses() {
    let targets = [1.0, -1.0]
    checkReplays("hinge", Self.plane) { hingeLoss($0, targets) }
    checkReplays("mse", Self.plane) { meanSquaredError($0, [0.5, -0.5]) }
    checkReplays("huber", Self.plane) { huberLoss($0, [0, 0.5], delta: 1) }
    checkReplays("bce", Self.plane) { binaryCrossEntropy(logits: $0, targets: [1, 0]) }
    checkReplays("cross-entropy", Self.plane) {
      crossEntropy(logits: [$0, [$0[1], $0[0]]], labels: [0, 1])
    }
    checkReplays("l2", Self.plane) { l2Penalty($0, strength: 0.1) }
    for loss in LossFunction.allCases {
      checkReplays("LossFunction.\(loss)", Self.plane) {
        loss(outputs: [[$0[0], $0[1]], [$0[1], $0[0]]], labels: [1, 0])
      }
    }
    for loss in [RegressionLoss.meanSquaredError, .huber(delta: 0.75)] {
      checkReplays("RegressionLoss.\(loss)", Self.plane) { loss($0, [0.25, 1]) }
    }
  }

  @Test("an MLP's loss, replayed at parameters that switch its ReLUs on and off")
  func module() {
    let shape = MLP<Double>(2, [4, 4, 1], seed: 7)
    let count = shape.parameters().count
    let base = shape.parameters().map(\.data)
    // Each point moves every parameter, by a different sign pattern, enough to flip units.
    let points = (0..<6).map { k in
      base.enumerated().map { i, w in w + (Double((i * 7 + k * 3) % 5) - 2) * 0.4 }
    }
    let inputs: [[Double]] = [[1, -0.5], [-1, 0.25], [0.3, 0.8]]
    checkReplays("MLP + hinge", [base] + points) { parameters in
      #expect(parameters.count == count)
      let model = MLP(2, [4, 4, 1], parameters: parameters)
      let scores = inputs.map { model($0.map { Var($0) })[0] }
      return hingeLoss(scores, [1, -1, 1])
    }
  }
}

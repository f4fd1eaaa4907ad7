import Micrograd
import MicrogradNN
import Testing

/// The new losses and optimisers against PyTorch's own numbers, made once by
/// Scripts/pytorch-references.py (torch 2.15.0, float64) and pasted here.
@Suite("PyTorch reference values")
struct PyTorchReferenceTests {
  func close(_ a: [Double], _ b: [Double], _ tolerance: Double = 1e-12) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) <= tolerance * max(1, abs($1)) }
  }

  @Test("crossEntropy is torch.nn.functional.cross_entropy, even for logits of ±1000")
  func crossEntropyMatches() {
    let rows: [[Double]] = [[1, 2, 0.5], [-1, 0, 3], [1000, 0, -1000]]
    let logits = rows.map { $0.map { Var($0) } }
    let loss = crossEntropy(logits: logits, labels: [1, 0, 2])
    loss.backward()
    #expect(close([loss.data], [668.1767508959551]))
    let expected = [
      0.07707463254071634, -0.12382276026274586, 0.04674812772202949, -0.3276173914848265,
      0.01553754085932463, 0.3120798506255019, 0.3333333333333333, 0.0, -0.3333333333333333,
    ]
    #expect(close(logits.flatMap { $0.map(\.grad) }, expected))
  }

  @Test(
    "huberLoss is torch.nn.functional.huber_loss",
    arguments: [
      (1.0, 1.01125, [0.1, 0.2, -0.2, -0.2, 0.05]),
      (0.5, 0.5962500000000001, [0.1, 0.1, -0.1, -0.1, 0.05]),
    ])
  func huberMatches(delta: Double, value: Double, gradient: [Double]) {
    let predictions = [0.5, 2.0, -3.0, 0.1, 1.25].map { Var($0) }
    let loss = huberLoss(predictions, [0, 0, 0, 1.5, 1], delta: delta)
    loss.backward()
    #expect(close([loss.data], [value]))
    #expect(close(predictions.map(\.grad), gradient))
  }

  /// (p0·p1 − 1)² + 0.5·p2² + sin(p0), as in the script.
  func objective(_ p: [Var<Double>]) -> Var<Double> {
    let a = p[0] * p[1] - 1
    return a * a + p[2] * p[2] * 0.5 + p[0].sin()
  }

  func run(_ optimizer: inout some Optimizer<Double>, steps: Int = 3) -> [[Double]] {
    var trace: [[Double]] = []
    for _ in 0..<steps {
      optimizer.zeroGrad()
      objective(optimizer.parameters).backward()
      optimizer.step()
      trace.append(optimizer.parameters.map(\.data))
    }
    return trace
  }

  @Test("Adam matches torch.optim.Adam(lr=0.1) for three steps")
  func adamMatches() {
    var adam = Adam([Var(1.0), Var(-2.0), Var(0.5)], learningRate: 0.1)
    let trace = run(&adam)
    #expect(close(trace[0], [0.9000000000797429, -1.9000000001666666, 0.40000000199999997]))
    #expect(close(trace[1], [0.80059708945513, -1.801062673929036, 0.3011874237306403]))
    #expect(close(trace[2], [0.7021899070416309, -1.7039797230132097, 0.20487125573945103]))
    #expect(close(adam.firstMoments, [2.9477693966437015, -1.3160196952329541, 0.106618742553064]))
    #expect(
      close(adam.secondMoments, [0.3661691249802249, 0.07498720128586674, 0.0005000541158119008]))
  }

  @Test("AdamW matches torch.optim.AdamW(lr=0.1, weight_decay=0.1) for three steps")
  func adamWMatches() {
    var adamW = AdamW([Var(1.0), Var(-2.0), Var(0.5)], learningRate: 0.1, weightDecay: 0.1)
    let trace = run(&adamW)
    #expect(close(trace[0], [0.8900000000797429, -1.8800000001666666, 0.39500000199999996]))
    #expect(close(trace[1], [0.7818353544138441, -1.7624573196521427, 0.29233870631982084]))
    #expect(close(trace[2], [0.6759632444058278, -1.6482600179577647, 0.19341560743603653]))
    #expect(
      close(adamW.firstMoments, [2.886192192132321, -1.2860799419528912, 0.10528387081198207]))
    #expect(
      close(adamW.secondMoments, [0.35356586364553605, 0.07237277588960515, 0.000490831145791167]))
  }

  @Test("SGD with Nesterov momentum and weight decay matches torch.optim.SGD")
  func nesterovMatches() {
    var sgd = SGD(
      [Var(1.0), Var(-2.0), Var(0.5)], learningRate: 0.1, momentum: 0.9, nesterov: true,
      weightDecay: 0.05)
    let trace = run(&sgd)
    #expect(close(trace[0], [-1.392157438114947, -0.841, 0.40025]))
    #expect(close(trace[1], [-2.377921911903759, -0.248551583063722, 0.277875125]))
    #expect(close(trace[2], [-3.1600376631042333, -0.12911672262341542, 0.15012527506249998]))
    #expect(close(sgd.momentumBuffers, [9.3989541287151, -3.4743208035435806, 1.09525513125]))
  }

  @Test("clipGradientNorm is torch.nn.utils.clip_grad_norm_")
  func clippingMatches() {
    let p = [Var(1.0), Var(1.0), Var(1.0)]
    for (q, g) in zip(p, [3.0, 4.0, 12.0]) { q.grad = g }
    #expect(clipGradientNorm(p, maxNorm: 5) == 13)
    #expect(close(p.map(\.grad), [1.1538460650887643, 1.5384614201183524, 4.615384260355057]))
    let small = [Var(1.0), Var(1.0)]
    small[0].grad = 0.3
    small[1].grad = 0.4
    #expect(abs(clipGradientNorm(small, maxNorm: 5) - 0.5) < 1e-15)
    #expect(small.map(\.grad) == [0.3, 0.4])
  }
}

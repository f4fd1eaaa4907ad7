import Micrograd

/// W2 written op by op, exactly as micrograd's `nn.py` builds its graph: each neuron
/// is a chain `Σ wᵢ·xᵢ + b` of scalar products and sums, the loss a chain of sums.
///
/// This measures the engine's cost per node on micrograd's own graph (about 65,600
/// nodes per step); the `W2` workload measures `MicrogradNN` as a user calls it.
struct MicrogradGraphMoons {
  let points: [(Var<Double>, Var<Double>)]
  let labels: [Double]
  /// Per layer, per neuron: the weights, then the bias.
  let layers: [[(weights: [Var<Double>], bias: Var<Double>)]]
  let parameters: [Var<Double>]

  /// Makes the model from a flat parameter list in micrograd's order.
  init(data: [(Double, Double, Double)], parameters flat: [Double]) {
    points = data.map { (Var($0.0), Var($0.1)) }
    labels = data.map(\.2)
    var next = flat.makeIterator()
    var layers: [[(weights: [Var<Double>], bias: Var<Double>)]] = []
    let sizes = [2, 16, 16, 1]
    for (fanIn, count) in zip(sizes, sizes.dropFirst()) {
      layers.append(
        (0..<count).map { _ in
          (weights: (0..<fanIn).map { _ in Var(next.next()!) }, bias: Var(next.next()!))
        })
    }
    self.layers = layers
    parameters = layers.flatMap { $0.flatMap { $0.weights + [$0.bias] } }
  }

  func score(_ x: [Var<Double>]) -> Var<Double> {
    var activations = x
    for (index, layer) in layers.enumerated() {
      let isLast = index == layers.count - 1
      activations = layer.map { neuron in
        var sum = neuron.bias
        for (w, xi) in zip(neuron.weights, activations) { sum = sum + w * xi }
        return isLast ? sum : sum.relu()
      }
    }
    return activations[0]
  }

  /// The loss of the current parameters, as micrograd builds it.
  func loss() -> Var<Double> { lossAndAccuracy().loss }

  func lossAndAccuracy() -> (loss: Var<Double>, accuracy: Double) {
    var dataLoss = Var(0.0)
    var correct = 0
    for (point, y) in zip(points, labels) {
      let s = score([point.0, point.1])
      dataLoss = dataLoss + (1 + -y * s).relu()
      if (s.data > 0) == (y > 0) { correct += 1 }
    }
    var squares = Var(0.0)
    for p in parameters { squares = squares + p * p }
    let loss = dataLoss * (1.0 / Double(labels.count)) + 1e-4 * squares
    return (loss, Double(correct) / Double(labels.count))
  }

  /// One step: forward, loss, zeroGrad, backward, SGD. Returns (loss, accuracy).
  func step(lr: Double) -> (loss: Double, accuracy: Double) {
    let (loss, accuracy) = lossAndAccuracy()
    parameters.zeroGrad()
    loss.backward()
    for p in parameters { p.data -= lr * p.grad }
    return (loss.data, accuracy)
  }
}

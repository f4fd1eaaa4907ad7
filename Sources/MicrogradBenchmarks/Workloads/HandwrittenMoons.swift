/// The handwritten W2 baseline: micrograd's moons step on plain `[Double]`, with the
/// backward pass derived by hand. It is the physical limit for the workload.
///
/// The model is MLP(2, [16, 16, 1]): ReLU hidden layers and a linear output. The
/// parameters are kept in micrograd's order (each layer, each neuron, its weights then
/// its bias), so the AD model's parameters can be copied in and both sides start from
/// the same point. Every buffer is allocated once, in `init`; `step` allocates nothing.
struct HandwrittenMoons {
  static let sizes = [2, 16, 16, 1]

  let points: [Double]  // x₀, y₀, x₁, y₁, … (n × 2)
  let labels: [Double]  // ±1
  var parameters: [Double]
  var gradients: [Double]
  // Activations per sample: hidden layer 1 and 2 (after ReLU), and the score.
  var hidden1: [Double]
  var hidden2: [Double]
  var scores: [Double]
  var delta2: [Double]  // per hidden-2 unit, for one sample
  var delta1: [Double]  // per hidden-1 unit, for one sample

  init(points: [(Double, Double)], labels: [Double], parameters: [Double]) {
    precondition(parameters.count == 337, "MLP(2, [16, 16, 1]) has 337 parameters")
    self.points = points.flatMap { [$0.0, $0.1] }
    self.labels = labels
    self.parameters = parameters
    gradients = Array(repeating: 0, count: parameters.count)
    hidden1 = Array(repeating: 0, count: points.count * 16)
    hidden2 = Array(repeating: 0, count: points.count * 16)
    scores = Array(repeating: 0, count: points.count)
    delta2 = Array(repeating: 0, count: 16)
    delta1 = Array(repeating: 0, count: 16)
  }

  // Offsets of each layer's block in `parameters`: neuron j of a layer with `fanIn`
  // inputs has weights at base + j·(fanIn + 1) and its bias right after them.
  static let layer1 = 0  // 16 × (2 + 1) = 48
  static let layer2 = 48  // 16 × (16 + 1) = 272
  static let layer3 = 320  // 1 × (16 + 1) = 17

  /// One training step with learning rate `lr`: forward, loss, backward, SGD.
  /// Returns (loss, accuracy) before the update.
  mutating func step(lr: Double) -> (loss: Double, accuracy: Double) {
    let n = labels.count
    let alpha = 1e-4
    var loss = 0.0
    var correct = 0
    points.withUnsafeBufferPointer { x in
      parameters.withUnsafeMutableBufferPointer { p in
        gradients.withUnsafeMutableBufferPointer { g in
          hidden1.withUnsafeMutableBufferPointer { h1 in
            hidden2.withUnsafeMutableBufferPointer { h2 in
              delta1.withUnsafeMutableBufferPointer { d1 in
                delta2.withUnsafeMutableBufferPointer { d2 in
                  // Regularisation: 1e-4·Σ p², gradient 2·1e-4·p.
                  var squares = 0.0
                  for i in 0..<p.count {
                    squares += p[i] * p[i]
                    g[i] = 2 * alpha * p[i]
                  }
                  for s in 0..<n {
                    let x0 = x[2 * s]
                    let x1 = x[2 * s + 1]
                    // Forward.
                    for j in 0..<16 {
                      let base = Self.layer1 + j * 3
                      let z = p[base] * x0 + p[base + 1] * x1 + p[base + 2]
                      h1[s * 16 + j] = z > 0 ? z : 0
                    }
                    for j in 0..<16 {
                      let base = Self.layer2 + j * 17
                      var z = 0.0
                      for k in 0..<16 { z += p[base + k] * h1[s * 16 + k] }
                      z += p[base + 16]
                      h2[s * 16 + j] = z > 0 ? z : 0
                    }
                    var score = 0.0
                    for k in 0..<16 { score += p[Self.layer3 + k] * h2[s * 16 + k] }
                    score += p[Self.layer3 + 16]
                    let y = labels[s]
                    let margin = 1 - y * score
                    if margin > 0 { loss += margin }
                    if (score > 0) == (y > 0) { correct += 1 }
                    // Backward: d(loss)/d(score) = −y/n where the hinge is active.
                    guard margin > 0 else { continue }
                    let dScore = -y / Double(n)
                    for k in 0..<16 {
                      g[Self.layer3 + k] += dScore * h2[s * 16 + k]
                      d2[k] = h2[s * 16 + k] > 0 ? dScore * p[Self.layer3 + k] : 0
                    }
                    g[Self.layer3 + 16] += dScore
                    for k in 0..<16 { d1[k] = 0 }
                    for j in 0..<16 where d2[j] != 0 {
                      let base = Self.layer2 + j * 17
                      for k in 0..<16 {
                        g[base + k] += d2[j] * h1[s * 16 + k]
                        d1[k] += d2[j] * p[base + k]
                      }
                      g[base + 16] += d2[j]
                    }
                    for j in 0..<16 where h1[s * 16 + j] > 0 {
                      let base = Self.layer1 + j * 3
                      g[base] += d1[j] * x0
                      g[base + 1] += d1[j] * x1
                      g[base + 2] += d1[j]
                    }
                  }
                  loss = loss / Double(n) + alpha * squares
                  for i in 0..<p.count { p[i] -= lr * g[i] }
                }
              }
            }
          }
        }
      }
    }
    return (loss, Double(correct) / Double(n))
  }
}

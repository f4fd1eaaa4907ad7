import Micrograd
import MicrogradNN

/// W2 as a user writes it with `MicrogradNN`: an `MLP(2, [16, 16, 1])`, the hinge loss
/// plus 1e-4·L2, `zeroGrad`, `backward`, and an SGD step.
///
/// Each neuron is one fused `Var.dot(w, x) + b`, so a step builds about 10,300 nodes
/// instead of micrograd's 65,600; `W2-graph` measures micrograd's graph shape.
struct LibraryMoons {
  let model: MLP<Double>
  let inputs: [[Double]]
  let labels: [Double]
  var optimizer: SGD<Double>

  init(seed: UInt64) {
    model = MLP<Double>(2, [16, 16, 1], seed: seed)
    inputs = moonsData.map { [$0.0, $0.1] }
    labels = moonsData.map(\.2)
    optimizer = SGD(model.parameters(), learningRate: 1.0)
  }

  /// The loss of the current parameters, as a graph.
  func loss() -> (loss: Var<Double>, accuracy: Double) {
    let scores = inputs.map { model($0)[0] }
    let correct = zip(scores, labels).filter { ($0.data > 0) == ($1 > 0) }.count
    let loss = hingeLoss(scores, labels) + l2Penalty(model.parameters(), strength: 1e-4)
    return (loss, Double(correct) / Double(labels.count))
  }

  /// One step: forward, loss, zeroGrad, backward, SGD. Returns (loss, accuracy).
  mutating func step(lr: Double) -> (loss: Double, accuracy: Double) {
    let (loss, accuracy) = loss()
    model.zeroGrad()
    loss.backward()
    optimizer.learningRate = lr
    optimizer.step()
    return (loss.data, accuracy)
  }
}

/// The number of nodes in a graph: the output and everything it depends on.
func graphSize(_ output: Var<Double>) -> Int {
  var seen: Set<ObjectIdentifier> = [output.id]
  var stack = [output]
  while let next = stack.popLast() {
    for input in next.inputs where seen.insert(input.id).inserted {
      stack.append(input)
    }
  }
  return seen.count
}

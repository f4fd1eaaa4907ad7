import Micrograd

/// Times W2 three ways in one process, from the same initial parameters:
/// the handwritten baseline, and micrograd's graph built op by op.
func measureMoons(_ plan: Plan, steps: Int) -> Report {
  let initial = initialParameters()
  let schedule = (0..<steps).map { 1.0 - 0.9 * Double($0) / 100 }

  // Handwritten: a training run is ~1–2 ms, so time many runs and take the median
  // per-step time of each.
  var handwrittenLosses: [Double] = []
  let handwrittenSeconds =
    medianSeconds(Plan(warmups: plan.warmups, repetitions: plan.repetitions * 5)) {
      var model = HandwrittenMoons(
        points: moonsData.map { ($0.0, $0.1) }, labels: moonsData.map(\.2), parameters: initial)
      handwrittenLosses = schedule.map { model.step(lr: $0).loss }
    } / Double(steps)

  var graphLosses: [Double] = []
  var graphAccuracy = 0.0
  let graphSeconds =
    medianSeconds(plan) {
      let model = MicrogradGraphMoons(data: moonsData, parameters: initial)
      graphLosses = schedule.map { model.step(lr: $0).loss }
      graphAccuracy = model.step(lr: 0).accuracy
    } / Double(steps)

  let graphNodes = countNodes(MicrogradGraphMoons(data: moonsData, parameters: initial))
  let agreement = zip(graphLosses, handwrittenLosses).map { abs($0 - $1) }.max() ?? .nan
  return Report(
    workload: "W2",
    fields: [
      ("ms_per_step", .number(graphSeconds * 1e3)),
      ("handwritten_ms_per_step", .number(handwrittenSeconds * 1e3)),
      ("ratio_to_handwritten", .number(graphSeconds / handwrittenSeconds)),
      ("nodes_per_step", .integer(graphNodes)),
      ("final_accuracy", .number(graphAccuracy)),
      ("max_loss_difference", .number(agreement)),
    ])
}

/// 337 parameters uniform in [−1, 1), in micrograd's order.
func initialParameters() -> [Double] {
  var state: UInt64 = 1337
  return (0..<337).map { _ in
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    z ^= z >> 31
    return Double(z >> 11) * 0x1p-53 * 2 - 1
  }
}

/// The number of nodes in one step's loss graph (interior nodes and leaves).
func countNodes(_ model: MicrogradGraphMoons) -> Int {
  var dataLoss = Var(0.0)
  for (point, y) in zip(model.points, model.labels) {
    dataLoss = dataLoss + (1 + -y * model.score([point.0, point.1])).relu()
  }
  var squares = Var(0.0)
  for p in model.parameters { squares = squares + p * p }
  let loss = dataLoss * (1.0 / Double(model.labels.count)) + 1e-4 * squares
  var seen: Set<ObjectIdentifier> = [loss.id]
  var stack = [loss]
  while let next = stack.popLast() {
    for input in next.inputs where seen.insert(input.id).inserted {
      stack.append(input)
    }
  }
  return seen.count
}

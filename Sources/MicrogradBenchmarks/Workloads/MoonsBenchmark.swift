import Micrograd
import MicrogradNN

/// The seed of W2's initial weights (the `micrograd train` default).
let moonsSeed: UInt64 = 1

/// The learning rates of W2's steps: micrograd's `1.0 − 0.9·k/100`.
func moonsSchedule(steps: Int) -> [Double] {
  (0..<steps).map { 1.0 - 0.9 * Double($0) / 100 }
}

/// The handwritten baseline's median time per step, from the same initial parameters,
/// and its losses. A training run is ~1–2 ms, so it is timed 5 times as often.
func handwrittenMoons(_ plan: Plan, steps: Int) -> (seconds: Double, losses: [Double]) {
  let initial = LibraryMoons(seed: moonsSeed).model.parameters().map(\.data)
  var losses: [Double] = []
  let five = Plan(warmups: plan.warmups, repetitions: plan.repetitions * 5)
  let seconds = medianSeconds(five) {
    var model = HandwrittenMoons(
      points: moonsData.map { ($0.0, $0.1) }, labels: moonsData.map(\.2), parameters: initial)
    losses = moonsSchedule(steps: steps).map { model.step(lr: $0).loss }
  }
  return (seconds / Double(steps), losses)
}

/// W2 with `MicrogradNN`, beside the handwritten baseline in the same process.
/// `final_accuracy` is the training accuracy after `steps` steps (100; 20 with --quick).
func measureMoons(_ plan: Plan, steps: Int) -> Report {
  let baseline = handwrittenMoons(plan, steps: steps)
  var losses: [Double] = []
  var accuracy = 0.0
  let seconds =
    medianSeconds(plan) {
      var model = LibraryMoons(seed: moonsSeed)
      losses = moonsSchedule(steps: steps).map { model.step(lr: $0).loss }
      accuracy = model.loss().accuracy
    } / Double(steps)
  let nodes = graphSize(LibraryMoons(seed: moonsSeed).loss().loss)
  return moonsReport(
    "W2", seconds: seconds, baseline: baseline, nodes: nodes, accuracy: accuracy,
    losses: losses, steps: steps)
}

/// W2 on micrograd's own graph shape, beside the handwritten baseline.
func measureMoonsGraph(_ plan: Plan, steps: Int) -> Report {
  let baseline = handwrittenMoons(plan, steps: steps)
  let initial = LibraryMoons(seed: moonsSeed).model.parameters().map(\.data)
  var losses: [Double] = []
  var accuracy = 0.0
  let seconds =
    medianSeconds(plan) {
      let model = MicrogradGraphMoons(data: moonsData, parameters: initial)
      losses = moonsSchedule(steps: steps).map { model.step(lr: $0).loss }
      accuracy = model.step(lr: 0).accuracy
    } / Double(steps)
  let nodes = graphSize(MicrogradGraphMoons(data: moonsData, parameters: initial).loss())
  return moonsReport(
    "W2-graph", seconds: seconds, baseline: baseline, nodes: nodes, accuracy: accuracy,
    losses: losses, steps: steps)
}

/// The W2 figures, with the largest difference between the AD losses and the
/// handwritten ones (both sides start from the same parameters, so it shows that the
/// baseline computes the same thing).
func moonsReport(
  _ name: String, seconds: Double, baseline: (seconds: Double, losses: [Double]), nodes: Int,
  accuracy: Double, losses: [Double], steps: Int
) -> Report {
  let difference = zip(losses, baseline.losses).map { abs($0 - $1) }.max() ?? .nan
  return Report(
    workload: name,
    fields: [
      ("ms_per_step", .number(seconds * 1e3)),
      ("handwritten_ms_per_step", .number(baseline.seconds * 1e3)),
      ("ratio_to_handwritten", .number(seconds / baseline.seconds)),
      ("nodes_per_step", .integer(nodes)),
      ("final_accuracy", .number(accuracy)),
      ("steps", .integer(steps)),
      ("max_loss_difference", .number(difference)),
    ])
}

import Micrograd
import MicrogradNN

/// W2 replayed from a compiled tape: the loss graph is recorded once, then every step
/// replays forward and backward at the current parameters and takes an SGD step.
///
/// Only the steps are timed: building the model, recording and compiling the graph
/// (`eager_build_ms` + `compile_ms`, once per training run) and the final accuracy
/// are not, so `ms_per_step` is the steady-state cost of a step.
func measureCompiledMoons(_ plan: Plan, steps: Int) -> Report {
  let baseline = handwrittenMoons(plan, steps: steps)
  var losses: [Double] = []
  var accuracy = 0.0
  var samples: [Double] = []
  for repetition in 0..<(plan.warmups + plan.repetitions) {
    var model = LibraryMoons(seed: moonsSeed)
    let tape = model.loss().loss.compile()
    let parameters = model.model.parameters()
    let start = ContinuousClock.now
    losses = moonsSchedule(steps: steps).map { lr in
      let loss = tape.forward()
      parameters.zeroGrad()
      tape.backward()
      model.optimizer.learningRate = lr
      model.optimizer.step()
      return loss
    }
    let elapsed = seconds(ContinuousClock.now - start)
    accuracy = model.loss().accuracy
    if repetition >= plan.warmups { samples.append(elapsed) }
  }
  let seconds = median(samples) / Double(steps)
  let tape = LibraryMoons(seed: moonsSeed).loss().loss.compile()
  var report = moonsReport(
    "W2-compiled", seconds: seconds, baseline: baseline, nodes: tape.count, accuracy: accuracy,
    losses: losses, steps: steps)
  report.fields.insert(
    ("bytes_per_entry", .number(Double(tape.byteCount) / Double(tape.count))), at: 4)
  let (build, compile) = measureRecording(plan)
  report.fields.insert(
    contentsOf: [
      ("eager_build_ms", .number(build * 1e3)), ("compile_ms", .number(compile * 1e3)),
      ("compile_to_build", .number(compile / build)),
    ], at: 5)
  return report
}

/// The median time to build W2's loss graph eagerly (the forward pass that a
/// recording needs anyway), and to compile the built graph into a tape; freeing either
/// is not timed.
func measureRecording(_ plan: Plan) -> (build: Double, compile: Double) {
  let model = LibraryMoons(seed: moonsSeed)
  var (builds, compiles): ([Double], [Double]) = ([], [])
  for repetition in 0..<(plan.warmups + plan.repetitions) {
    let start = ContinuousClock.now
    let loss = model.loss().loss
    let built = ContinuousClock.now
    let tape = loss.compile()
    let compiled = ContinuousClock.now
    // The graph and the tape are freed after the clock stops: neither time counts a
    // free (the graph's last use is `compile()`, so it could go inside the interval).
    withExtendedLifetime(loss) { blackHole(tape) }
    guard repetition >= plan.warmups else { continue }
    builds.append(seconds(built - start))
    compiles.append(seconds(compiled - built))
  }
  return (median(builds), median(compiles))
}

/// W2's initial parameters (seed 1, micrograd's order: each layer, each neuron, its
/// weights then its bias) and the hand-written losses of `steps` steps, so that another
/// implementation can start from the same point and check that it trains the same.
func moonsParameters(steps: Int) -> Report {
  let initial = LibraryMoons(seed: moonsSeed).model.parameters().map(\.data)
  var model = HandwrittenMoons(
    points: moonsData.map { ($0.0, $0.1) }, labels: moonsData.map(\.2), parameters: initial)
  let losses = moonsSchedule(steps: steps).map { model.step(lr: $0).loss }
  return Report(
    workload: "moons-parameters",
    fields: [("parameters", .numbers(initial)), ("losses", .numbers(losses))])
}

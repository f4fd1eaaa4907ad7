import Micrograd
import MicrogradNN

/// W2 replayed from a compiled tape: the loss graph is recorded once, then every step
/// replays forward and backward at the current parameters and takes an SGD step.
func measureCompiledMoons(_ plan: Plan, steps: Int) -> Report {
  let baseline = handwrittenMoons(plan, steps: steps)
  var losses: [Double] = []
  var accuracy = 0.0
  // Recorded once; each timed run starts again from the initial parameters, so the
  // figure is the replay alone (forward, zeroGrad, backward, SGD).
  var model = LibraryMoons(seed: moonsSeed)
  let tape = model.loss().loss.compile()
  let parameters = model.model.parameters()
  let initial = parameters.map(\.data)
  let seconds =
    medianSeconds(plan) {
      for (parameter, value) in zip(parameters, initial) { parameter.data = value }
      model.optimizer = SGD(parameters, learningRate: 1.0)
      losses = moonsSchedule(steps: steps).map { lr in
        let loss = tape.forward()
        parameters.zeroGrad()
        tape.backward()
        model.optimizer.learningRate = lr
        model.optimizer.step()
        return loss
      }
      accuracy = model.loss().accuracy
    } / Double(steps)
  var report = moonsReport(
    "W2-compiled", seconds: seconds, baseline: baseline, nodes: tape.count, accuracy: accuracy,
    losses: losses, steps: steps)
  report.fields.insert(
    ("bytes_per_entry", .number(Double(tape.byteCount) / Double(tape.count))), at: 4)
  return report
}

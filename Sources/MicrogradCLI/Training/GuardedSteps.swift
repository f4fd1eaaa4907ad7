import Micrograd

/// What a training run of `micrograd train` did: its records, the time its steps took,
/// and where it diverged, if it did.
struct TrainingRun<Record> {
  var records: [Record] = []
  var seconds: Double = 0
  /// Set when the loss or the parameters stopped being finite.
  var divergence: Divergence?
}

extension TrainCommand {
  /// Takes `steps` steps of `step` under the divergence guard, for classification and
  /// regression alike: it stops at the first step whose loss is not finite (or before
  /// one whose parameters are not), and puts back the last model whose loss was finite.
  ///
  /// - Parameters:
  ///   - loss: A record's loss.
  ///   - report: Called after each step, with its record and the seconds so far.
  static func guardedSteps<Record>(
    _ steps: Int, parameters: [Var<Double>], liveLine: Bool, console: Console,
    loss: (Record) -> Double, step: () -> Record, report: (Record, Double) -> Void
  ) -> TrainingRun<Record> {
    var run = TrainingRun<Record>()
    // Reserve for a usual run only: the records of a long one grow as they come.
    run.records.reserveCapacity(min(steps, 100_000))
    var guardrail = DivergenceGuard(parameters)
    let clock = ContinuousClock()
    var elapsed = Duration.zero
    for k in 0..<steps {
      guard guardrail.beforeStep() else {
        // The update of the previous step overflowed.
        run.divergence = Divergence(step: k, loss: nil)
        break
      }
      let start = clock.now
      let record = step()
      elapsed += clock.now - start
      run.records.append(record)
      report(record, seconds(elapsed))
      guard loss(record).isFinite else {
        run.divergence = Divergence(step: k + 1, loss: loss(record))
        break
      }
      guardrail.stepWasFinite()
    }
    if run.divergence == nil && !guardrail.parametersAreFinite {
      run.divergence = Divergence(step: steps, loss: nil)
    }
    if run.divergence != nil {
      // End the live progress line, which ends by itself only at the last step.
      if liveLine { console.write("\n") }
      guardrail.restore()
    }
    run.seconds = seconds(elapsed)
    return run
  }
}

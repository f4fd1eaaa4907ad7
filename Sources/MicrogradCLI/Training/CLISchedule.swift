import MicrogradNN

/// The schedule chosen with `--schedule`, as one type so that the training loop is
/// specialised once; the switch costs nothing next to a training step.
struct CLISchedule: LearningRateSchedule {
  let choice: ScheduleChoice
  let linear: LinearDecay<Double>
  let cosine: CosineDecay<Double>
  let stepDecay: StepDecay<Double>
  let constant: ConstantLearningRate<Double>

  /// The schedule `choice` for a run of `steps` steps starting at `initial`.
  init(_ choice: ScheduleChoice, initial: Double, steps: Int) {
    self.choice = choice
    linear = LinearDecay(from: initial, to: initial * 0.1, steps: steps)
    cosine = CosineDecay(from: initial, to: initial * 0.1, steps: steps)
    stepDecay = StepDecay(from: initial, factor: 0.5, every: max(steps / 4, 1))
    constant = ConstantLearningRate(initial)
  }

  func learningRate(atStep k: Int) -> Double {
    switch choice {
    case .linear: linear.learningRate(atStep: k)
    case .cosine: cosine.learningRate(atStep: k)
    case .step: stepDecay.learningRate(atStep: k)
    case .constant: constant.learningRate(atStep: k)
    }
  }

  /// The schedule in words, for the header line.
  func description(_ initial: Double) -> String {
    switch choice {
    case .linear: "lr \(initial) → \(short(linear.final)) linear"
    case .cosine: "lr \(initial) → \(short(cosine.final)) cosine"
    case .step: "lr \(initial) halved every \(stepDecay.interval) steps"
    case .constant: "lr \(initial) constant"
    }
  }
}

/// A rate as Swift prints it (`0.1`), or with six significant digits when that is
/// shorter (`0.005` for `0.005000000000000001`, a tenth of 0.05).
func short(_ x: Double) -> String {
  let plain = "\(x)"
  let rounded = String(format: "%g", x)
  return rounded.count < plain.count ? rounded : plain
}

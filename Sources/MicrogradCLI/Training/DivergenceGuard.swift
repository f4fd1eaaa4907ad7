import Micrograd

/// Keeps the parameter values of the last training step whose loss was finite, so that
/// a run that diverges can stop there, and still save and draw a usable model.
///
/// Before each step, ``beforeStep()`` copies the values (one pass over the
/// parameters, cheap next to the step's graph); after a step with a finite loss,
/// ``stepWasFinite()`` keeps that copy as the last good one.
struct DivergenceGuard {
  private let parameters: [Var<Double>]
  private var pending: [Double]
  private var lastGood: [Double]

  init(_ parameters: [Var<Double>]) {
    self.parameters = parameters
    pending = parameters.map(\.data)
    lastGood = pending
  }

  /// Copies the current values; `false` if one of them is not finite (the previous
  /// step's update overflowed).
  mutating func beforeStep() -> Bool {
    var allFinite = true
    for i in parameters.indices {
      let value = parameters[i].data
      pending[i] = value
      if !value.isFinite { allFinite = false }
    }
    return allFinite
  }

  /// The step whose values ``beforeStep()`` copied had a finite loss.
  mutating func stepWasFinite() {
    swap(&pending, &lastGood)
  }

  /// Whether every current value is finite.
  var parametersAreFinite: Bool {
    parameters.allSatisfy(\.data.isFinite)
  }

  /// Puts back the values of the last step whose loss was finite (or the initial ones).
  func restore() {
    for (parameter, value) in zip(parameters, lastGood) { parameter.data = value }
  }
}

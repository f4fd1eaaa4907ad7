import MicrogradNN

/// Shows training progress: one live line with a bar, redrawn in place, on a terminal;
/// plain lines (the first step, every tenth of the run, the last) otherwise.
struct ProgressReporter {
  let totalSteps: Int
  let live: Bool
  let console: Console
  private var lastDraw: Double = -1

  init(totalSteps: Int, live: Bool, console: Console) {
    self.totalSteps = totalSteps
    self.live = live
    self.console = console
  }

  /// The line for one step: step, loss, accuracy, learning rate and time.
  func line(_ record: TrainingRecord, seconds: Double) -> String {
    let width = String(totalSteps).count
    return "step \(padded(String(record.number), width))/\(totalSteps)"
      + "  loss \(fixed(record.loss, 4))"
      + "  accuracy \(padded(fixed(record.accuracy * 100, 1), 5))%"
      + (record.validationAccuracy.map {
        "  validation accuracy \(padded(fixed($0 * 100, 1), 5))%"
      } ?? "")
      + "  lr \(fixed(record.learningRate, 4))"
      + "  \(fixed(seconds, 2)) s"
  }

  /// Reports a step; `seconds` is the training time so far.
  mutating func report(_ record: TrainingRecord, seconds: Double) {
    let isLast = record.number == totalSteps
    if live {
      // Redraw at most 30 times a second, and always at the end.
      guard isLast || seconds - lastDraw >= 1.0 / 30 || lastDraw < 0 else { return }
      lastDraw = seconds
      let filled = (record.number) * 20 / totalSteps
      let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: 20 - filled)
      console.write("\r\(bar) \(line(record, seconds: seconds))\u{1B}[K" + (isLast ? "\n" : ""))
    } else {
      let every = max(totalSteps / 10, 1)
      if record.step == 0 || isLast || (record.number) % every == 0 {
        console.write(line(record, seconds: seconds) + "\n")
      }
    }
  }
}

import Foundation

/// How much memory a training run needs, estimated before it starts, so that a run
/// that cannot fit is refused with one line instead of dying minutes later.
///
/// The estimate counts what grows with the flags, with generous sizes per item: the
/// graph of one step (per example, a dot node per neuron holding two references and
/// two partials per weight, plus a few small nodes), the parameters and the
/// optimiser's state, the data (its rows, the copies training makes of them, and a CSV
/// file with its parsed table), and the records of the steps.
struct MemoryEstimate {
  /// Bytes of the graph of one example.
  let perExample: Double
  /// Examples per step.
  let batch: Int
  let parameters: Double
  let data: Double
  let records: Double
  /// The steps whose records are kept.
  let steps: Int

  init(inputs: Int, layers: [Int], rows: Int, batch: Int, steps: Int, fileBytes: Int = 0) {
    var weights = 0.0
    var neurons = 0.0
    var fanIn = Double(inputs)
    for size in layers {
      weights += (fanIn + 1) * Double(size)
      neurons += Double(size)
      fanIn = Double(size)
    }
    perExample = 32 * weights + 320 * neurons + 64 * Double(inputs)
    self.batch = batch
    parameters = 128 * weights
    data = Double(rows) * Self.bytesPerRow(inputs) + Double(fileBytes)
    records = Self.bytesPerRecord * Double(steps)
    self.steps = steps
  }

  /// The bytes of one example of the data with `inputs` features.
  ///
  /// Each row of a dataset is an array of its own: a heap block of a 32-byte header and
  /// its values, which malloc rounds up to 16 bytes with 8 of its own, behind an 8-byte
  /// reference, and with an 8-byte label. Training holds about as much again (the
  /// shuffled and split copies, the scores of an evaluation); a CSV file adds its
  /// parsed table (the values and a line number per row). Measured: about 180 bytes per
  /// example of two features for a generated dataset, 200 for a CSV file.
  static func bytesPerRow(_ inputs: Int) -> Double {
    let block = 16 * ((40 + 8 * inputs + 15) / 16)
    return 2 * Double(block + 8 + 8) + Double(8 * (inputs + 1) + 4)
  }

  /// The bytes of the record of one step, with room for its array to grow.
  static let bytesPerRecord = 48.0

  /// The bytes of everything but the graph.
  var fixed: Double { parameters + data + records }

  /// The total in bytes.
  var total: Double { fixed + perExample * Double(batch) }

  /// The memory a run may use: three quarters of the machine's, and no more than is
  /// available now (other programs hold the rest; a run that asks for more is stopped
  /// by a failed allocation, not refused).
  static var limit: Double {
    let machine = Double(ProcessInfo.processInfo.physicalMemory) * 0.75
    return min(machine, availableMemory ?? machine)
  }

  /// The bytes the system can give without swapping (Linux's `MemAvailable`), or `nil`
  /// where that is not known.
  static var availableMemory: Double? {
    guard let text = try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8) else {
      return nil
    }
    for line in text.split(separator: "\n") where line.hasPrefix("MemAvailable:") {
      let fields = line.split(separator: " ")
      guard fields.count >= 2, let kilobytes = Double(fields[1]) else { return nil }
      return kilobytes * 1024
    }
    return nil
  }

  /// `nil` if the run fits in `limit` bytes, or else one line: what it needs, what
  /// takes the most, and what to change.
  func refusal(limit: Double, model: String) -> String? {
    guard total > limit else { return nil }
    let needs =
      "this run needs about \(bytes(total)) of memory, more than the \(bytes(limit)) "
      + "it may use"
    if fixed < limit * 0.9 && perExample * Double(batch) >= max(parameters, data, records) {
      let fitting = Int(((limit - fixed) / perExample).rounded(.down))
      let change =
        fitting >= 1
        ? "use --batch-size \(fitting) or less" : "use smaller --hidden layers"
      return "\(needs): the graph of \(model) takes \(bytes(perExample)) per example, "
        + "\(bytes(perExample * Double(batch))) for a step over \(batch); \(change)"
    }
    if records >= max(parameters, data) {
      let room = (limit - parameters - data - perExample * Double(batch)) / Self.bytesPerRecord
      let advice =
        room >= 1 && room < Double(Int.max)
        ? "use --steps \(Int(room.rounded(.down))) or fewer" : "use fewer --steps"
      return "\(needs): the records of \(steps) steps take \(bytes(records)); \(advice)"
    }
    if data >= parameters {
      return "\(needs): the data takes \(bytes(data)); use fewer --samples or a smaller file"
    }
    return "\(needs): the parameters of \(model) take \(bytes(parameters)); "
      + "use smaller --hidden layers"
  }
}

/// A byte count in words: `512 bytes`, `3.4 MB`, `54 GB`, `3.2e+08 TB`.
func bytes(_ count: Double) -> String {
  let units = ["bytes", "KB", "MB", "GB", "TB"]
  var value = count
  var unit = 0
  while value >= 1000 && unit < units.count - 1 {
    value /= 1000
    unit += 1
  }
  let digits = unit == 0 || value >= 10 ? compactNumber(value.rounded()) : fixed(value, 1)
  return "\(digits) \(units[unit])"
}

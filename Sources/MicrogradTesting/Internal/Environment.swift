#if canImport(Darwin)
  import Darwin
#elseif canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(ucrt)
  import ucrt
#endif

/// The environment variables that change a run without changing the code.
enum Environment {
  /// `MICROGRAD_TESTING_SEED`: another seed, decimal or `0x` hexadecimal.
  static let seedVariable = "MICROGRAD_TESTING_SEED"
  /// `MICROGRAD_TESTING_TRIALS`: another number of trials, e.g. 100000.
  static let trialsVariable = "MICROGRAD_TESTING_TRIALS"
  /// `MICROGRAD_TESTING_REPLAY`: `label@[x0, x1]`, one point for the check `label`.
  static let replayVariable = "MICROGRAD_TESTING_REPLAY"

  static func value(_ name: String) -> String? {
    guard let pointer = getenv(name) else { return nil }
    return String(cString: pointer)
  }

  static var seed: UInt64? {
    guard let text = value(seedVariable) else { return nil }
    if text.hasPrefix("0x") || text.hasPrefix("0X") {
      return UInt64(text.dropFirst(2).filter { $0 != "_" }, radix: 16)
    }
    return UInt64(text)
  }

  static var trials: Int? { value(trialsVariable).flatMap { Int($0) } }

  /// The point to replay for the check labeled `label`, if the environment names it.
  static func replayPoint(for label: String) -> [Double]? {
    guard let text = value(replayVariable), let at = text.lastIndex(of: "@"),
      text[..<at] == label
    else { return nil }
    let list = text[text.index(after: at)...].trimmingSpaces()
    guard list.first == "[", list.last == "]" else { return nil }
    let numbers = list.dropFirst().dropLast().split(separator: ",").map(parseNumber)
    guard numbers.allSatisfy({ $0 != nil }) else { return nil }
    return numbers.map { $0! }
  }
}

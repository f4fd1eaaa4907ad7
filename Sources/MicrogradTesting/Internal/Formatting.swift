/// A number as a report prints it: the shortest text that reads back as the same
/// value, with `NaN`, `inf` and `-inf` spelled out.
func format<T: BinaryFloatingPoint>(_ x: T) -> String {
  if x.isNaN { return "NaN" }
  if x.isInfinite { return x < 0 ? "-inf" : "inf" }
  return "\(x)"
}

/// A point as a report prints it: `[0.5, -1.25]`.
func format<T: BinaryFloatingPoint>(_ point: [T]) -> String {
  "[" + point.map { format($0) }.joined(separator: ", ") + "]"
}

/// Reads back a number printed by ``format(_:)``.
func parseNumber(_ text: Substring) -> Double? {
  switch text.trimmingSpaces() {
  case "NaN", "nan": .nan
  case "inf": .infinity
  case "-inf": -.infinity
  case let other: Double(other)
  }
}

extension Substring {
  func trimmingSpaces() -> Substring {
    var s = self
    while s.first == " " { s = s.dropFirst() }
    while s.last == " " { s = s.dropLast() }
    return s
  }
}

/// An error or a tolerance, to three significant digits: `0.00076`, `1.2e-05`.
func short(_ x: Double) -> String {
  guard x.isFinite, x != 0 else { return format(x) }
  var scale = 1.0
  var k = 0
  while (x.magnitude * scale).rounded() < 100, k < 300 {
    scale *= 10
    k += 1
  }
  while (x.magnitude * scale).rounded() >= 1000 {
    scale /= 10
    k -= 1
  }
  return format((x * scale).rounded() / scale)
}

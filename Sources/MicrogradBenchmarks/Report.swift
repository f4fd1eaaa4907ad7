/// One workload's figures, printed as a table row or a JSON line.
struct Report {
  var workload: String
  /// The figures, in order: name and value. Doubles print with 4 significant digits
  /// in the table and in full in JSON.
  var fields: [(String, Value)]
  /// Whether a check of the workload failed, for a report whose keys are fixed and have
  /// no room for an `ok` field (W5).
  var failed = false

  enum Value {
    case number(Double)
    case integer(Int)
    case bool(Bool)
    case numbers([Double])

    var json: String {
      switch self {
      case .number(let x): x.isFinite ? "\(x)" : "null"
      case .integer(let n): "\(n)"
      case .bool(let b): "\(b)"
      case .numbers(let xs): "[" + xs.map { "\($0)" }.joined(separator: ",") + "]"
      }
    }

    var text: String {
      switch self {
      case .number(let x): formatSignificant(x)
      case .integer(let n): "\(n)"
      case .bool(let b): b ? "yes" : "NO"
      case .numbers(let xs): "\(xs.count) numbers"
      }
    }
  }

  var jsonLine: String {
    let body = fields.map { "\"\($0.0)\":\($0.1.json)" }
    return "{\"workload\":\"\(workload)\"" + body.map { "," + $0 }.joined() + "}"
  }

  var tableLine: String {
    let padded = workload.padding(toLength: 8)
    return padded + fields.map { "\($0.0) \($0.1.text)" }.joined(separator: "  ")
  }
}

/// Formats a positive or negative number with about four significant digits.
func formatSignificant(_ x: Double) -> String {
  guard x.isFinite, x != 0 else { return "\(x)" }
  if x.magnitude < 1e-3 {
    // Scientific: mantissa with four significant digits, then the power of ten.
    var exponent = 0
    var mantissa = x.magnitude
    while mantissa < 1 {
      mantissa *= 10
      exponent -= 1
    }
    let rounded = (mantissa * 1000).rounded() / 1000
    return "\(x < 0 ? "-" : "")\(rounded)e\(exponent)"
  }
  var digits = 3
  var magnitude = x.magnitude
  while magnitude >= 10 && digits > 0 {
    magnitude /= 10
    digits -= 1
  }
  var scale = 1.0
  for _ in 0..<digits { scale *= 10 }
  let rounded = (x * scale).rounded() / scale
  return digits == 0 ? "\(Int(rounded))" : "\(rounded)"
}

extension String {
  func padding(toLength length: Int) -> String {
    count >= length ? self + " " : self + String(repeating: " ", count: length - count)
  }
}

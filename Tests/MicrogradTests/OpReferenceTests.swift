import Micrograd
import Testing

/// Every op, old and new, against PyTorch's value and gradient at edge inputs: ±0, ±1,
/// tiny, large, ±inf, NaN, and each op's kinks, poles and domain edges.
///
/// The table (`OpReferenceValues.swift`) is made by `Scripts/make-op-reference-values.py`
/// with PyTorch, in float64 and in float32; see the script for how. Where PyTorch's own
/// formula cancels (sigmoid′, gelu for negative x, asin′ near 1, …) and ours does not, the
/// row holds mpmath's value instead, marked `mpmath`.
///
/// A NaN matches a NaN; where the reference is ±inf or 0 the result must be exactly that;
/// elsewhere it must agree to a relative tolerance (``referenceTolerance(op:inputs:)``)
/// that allows for two C libraries rounding differently. Results below the smallest
/// normal number match each other: they carry only a few bits, and PyTorch's float32
/// kernels flush some of them to 0.
///
/// Where the package deliberately differs from PyTorch, the expected gradient is replaced
/// by ours in ``deliberateDifference(op:inputs:)``, which says why.
@Suite("Ops against PyTorch's values at edge inputs")
struct OpReferenceTests {
  @Test("Double, against torch.float64")
  func double() { check(Double.self, table: opReferenceValuesDouble) }

  @Test("Float, against torch.float32")
  func float() { check(Float.self, table: opReferenceValuesFloat) }

  func check<T: ScalarMath>(_ type: T.Type, table: String) {
    var count = 0
    for line in table.split(separator: "\n") {
      let row = ReferenceRow(line)
      let inputs = row.inputs.map { Var(T($0)) }
      guard let y = referenceOp(row.op, inputs) else {
        Issue.record("no op named \(row.op)")
        continue
      }
      y.backward()
      var expected = (value: T(row.value), gradient: row.gradient.map { T($0) })
      if let ours = deliberateDifference(op: row.op, inputs: inputs.map(\.data)) {
        expected = ours
      }
      let tolerance = referenceTolerance(op: row.op, inputs: inputs.map(\.data))
      let context =
        "\(row.op) at \(row.inputs): got \(y.data), \(inputs.map(\.grad)); "
        + "\(row.source) \(expected.value), \(expected.gradient)"
      #expect(matches(y.data, expected.value, tolerance), "value of \(context)")
      for (input, partial) in zip(inputs, expected.gradient) {
        #expect(
          matches(input.grad, partial, tolerance)
            || (row.op == "tanh" && (input.grad - partial).magnitude <= 4 * T.ulpOfOne),
          "gradient of \(context)")
      }
      count += 1
    }
    #expect(count > 1000)
  }
}

/// The relative tolerance for an op's row: a few units in the last place, more where the
/// function is ill-conditioned at the point or a formula cancels.
///
/// tanh′ = 1 − tanh² x, in PyTorch as here, is accurate to ε absolutely, not relatively,
/// so it is also accepted within 4ε (in `check`). In `Float`, digamma (the derivative of
/// gamma and logGamma) cancels near its zeros (x ≈ 1.46, −0.50, …) to about 1e-5.
func referenceTolerance<T: BinaryFloatingPoint>(op: String, inputs: [T]) -> T {
  let tolerance: T = T.significandBitCount > 23 ? 1e-13 : 4e-6
  if T.significandBitCount <= 23 && (op == "gamma" || op == "logGamma") { return 2e-5 }
  return tolerance
}

/// Our value and gradient where we deliberately differ from PyTorch, or nil.
///
/// - At a NaN input, the piecewise ops (relu, leakyReLU, elu, clamp, abs) return a NaN
///   derivative, where PyTorch's comparisons return the derivative of one side (relu′ = 1,
///   leakyReLU′ = slope, elu′ = 1, clamp′ = 0, abs′ = 0): the package never turns a NaN
///   into a number (see the Numerics article).
/// - `x.pow(0.5)` is C's `pow` (as `x.pow(0.4)` is), where PyTorch computes a square root
///   for the exponent ½: at −0 `pow` gives +0 (derivative +inf) and a square root −0
///   (−inf); at −inf `pow` gives +inf (derivative 0) and a square root NaN. `x.sqrt()`
///   has the square root's.
func deliberateDifference<T: BinaryFloatingPoint>(
  op: String, inputs: [T]
) -> (value: T, gradient: [T])? {
  let piecewise = ["relu", "leakyReLU(slope: 0.2)", "elu(alpha: 1.5)", "clamp(-1, 2)", "abs"]
  if piecewise.contains(op) && inputs[0].isNaN { return (.nan, [.nan]) }
  if op == "x.pow(0.5)" && inputs[0] == 0 && inputs[0].sign == .minus { return (0, [.infinity]) }
  if op == "x.pow(0.5)" && inputs[0] == -.infinity { return (.infinity, [0]) }
  return nil
}

/// Whether `actual` is `expected`: NaN for NaN; both below the smallest normal number;
/// exactly for ±inf and 0; else within `tolerance` relative to `expected`.
func matches<T: BinaryFloatingPoint>(_ actual: T, _ expected: T, _ tolerance: T) -> Bool {
  if expected.isNaN { return actual.isNaN }
  if expected.magnitude < T.leastNormalMagnitude && actual.magnitude < T.leastNormalMagnitude {
    return true
  }
  if expected.isInfinite || expected == 0 { return actual == expected }
  return (actual - expected).magnitude <= tolerance * expected.magnitude
}

/// One line of the table: `op | inputs | value | gradient`, and `| mpmath` for a row
/// whose values are mpmath's.
struct ReferenceRow {
  var op: String
  var source: String
  var inputs: [Double]
  var value: Double
  var gradient: [Double]

  init(_ line: Substring) {
    let fields = line.split(separator: " | ", omittingEmptySubsequences: false)
    precondition([4, 5].contains(fields.count), "a reference row has four fields: \(line)")
    func numbers(_ field: Substring) -> [Double] {
      field.split(separator: " ").map { Double($0)! }
    }
    op = String(fields[0])
    inputs = numbers(fields[1])
    value = Double(fields[2])!
    gradient = numbers(fields[3])
    source = fields.count == 5 ? String(fields[4]) : "PyTorch"
  }
}

/// The op that a row of the table names, applied to `x`; nil for an unknown name.
func referenceOp<T: ScalarMath>(_ name: String, _ x: [Var<T>]) -> Var<T>? {
  if let f = unaryReferenceOps(T.self)[name] { return f(x[0]) }
  switch name {
  case "x + y": return x[0] + x[1]
  case "x - y": return x[0] - x[1]
  case "x * y": return x[0] * x[1]
  case "x / y": return x[0] / x[1]
  case "x.pow(y)": return x[0].pow(x[1])
  case "atan2(y, x)": return .atan2(y: x[0], x: x[1])
  case "hypot": return .hypot(x[0], x[1])
  case "maximum": return x[0].maximum(x[1])
  case "minimum": return x[0].minimum(x[1])
  case "max": return .maximum(x)
  case "min": return .minimum(x)
  case "sum": return .sum(x)
  case "mean": return .mean(x)
  case "logSumExp": return .logSumExp(x)
  case "dot": return .dot(Array(x[..<(x.count / 2)]), Array(x[(x.count / 2)...]))
  default: return nil
  }
}

/// The ops of one input, by their name in the table.
func unaryReferenceOps<T: ScalarMath>(_: T.Type) -> [String: (Var<T>) -> Var<T>] {
  [
    "exp": { $0.exp() }, "log": { $0.log() }, "sqrt": { $0.sqrt() },
    "tanh": { $0.tanh() }, "sigmoid": { $0.sigmoid() }, "relu": { $0.relu() },
    "softplus": { $0.softplus() }, "abs": { $0.abs() }, "sin": { $0.sin() },
    "cos": { $0.cos() }, "-x": { -$0 }, "x + 2.5": { $0 + 2.5 }, "x - 2.5": { $0 - 2.5 },
    "2.5 - x": { 2.5 - $0 }, "x * 2.5": { $0 * 2.5 }, "x / 2.5": { $0 / 2.5 },
    "2.5 / x": { 2.5 / $0 }, "x.pow(2)": { $0.pow(2) }, "x.pow(3)": { $0.pow(3) },
    "x.pow(0)": { $0.pow(0) }, "x.pow(0.5)": { $0.pow(0.5) }, "x.pow(-1)": { $0.pow(-1) },
    "x.pow(-2.5)": { $0.pow(-2.5) }, "expm1": { $0.expm1() }, "exp2": { $0.exp2() },
    "exp10": { $0.exp10() }, "log1p": { $0.log1p() }, "log2": { $0.log2() },
    "log10": { $0.log10() }, "tan": { $0.tan() }, "asin": { $0.asin() },
    "acos": { $0.acos() }, "atan": { $0.atan() }, "sinh": { $0.sinh() },
    "cosh": { $0.cosh() }, "asinh": { $0.asinh() }, "acosh": { $0.acosh() },
    "atanh": { $0.atanh() }, "erf": { $0.erf() }, "erfc": { $0.erfc() },
    "gamma": { $0.gamma() }, "logGamma": { $0.logGamma() },
    "leakyReLU(slope: 0.2)": { $0.leakyReLU(slope: 0.2) },
    "elu(alpha: 1.5)": { $0.elu(alpha: 1.5) }, "gelu": { $0.gelu() }, "silu": { $0.silu() },
    "softsign": { $0.softsign() }, "clamp(-1, 2)": { $0.clamp(-1, 2) },
  ]
}

/// The result of comparing reverse-mode gradients with finite differences.
///
/// Returned by ``checkGradients(of:at:step:absoluteTolerance:relativeTolerance:)``.
public struct GradientCheckResult<T: BinaryFloatingPoint>: CustomStringConvertible {
  /// The gradient computed by `backward()`, one partial per input.
  public var analytic: [T]
  /// The gradient estimated by central finite differences, one partial per input.
  public var numeric: [T]
  /// The largest |analytic − numeric| over the inputs: NaN if one side of a partial
  /// is NaN and the other is not, infinity if an infinite partial disagrees.
  public var maxAbsoluteError: T
  /// The largest |analytic − numeric| / |numeric| over the inputs (inputs whose
  /// numeric partial is 0 count their absolute error).
  public var maxRelativeError: T
  /// The index of the input with the largest error relative to its tolerance, if any.
  public var worstInput: Int?
  /// Whether every partial is within `absoluteTolerance + relativeTolerance · |numeric|`.
  /// Non-finite partials pass only when both sides agree exactly (NaN with NaN,
  /// +inf with +inf).
  public var passed: Bool

  /// A summary line with the worst errors, then the analytic and numeric partial of
  /// every input, as `MicrogradTesting`'s reports give them.
  public var description: String {
    let verdict = passed ? "passed" : "FAILED"
    let worst = worstInput.map { " (worst: input \($0))" } ?? ""
    func text(_ x: T) -> String { x.isNaN ? "NaN" : "\(x)" }
    var lines = [
      "gradient check \(verdict): max abs error \(text(maxAbsoluteError)), "
        + "max rel error \(text(maxRelativeError))\(worst)"
    ]
    for i in analytic.indices {
      let mark = i == worstInput ? "  <- worst" : ""
      lines.append(
        "  x\(i): analytic \(text(analytic[i])), numeric \(text(numeric[i])), "
          + "error \(text((analytic[i] - numeric[i]).magnitude))\(mark)")
    }
    return lines.joined(separator: "\n")
  }
}

/// The default finite-difference step for a scalar type.
///
/// Central differences err by about h²·|f‴|/6 from truncation and by about ε·|f|/h
/// from rounding, which balance near h = ε^(1/3):
///
/// | type    | ε        | default step |
/// |---------|----------|--------------|
/// | Double  | 2.2e-16  | 1e-6 (as `torch.autograd.gradcheck`) |
/// | Float   | 1.2e-7   | 1e-3 (ε^(1/3) ≈ 4.9e-3, rounded down for curvature) |
/// | Float16 | 9.8e-4   | 1e-1 |
public func defaultGradientCheckStep<T: BinaryFloatingPoint>(for type: T.Type) -> T {
  switch T.significandBitCount {
  case 52...: 1e-6
  case 23...: 1e-3
  default: 1e-1
  }
}

/// The default tolerances for a scalar type, as `(absolute, relative)`.
///
/// | type    | absolute | relative | why |
/// |---------|----------|----------|-----|
/// | Double  | 1e-5     | 1e-3     | `torch.autograd.gradcheck`'s defaults: the error at h = 1e-6 is about 1e-10·scale |
/// | Float   | 1e-2     | 1e-2     | rounding error ε·|f|/h ≈ 1e-4·|f| at h = 1e-3, with a margin for f up to ~100 |
/// | Float16 | 0.5      | 0.1      | only three significant digits |
public func defaultGradientCheckTolerances<T: BinaryFloatingPoint>(
  for type: T.Type
) -> (absolute: T, relative: T) {
  switch T.significandBitCount {
  case 52...: (1e-5, 1e-3)
  case 23...: (1e-2, 1e-2)
  default: (0.5, 0.1)
  }
}

/// Compares the gradient that `backward()` computes with central finite differences,
/// as `torch.autograd.gradcheck` does.
///
/// Call it from your own tests to check a custom op or a model (see
/// <doc:GradientCheckingInYourTests>):
///
/// ```swift
/// let result = checkGradients(of: { x in (x[0] * x[1]).tanh() }, at: [0.3, -1.2])
/// #expect(result.passed)
/// ```
///
/// - Parameters:
///   - f: A function of the input values that returns one output. It is called once
///     for the analytic gradient and twice per input for the differences, each time
///     with fresh leaves, so it must not keep state between calls.
///   - point: Where to evaluate; one element per input.
///   - step: The finite-difference step h; by default
///     ``defaultGradientCheckStep(for:)`` (1e-6 for Double, 1e-3 for Float).
///   - absoluteTolerance: The allowed |analytic − numeric|; with `relativeTolerance`,
///     by default ``defaultGradientCheckTolerances(for:)``.
///   - relativeTolerance: The allowed error per unit of |numeric|.
/// - Returns: The analytic and numeric gradients and the worst errors.
/// - Precondition: `point` is not empty and `step` is positive.
public func checkGradients<T: BinaryFloatingPoint>(
  of f: ([Var<T>]) -> Var<T>,
  at point: [T],
  step: T? = nil,
  absoluteTolerance: T? = nil,
  relativeTolerance: T? = nil
) -> GradientCheckResult<T> {
  precondition(!point.isEmpty, "checkGradients needs at least one input")
  let h = step ?? defaultGradientCheckStep(for: T.self)
  precondition(h > 0, "checkGradients needs a positive step, got \(h)")
  let defaults = defaultGradientCheckTolerances(for: T.self)
  let atol = absoluteTolerance ?? defaults.absolute
  let rtol = relativeTolerance ?? defaults.relative

  let inputs = point.enumerated().map { Var($1, label: "x\($0)") }
  f(inputs).backward()
  let analytic = inputs.map(\.grad)
  let numeric = numericalGradient(of: f, at: point, step: h)

  var result = GradientCheckResult(
    analytic: analytic, numeric: numeric, maxAbsoluteError: 0, maxRelativeError: 0,
    worstInput: nil, passed: true)
  var worstRatio: T = -1
  for i in point.indices {
    let (a, n) = (analytic[i], numeric[i])
    guard let comparison = comparePartial(a, n, allowed: atol + rtol * n.magnitude) else {
      continue
    }
    if !comparison.passed { result.passed = false }
    if a.isFinite && n.isFinite {
      let relative = n == 0 ? comparison.error : comparison.error / n.magnitude
      result.maxAbsoluteError = max(result.maxAbsoluteError, comparison.error)
      result.maxRelativeError = max(result.maxRelativeError, relative)
    } else if !result.maxAbsoluteError.isNaN {
      // A NaN on one side is reported as NaN, not as an infinite error.
      result.maxAbsoluteError = comparison.error
      result.maxRelativeError = comparison.error
    }
    if comparison.ratio > worstRatio || comparison.ratio == .infinity {
      worstRatio = comparison.ratio
      result.worstInput = i
    }
  }
  return result
}

/// How a partial derivative compares with the one it is checked against, the one rule of
/// both ``checkGradients(of:at:step:absoluteTolerance:relativeTolerance:)`` and
/// MicrogradTesting's checks: `nil` where they agree as NaN with NaN or as an infinity with
/// itself; otherwise the error |analytic − expected| (NaN when one side alone is NaN), whether
/// it is within `allowed`, and its ratio to `allowed`, by which the worst input is chosen
/// (infinite for a non-finite disagreement, or any error where nothing is allowed).
@inlinable
package func comparePartial<T: BinaryFloatingPoint>(
  _ analytic: T, _ expected: T, allowed: T
) -> (error: T, passed: Bool, ratio: T)? {
  if analytic.isNaN || expected.isNaN {
    return analytic.isNaN && expected.isNaN ? nil : (.nan, false, .infinity)
  }
  let error = (analytic - expected).magnitude
  if !analytic.isFinite || !expected.isFinite {
    return analytic == expected ? nil : (error, false, .infinity)
  }
  let ratio = allowed > 0 ? error / allowed : error > 0 ? .infinity : 0
  return (error, error <= allowed, ratio)
}

/// The central difference of `f` along input `i`, (f(x + h·eᵢ) − f(x − h·eᵢ)) / 2h, divided
/// by the distance the two rounded points lie apart: the one finite difference of
/// ``numericalGradient(of:at:step:)`` and of MicrogradTesting's checks.
@inlinable
package func centralDifference<T: BinaryFloatingPoint, E: Error>(
  of f: ([T]) throws(E) -> T, at point: [T], input i: Int, step h: T
) throws(E) -> T {
  var plus = point
  var minus = point
  plus[i] += h
  minus[i] -= h
  let difference = try f(plus) - f(minus)
  return difference / (plus[i] - minus[i])
}

/// Estimates the gradient of `f` at `point` by central differences,
/// (f(x + h·eᵢ) − f(x − h·eᵢ)) / 2h for each input i.
///
/// - Parameters:
///   - f: A function of the input values that returns one output.
///   - point: Where to evaluate.
///   - step: The step h; by default ``defaultGradientCheckStep(for:)``.
public func numericalGradient<T: BinaryFloatingPoint>(
  of f: ([Var<T>]) -> Var<T>,
  at point: [T],
  step: T? = nil
) -> [T] {
  let h = step ?? defaultGradientCheckStep(for: T.self)
  return point.indices.map { i in
    centralDifference(of: { f($0.map { Var($0) }).data }, at: point, input: i, step: h)
  }
}

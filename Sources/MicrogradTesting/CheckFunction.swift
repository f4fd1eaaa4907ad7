import Micrograd

/// Checks the gradients of a function of n inputs at many random points: reverse mode
/// against central differences, and forward mode against reverse mode.
///
/// ```swift
/// let result = checkFunction(Gate(), inputs: 2, in: .anyReal, as: Float.self)
/// #expect(result.passed)
/// ```
///
/// A Float check of a generic function takes its finite differences in Double, so the
/// Float tolerances can be tight (see ``Tolerance``).
///
/// - Parameters:
///   - function: The function, written once over every `DifferentiableScalar`.
///   - inputs: The number of inputs.
///   - sizes: For a function of any number of inputs, the numbers to draw; overrides
///     `inputs`, and the shrinker may drop inputs.
///   - domains: One domain for every input, or one per input.
///   - type: The scalar type to check in.
///   - name: The name in reports.
///   - compareWithDouble: Whether a narrower type's differences are taken in Double.
///   - seed: The seed; by default `MICROGRAD_TESTING_SEED`, else a fixed seed.
///   - trials: The number of points; by default `MICROGRAD_TESTING_TRIALS`, else 100.
///   - tolerance: By default ``Tolerance/default(for:comparingWithDouble:)``.
///   - checks: The checks run at every point; by default ``GradientCheck/standard``.
///   - point: Check only this point (what a replay does).
///   - fileID: The call site, which labels the check for `MICROGRAD_TESTING_REPLAY`.
///   - line: The call site's line.
///   - testName: The calling test, for the replay line's `--filter`.
/// - Returns: The counts, and the first failure shrunk, with a line that replays it.
public func checkFunction<F: DifferentiableFunction, T: ScalarMath>(
  _ function: F, inputs: Int = 1, sizes: ClosedRange<Int>? = nil, in domains: Domain...,
  as type: T.Type, name: String? = nil, compareWithDouble: Bool = true, seed: UInt64? = nil,
  trials: Int? = nil, tolerance: Tolerance? = nil, checks: [GradientCheck<T>]? = nil,
  at point: [T]? = nil, fileID: String = #fileID, line: Int = #line,
  testName: String = #function
) -> GradientPropertyResult<T> {
  let subject = FunctionUnderTest<T>(
    name: name ?? "\(F.self)", generic: function, compareWithDouble: compareWithDouble)
  return run(
    subject, inputs: inputs, sizes: sizes, domains: domains, seed: seed, trials: trials,
    tolerance: tolerance, checks: checks, point: point,
    label: "\(fileID):\(line)", testName: testName)
}

/// Checks the reverse-mode gradients of a closure of n inputs at many random points,
/// against central differences in the closure's own type.
///
/// ```swift
/// let result = checkFunction(inputs: 2, as: Double.self) { x in (x[0] * x[1]).tanh() }
/// ```
///
/// A closure has one type, so it runs in reverse mode only and its differences are
/// taken in `T`; write a ``DifferentiableFunction`` for forward mode and a Double
/// reference. The parameters are those of the generic form.
public func checkFunction<T: ScalarMath>(
  inputs: Int = 1, sizes: ClosedRange<Int>? = nil, in domains: Domain..., as type: T.Type,
  name: String = "function", seed: UInt64? = nil, trials: Int? = nil,
  tolerance: Tolerance? = nil, checks: [GradientCheck<T>]? = nil, at point: [T]? = nil,
  fileID: String = #fileID, line: Int = #line, testName: String = #function,
  _ function: @escaping (Inputs<Var<T>>) -> Var<T>
) -> GradientPropertyResult<T> {
  run(
    FunctionUnderTest(name: name, closure: function), inputs: inputs, sizes: sizes,
    domains: domains, seed: seed, trials: trials, tolerance: tolerance, checks: checks,
    point: point, label: "\(fileID):\(line)", testName: testName)
}

/// The shared body of the entry points.
func run<T: ScalarMath>(
  _ subject: FunctionUnderTest<T>, inputs: Int, sizes: ClosedRange<Int>?, domains: [Domain],
  seed: UInt64?, trials: Int?, tolerance: Tolerance?, checks: [GradientCheck<T>]?,
  point: [T]?, label: String, testName: String
) -> GradientPropertyResult<T> {
  let spec = InputSpec(
    domains: domains.isEmpty ? [.anyReal] : domains, sizes: sizes ?? inputs...inputs)
  let options = RunOptions(
    label: label, testName: testName, seed: seed, trials: trials,
    tolerance: tolerance
      ?? .default(for: T.self, comparingWithDouble: subject.hasReference),
    checks: checks ?? GradientCheck.standard, point: point)
  return runProperty(subject, spec: spec, options: options)
}
